import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { encodeLegacy, importColumns } from "@kc/domain";
import { and, eq, inArray, sql } from "drizzle-orm";
import ExcelJS from "exceljs";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rowsOf } from "../src/db/rows";
import { auditLog, establishment, establishmentYearData } from "../src/db/schema/index";
import {
  createTestContext,
  engines,
  HA_NOI,
  json,
  seedSampleCommunes,
  signedIn,
  type TestClient,
  type TestContext,
} from "./support";

const headers = importColumns.map((c) => c.headerVi);

/** A CSV in the template's columns; `rows` gives the cells by header. */
function csv(rows: Record<string, string>[]): string {
  const quote = (v: string) => (/[",\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);
  return [headers.join(","), ...rows.map((r) => headers.map((h) => quote(r[h] ?? "")).join(","))].join("\n");
}

function row(overrides: Record<string, string> = {}): Record<string, string> {
  return {
    "Tên cơ sở": "Cơ sở gốm Lai Vung",
    "Loại hình": "HKD",
    "Đối tượng": "CNNT",
    "Mã tỉnh": "82",
    "Mã xã": "28249",
    "Địa chỉ": "Ấp Tân Mỹ",
    "Ngành nghề": "N_DD",
    "Sản phẩm chính": "Gốm đỏ",
    ...overrides,
  };
}

function upload(content: string | Uint8Array, name: string): FormData {
  const form = new FormData();
  form.append("file", new File([content], name));
  return form;
}

async function runImport(client: TestClient, form: FormData, query: string) {
  const started = await client.request("POST", `/api/v1/establishment-imports${query}`, form);
  if (started.status !== 202) return { status: started.status, body: await json(started) };
  const { jobId } = await json(started);
  for (let i = 0; i < 400; i++) {
    const job = await json(await client.get(`/api/v1/establishment-imports/${jobId}`));
    if (job.status === "SUCCEEDED" || job.status === "FAILED") return { status: 202, body: job };
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error("import did not finish");
}

const libreOffice = ["libreoffice", "soffice"].find((bin) => {
  try {
    execFileSync("which", [bin]);
    return true;
  } catch {
    return false;
  }
});

describe.each(engines)("establishment import and export on %s", (engine) => {
  let ctx: TestContext;
  let officer: TestClient;
  const count = async () =>
    (await ctx.db.select({ n: sql<number>`count(*)::int` }).from(establishment))[0]?.n ?? 0;

  beforeAll(async () => {
    ctx = await createTestContext(engine);
    await seedSampleCommunes(ctx);
    officer = (await signedIn(ctx, { role: "PROVINCIAL_OFFICER" })).client;
  });
  afterAll(async () => ctx?.close());

  it("offers a template with the import columns, instructions and drop-down lists", async () => {
    const response = await officer.get("/api/v1/establishments/import-template");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toContain("attachment");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    const sheet = workbook.getWorksheet("Cơ sở CNNT");
    expect(sheet?.getRow(1).values).toEqual([undefined, ...headers]);
    expect(workbook.getWorksheet("Hướng dẫn")?.rowCount).toBeGreaterThan(headers.length);
    const legalFormCell = sheet?.getCell(`${sheet.getColumn(2).letter}2`);
    expect(legalFormCell?.dataValidation?.type).toBe("list");
  });

  it("reports every problem by row and column, writes nothing, then imports only the valid rows when asked", async () => {
    const before = await count();
    const file = csv([
      row({ "Mã số thuế": "0301234567" }),
      row({ "Tên cơ sở": "", "Mã số thuế": "0301234568" }),
      row({ "Tên cơ sở": "Cơ sở B", "Loại hình": "CONG_TY" }),
      row({ "Tên cơ sở": "Cơ sở C", "Mã xã": "99999" }),
      row({ "Tên cơ sở": "Cơ sở D", "Mã số thuế": "0301234567" }),
      row({ "Tên cơ sở": "Cơ sở E", "Doanh thu (đồng)": "mười triệu", "Năm số liệu": "2025" }),
      row({ "Tên cơ sở": "Cơ sở Hà Nội", "Mã tỉnh": "01", "Mã xã": "00004" }),
    ]);
    const dry = await runImport(officer, upload(file, "co-so.csv"), "?dryRun=true");
    expect(dry.body.status).toBe("SUCCEEDED");
    const report = dry.body.result;
    const where = report.errors.map((e: { row: number; column: string }) => `${e.row}:${e.column}`);
    expect(where).toEqual([
      "3:Tên cơ sở",
      "4:Loại hình",
      "5:Mã xã",
      "6:Mã số thuế",
      "7:Doanh thu (đồng)",
      "8:Mã tỉnh",
    ]);
    expect(report).toMatchObject({ totalRows: 7, validRows: 1, created: 1, updated: 0 });
    expect(await count()).toBe(before);

    const refused = await runImport(officer, upload(file, "co-so.csv"), "");
    expect(refused.body.status).toBe("FAILED");
    expect(refused.body.error.code).toBe("IMPORT_HAS_ERRORS");
    expect(await count()).toBe(before);

    const partial = await runImport(officer, upload(file, "co-so.csv"), "?validOnly=true");
    expect(partial.body.status).toBe("SUCCEEDED");
    expect(await count()).toBe(before + 1);
    const again = await runImport(officer, upload(file, "co-so.csv"), "?validOnly=true");
    expect(again.body.error.code).toBe("IMPORT_ALREADY_DONE");
    expect(await count()).toBe(before + 1);
  });

  it("leaves imported rows findable through the search blocks (written in one pass at the end)", async () => {
    const imported = await runImport(
      officer,
      upload(csv([row({ "Mã số thuế": "", "Tên cơ sở": "Xưởng Zyxwvu Quâng" })]), "blocks.csv"),
      "",
    );
    expect(imported.body.status).toBe("SUCCEEDED");
    // The pieces of "zyxwvu" are new to every block: a skipped pass would leave this row outside its block.
    const [check] = rowsOf<{ violations: number }>(
      await ctx.db.execute(sql`SELECT kc_search_blocks_violations()::int AS violations`),
    );
    expect(check?.violations).toBe(0);
    const found = await json(await officer.get("/api/v1/establishments?q=zyxwvu"));
    expect(found.items.map((i: { name: string }) => i.name)).toEqual(["Xưởng Zyxwvu Quâng"]);
  });

  it("updates the record of a known tax code instead of duplicating it", async () => {
    await runImport(
      officer,
      upload(csv([row({ "Mã số thuế": "0309999991", "Tên cơ sở": "Cơ sở cũ" })]), "a.csv"),
      "",
    );
    const [first] = await ctx.db.select().from(establishment).where(eq(establishment.taxCode, "0309999991"));
    const second = await runImport(
      officer,
      upload(
        csv([
          row({
            "Mã số thuế": "0309999991",
            "Tên cơ sở": "Cơ sở mới tên",
            "Năm số liệu": "2025",
            "Số lao động": "14",
          }),
        ]),
        "b.csv",
      ),
      "",
    );
    expect(second.body.result).toMatchObject({ created: 0, updated: 1 });
    const rows = await ctx.db.select().from(establishment).where(eq(establishment.taxCode, "0309999991"));
    expect(rows.map((r) => [r.id, r.name, r.version])).toEqual([[first?.id, "Cơ sở mới tên", 2]]);
    expect(rows[0]?.updatedAt.getTime()).toBeGreaterThan(first?.updatedAt.getTime() ?? Infinity);
    const years = await ctx.db
      .select({ year: establishmentYearData.year, employees: establishmentYearData.employees })
      .from(establishmentYearData)
      .where(eq(establishmentYearData.establishmentId, first?.id ?? ""));
    expect(years).toEqual([{ year: 2025, employees: 14 }]);
    const [audit] = await ctx.db
      .select()
      .from(auditLog)
      .where(
        and(eq(auditLog.entityId, first?.id ?? ""), eq(auditLog.action, "ESTABLISHMENT_IMPORT_UPDATED")),
      );
    expect(audit?.before).toMatchObject({ name: "Cơ sở cũ", version: 1 });
    expect(audit?.after).toMatchObject({ name: "Cơ sở mới tên", version: 2 });
  });

  it("refuses a malformed file and a zip bomb at once, with a problem document", async () => {
    const garbage = await officer.request(
      "POST",
      "/api/v1/establishment-imports",
      upload(new Uint8Array([0x50, 0x4b, 3, 4, 9, 9]), "x.xlsx"),
    );
    expect(garbage.status).toBe(422);
    expect((await json(garbage)).code).toBe("IMPORT_FILE_INVALID");
    const notUtf8 = await runImport(
      officer,
      upload(new Uint8Array([0x54, 0xea, 0x6e, 0x0a]), "x.csv"),
      "?dryRun=true",
    );
    expect(notUtf8.body.status).toBe("FAILED");
    expect(notUtf8.body.error.code).toBe("IMPORT_FILE_INVALID");
    const missingColumns = await runImport(
      officer,
      upload("Tên cơ sở,Loại hình\nA,HKD\n", "x.csv"),
      "?dryRun=true",
    );
    expect(missingColumns.body.error.detail).toContain("Thiếu cột bắt buộc");
  });

  it("converts cells typed in a TCVN3 or VNI font to Unicode and shows each conversion before and after", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Cơ sở CNNT");
    sheet.addRow(headers);
    const values = row({
      "Tên cơ sở": "Cơ sở chiếu cói Kim Sơn",
      "Mã số thuế": "0305555551",
      "Sản phẩm chính": "Chiếu cói",
    });
    const added = sheet.addRow(headers.map((h) => values[h] ?? ""));
    const nameCell = added.getCell(1);
    nameCell.value = encodeLegacy("Cơ sở chiếu cói Kim Sơn", "TCVN3");
    nameCell.font = { name: ".VnTime" };
    const productCell = added.getCell(headers.indexOf("Sản phẩm chính") + 1);
    productCell.value = encodeLegacy("Chiếu cói", "VNI");
    productCell.font = { name: "VNI-Times" };
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const dry = await runImport(officer, upload(bytes, "cu.xlsx"), "?dryRun=true");
    expect(dry.body.status, JSON.stringify(dry.body.error)).toBe("SUCCEEDED");
    const conversions = dry.body.result.warnings.filter(
      (w: { code: string }) => w.code === "LEGACY_ENCODING_CONVERTED",
    );
    expect(conversions.map((w: { column: string; after: string }) => [w.column, w.after])).toEqual([
      ["Tên cơ sở", "Cơ sở chiếu cói Kim Sơn"],
      ["Sản phẩm chính", "Chiếu cói"],
    ]);
    expect(conversions[0].before).not.toBe(conversions[0].after);
    await runImport(officer, upload(bytes, "cu.xlsx"), "");
    const [stored] = await ctx.db.select().from(establishment).where(eq(establishment.taxCode, "0305555551"));
    expect(stored?.name).toBe("Cơ sở chiếu cói Kim Sơn");
  });

  it("is refused to roles without the import ability", async () => {
    const { client } = await signedIn(ctx, { role: "CENTRAL_OFFICER" });
    const response = await client.request(
      "POST",
      "/api/v1/establishment-imports",
      upload(csv([row()]), "x.csv"),
    );
    expect(response.status).toBe(403);
  });

  it("exports the filtered list with formula-safe cells, and the export re-imports without a change", async () => {
    const { client: hanoi } = await signedIn(ctx, {
      role: "PROVINCIAL_OFFICER",
      scope: { kind: "PROVINCE", provinceId: HA_NOI },
    });
    const names = [
      '=HYPERLINK("http://x")',
      "+84 Cơ sở",
      "Cơ sở Đồng Tiến".normalize("NFD"),
      "@Mây tre",
      "-Gốm",
    ];
    const file = csv(
      names.map((name, i) =>
        row({
          "Tên cơ sở": name,
          "Mã tỉnh": "01",
          "Mã xã": "00004",
          "Mã số thuế": `010000000${i}`,
          "Năm số liệu": "2025",
          "Doanh thu (đồng)": "9.007.199.254.740.993",
        }),
      ),
    );
    const imported = await runImport(hanoi, upload(file, "hn.csv"), "");
    expect(imported.body.status, JSON.stringify(imported.body)).toBe("SUCCEEDED");
    const exported = await hanoi.get("/api/v1/establishments/export");
    expect(exported.status).toBe(200);
    const bytes = new Uint8Array(await exported.arrayBuffer());
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet("Cơ sở CNNT");
    const nameColumn = sheet?.getColumn(1).values.slice(2).map(String) ?? [];
    expect(nameColumn).toHaveLength(names.length);
    for (const cell of nameColumn) expect(cell).not.toMatch(/^[=+\-@]/);
    const revenue = sheet?.getRow(2).getCell(headers.indexOf("Doanh thu (đồng)") + 1).value;
    expect(revenue).toBe("9007199254740993"); // beyond 2^53: written as text, exact
    const again = await runImport(hanoi, upload(bytes, "xuat.xlsx"), "?dryRun=true");
    expect(again.body.result).toMatchObject({ errors: [], created: 0, updated: names.length });
    const stored = await ctx.db
      .select({ name: establishment.name })
      .from(establishment)
      .where(eq(establishment.provinceId, HA_NOI));
    expect(stored.map((s) => s.name).sort()).toEqual(names.map((n) => n.normalize("NFC")).sort());
  });

  it("round-trips arbitrary Vietnamese names through export and re-import", async () => {
    const letters = [..."aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂĐÊÔƠƯ áàảãạấầẩẫậếềểễệốồổỗộớờởỡợứừửữự'=-+@"];
    const nameArb = fc
      .array(fc.constantFrom(...letters), { minLength: 3, maxLength: 40 })
      .map((chars) => chars.join("").trim())
      .filter((name) => name.length >= 2 && !/^'/.test(name));
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(nameArb, { minLength: 1, maxLength: 4 }), async (names) => {
        const { client } = await signedIn(ctx, {
          role: "PROVINCIAL_OFFICER",
          scope: { kind: "PROVINCE", provinceId: HA_NOI },
        });
        const stamp = `${Date.now()}${Math.floor(Math.random() * 1e6)}`.slice(-9);
        const file = csv(
          names.map((name, i) =>
            row({
              "Tên cơ sở": name,
              "Mã tỉnh": "01",
              "Mã xã": "00004",
              "Mã số thuế": `08${stamp.slice(0, 7)}${i}`,
            }),
          ),
        );
        const imported = await runImport(client, upload(file, `p${stamp}.csv`), "");
        if (imported.body.status !== "SUCCEEDED") return; // a generated name the rules refuse is not this property's concern
        const taxCodes = names.map((_, i) => `08${stamp.slice(0, 7)}${i}`);
        const exported = new Uint8Array(
          await (await client.get(`/api/v1/establishments/export?q=08${stamp.slice(0, 7)}`)).arrayBuffer(),
        );
        const again = await runImport(client, upload(exported, `e${stamp}.xlsx`), "?dryRun=true");
        expect(again.body.result.errors).toEqual([]);
        const stored = await ctx.db
          .select()
          .from(establishment)
          .where(inArray(establishment.taxCode, taxCodes));
        expect(stored.length).toBe(names.length);
      }),
      { numRuns: 5 },
    );
  });

  it("imports an .xlsx written by LibreOffice from a CSV, storing NFD text as NFC", async () => {
    if (!libreOffice) throw new Error("LibreOffice is required: apt-get install -y libreoffice-calc-nogui");
    const dir = mkdtempSync(join(tmpdir(), "kc-lo-"));
    try {
      const name = "Hợp tác xã chế biến nông sản Mỹ Tho".normalize("NFD");
      // LibreOffice reads the tax codes as numbers: 0301234567 loses its leading zero and is reported as such.
      writeFileSync(
        join(dir, "co-so.csv"),
        csv([
          row({ "Tên cơ sở": name, "Mã số thuế": "3707777777" }),
          row({ "Tên cơ sở": "Cơ sở mất số 0", "Mã số thuế": "0301112223" }),
        ]),
      );
      // CSV filter options: comma separator, double quote, UTF-8 (76), start at line 1.
      const args = [
        "--headless",
        "--infilter=CSV:44,34,76,1",
        "--convert-to",
        "xlsx",
        "--outdir",
        dir,
        join(dir, "co-so.csv"),
      ];
      execFileSync(libreOffice as string, args, {
        timeout: 120_000,
        env: { ...process.env, HOME: dir },
      });
      expect(existsSync(join(dir, "co-so.xlsx"))).toBe(true);
      const xlsx = readFileSync(join(dir, "co-so.xlsx"));
      const dry = await runImport(officer, upload(xlsx, "co-so.xlsx"), "?dryRun=true");
      expect(
        dry.body.result.errors.map((e: { row: number; column: string }) => `${e.row}:${e.column}`),
      ).toEqual(["3:Mã số thuế"]);
      expect(dry.body.result.errors[0].message).toContain("mất số 0 ở đầu");
      const result = await runImport(officer, upload(xlsx, "co-so.xlsx"), "?validOnly=true");
      expect(result.body.status, JSON.stringify(result.body)).toBe("SUCCEEDED");
      const [stored] = await ctx.db
        .select()
        .from(establishment)
        .where(eq(establishment.taxCode, "3707777777"));
      expect(stored?.name).toBe(name.normalize("NFC"));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
