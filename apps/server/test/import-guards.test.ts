import { readFileSync } from "node:fs";
import { importColumns } from "@kc/domain";
import { eq, sql } from "drizzle-orm";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { adminUnit, establishment, importBatch } from "../src/db/schema/index";
import {
  createTestContext,
  engines,
  json,
  seedSampleCommunes,
  signedIn,
  type TestClient,
  type TestContext,
} from "./support";

/** A workbook whose sheet inflates to 1.5 GB behind headers that declare 4,096 bytes (fixtures/make-lying-zip-bomb.ts). */
const lyingBomb = readFileSync(new URL("./fixtures/lying-zip-bomb.xlsx", import.meta.url));

function upload(content: string | Uint8Array, name: string): FormData {
  const form = new FormData();
  form.append("file", new File([content], name));
  return form;
}

async function xlsx(header: string[], rows: string[][]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Nhập");
  sheet.addRow(header);
  for (const row of rows) sheet.addRow(row);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
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

const establishmentHeader = importColumns.map((c) => c.headerVi);
function establishmentRow(values: Record<string, string>): string[] {
  const base: Record<string, string> = {
    "Tên cơ sở": "Cơ sở gốm Lai Vung",
    "Loại hình": "HKD",
    "Đối tượng": "CNNT",
    "Mã tỉnh": "82",
    "Mã xã": "28249",
    "Địa chỉ": "Ấp Tân Mỹ",
    "Ngành nghề": "N_DD",
    "Sản phẩm chính": "Gốm đỏ",
    ...values,
  };
  return establishmentHeader.map((h) => base[h] ?? "");
}

describe.each(engines)("import guards on %s", (engine) => {
  let ctx: TestContext;
  let officer: TestClient;
  let admin: TestClient;
  const count = async (table: typeof establishment | typeof importBatch | typeof adminUnit) =>
    (await ctx.db.select({ n: sql<number>`count(*)::int` }).from(table))[0]?.n ?? 0;

  beforeAll(async () => {
    ctx = await createTestContext(engine);
    await seedSampleCommunes(ctx);
    officer = (await signedIn(ctx, { role: "PROVINCIAL_OFFICER" })).client;
    admin = (await signedIn(ctx, { role: "SYSTEM_ADMIN" })).client;
  });
  afterAll(async () => ctx?.close());

  it("refuses establishment rows whose text holds U+FFFD, by row and column, and writes nothing", async () => {
    const before = await count(establishment);
    const file = await xlsx(establishmentHeader, [
      establishmentRow({ "Tên cơ sở": "Cơ sở Nguy\uFFFDn Văn A", "Mã số thuế": "0309990001" }),
      establishmentRow({ "Tên cơ sở": "Cơ sở lành", "Mã số thuế": "0309990002" }),
      establishmentRow({ "Sản phẩm chính": "G\uFFFD\uFFFD đỏ", "Mã số thuế": "0309990003" }),
    ]);
    const dry = await runImport(officer, upload(file, "hong.xlsx"), "?dryRun=true");
    expect(dry.body.status, JSON.stringify(dry.body.error)).toBe("SUCCEEDED");
    expect(
      dry.body.result.errors.map(
        (e: { row: number; column: string; code: string }) => `${e.row}:${e.column}:${e.code}`,
      ),
    ).toEqual(["2:Tên cơ sở:DAMAGED_TEXT", "4:Sản phẩm chính:DAMAGED_TEXT"]);
    expect(dry.body.result.errors[0].message).toContain("ký tự hỏng");
    const real = await runImport(officer, upload(file, "hong.xlsx"), "");
    expect(real.body.status).toBe("FAILED");
    expect(real.body.error.code).toBe("IMPORT_HAS_ERRORS");
    expect(await count(establishment)).toBe(before);
    const partial = await runImport(officer, upload(file, "hong.xlsx"), "?validOnly=true");
    expect(partial.body.status).toBe("SUCCEEDED");
    const stored = await ctx.db.select({ name: establishment.name }).from(establishment);
    expect(stored.map((s) => s.name).filter((name) => name.includes("\uFFFD"))).toEqual([]);
    expect(await count(establishment)).toBe(before + 1);
  });

  it("refuses commune rows whose text holds U+FFFD, by row and column, and writes nothing", async () => {
    const before = await count(adminUnit);
    const csv = [
      "Mã tỉnh,Tên tỉnh,Mã xã,Tên xã,Loại,Hiệu lực từ",
      "82,Đồng Tháp,90011,X\uFFFD Thử,Xã,01/07/2025",
      "82,Đồng Tháp,90012,Xã Lành,Xã,01/07/2025",
    ].join("\n");
    const response = await admin.request(
      "POST",
      "/api/v1/admin-units/communes/import",
      upload(csv, "xa.csv"),
    );
    expect(response.status).toBe(422);
    const problem = await json(response);
    expect(problem.code).toBe("IMPORT_HAS_ERRORS");
    expect(
      problem.errors.map(
        (e: { row: number; column: string; code: string }) => `${e.row}:${e.column}:${e.code}`,
      ),
    ).toEqual(["2:Tên xã:DAMAGED_TEXT"]);
    expect(await count(adminUnit)).toBe(before);
  });

  it("refuses a zip bomb whose headers lie about its size, on both imports, with nothing written", async () => {
    const establishments = await count(establishment);
    const batches = await count(importBatch);
    const communes = await count(adminUnit);
    const result = await runImport(officer, upload(lyingBomb, "bom.xlsx"), "?dryRun=true");
    expect(result.body.status).toBe("FAILED");
    expect(result.body.error.code).toBe("IMPORT_FILE_INVALID");
    expect(result.body.error.detail).toMatch(/bom nén/);
    const real = await runImport(officer, upload(lyingBomb, "bom.xlsx"), "");
    expect(real.body.error.code).toBe("IMPORT_FILE_INVALID");
    const response = await admin.request(
      "POST",
      "/api/v1/admin-units/communes/import",
      upload(lyingBomb, "bom.xlsx"),
    );
    expect(response.status).toBe(422);
    expect(response.headers.get("content-type")).toContain("application/problem+json");
    const problem = await json(response);
    expect(problem.code).toBe("IMPORT_FILE_INVALID");
    expect(problem.detail).toMatch(/bom nén/);
    // Each read stops within one inflated chunk of the sheet's declared size (pinned in xlsx-reader.test.ts by
    // counting the bytes, not by a clock): three reads of 1.5 GB would have ended the process.
    expect(await count(establishment)).toBe(establishments);
    expect(await count(importBatch)).toBe(batches);
    expect(await count(adminUnit)).toBe(communes);
    const [job] = await ctx.db.select().from(importBatch).where(eq(importBatch.fileName, "bom.xlsx"));
    expect(job).toBeUndefined();
  });
});
