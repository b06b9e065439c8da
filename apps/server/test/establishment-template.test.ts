import { formatDate, importColumns, todayInVietnam } from "@kc/domain";
import { and, eq, inArray } from "drizzle-orm";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { adminUnit, auditLog } from "../src/db/schema/index";
import {
  createTestContext,
  DONG_THAP,
  engines,
  HA_NOI,
  json,
  seedSampleCommunes,
  signedIn,
  type TestClient,
  type TestContext,
} from "./support";

/** The commune sheet of a downloaded template, one array of cell texts per data row. */
async function communeSheet(response: Response) {
  expect(response.status).toBe(200);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(await response.arrayBuffer());
  const sheet = workbook.getWorksheet("Mã xã");
  if (!sheet) throw new Error("the template has no commune sheet");
  const rows: string[][] = [];
  sheet.eachRow((row, index) => {
    if (index > 1) rows.push((row.values as unknown[]).slice(1).map((v) => String(v ?? "")));
  });
  return { workbook, sheet, rows };
}

describe.each(engines)("the import template's commune sheet on %s", (engine) => {
  let ctx: TestContext;
  let officer: TestClient;
  let central: TestClient;
  // A commune merged away last year: in the database, but no import may name it any more.
  const retired = { id: "XA-99998-2020-01-01", code: "99998" };

  /** The communes of these provinces in force today, read straight from the database, in the sheet's order. */
  async function expectedRows(provinceIds: string[]) {
    const today = todayInVietnam();
    const provinces = await ctx.db.select().from(adminUnit).where(inArray(adminUnit.id, provinceIds));
    const communes = await ctx.db
      .select()
      .from(adminUnit)
      .where(and(eq(adminUnit.level, "XA"), inArray(adminUnit.parentId, provinceIds)));
    return communes
      .filter((c) => c.validFrom <= today && (c.validTo === null || c.validTo >= today))
      .map((c) => {
        const province = provinces.find((p) => p.id === c.parentId);
        return [
          c.code,
          c.name,
          province?.code ?? "",
          province?.name ?? "",
          formatDate(c.validFrom),
          "Còn hiệu lực",
        ];
      })
      .sort((a, b) => `${a[2]}-${a[0]}`.localeCompare(`${b[2]}-${b[0]}`));
  }

  beforeAll(async () => {
    ctx = await createTestContext(engine);
    await seedSampleCommunes(ctx);
    await ctx.db.insert(adminUnit).values({
      id: retired.id,
      code: retired.code,
      name: "Xã Đã Sáp Nhập",
      level: "XA",
      kind: "XA",
      parentId: DONG_THAP,
      validFrom: "2020-01-01",
      validTo: "2025-06-30",
      searchText: "xa da sap nhap",
      sortKey: "xa da sap nhap",
    });
    officer = (await signedIn(ctx, { role: "PROVINCIAL_OFFICER" })).client;
    central = (await signedIn(ctx, { role: "CENTRAL_OFFICER" })).client;
  });
  afterAll(async () => ctx?.close());

  it("lists exactly the officer's province's communes in force today, and the commune column offers them", async () => {
    const { sheet, rows, workbook } = await communeSheet(
      await officer.get("/api/v1/establishments/import-template"),
    );
    const expected = await expectedRows([DONG_THAP]);
    expect(expected.length).toBeGreaterThan(10);
    expect(rows).toEqual(expected);
    expect(rows.map((r) => r[0])).not.toContain(retired.code);
    expect(sheet.getRow(1).values).toEqual([
      undefined,
      "Mã xã",
      "Tên xã",
      "Mã tỉnh",
      "Tỉnh, thành phố",
      "Hiệu lực từ",
      "Hiệu lực đến",
    ]);

    const data = workbook.getWorksheet("Cơ sở CNNT");
    const column = importColumns.findIndex((c) => c.key === "communeCode") + 1;
    const validation = data?.getCell(`${data.getColumn(column).letter}2`).dataValidation;
    expect(validation?.type).toBe("list");
    expect(validation?.formulae).toEqual([`'Mã xã'!$A$2:$A$${rows.length + 1}`]);
  });

  it("never gives a provincial officer another province's list: asking for it is a logged 404", async () => {
    const response = await officer.get("/api/v1/establishments/import-template?provinceCode=01");
    expect(response.status).toBe(404);
    const denials = await ctx.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "OUT_OF_SCOPE_ACCESS_DENIED"), eq(auditLog.entityId, "province:01")));
    expect(denials.length).toBe(1);

    const own = await communeSheet(
      await officer.get("/api/v1/establishments/import-template?provinceCode=82"),
    );
    expect(own.rows).toEqual(await expectedRows([DONG_THAP]));
  });

  it("gives a national account every province with the province column, or the one it asks for", async () => {
    const all = await communeSheet(await central.get("/api/v1/establishments/import-template"));
    const provinceIds = (
      await ctx.db.select({ id: adminUnit.id }).from(adminUnit).where(eq(adminUnit.level, "TINH"))
    ).map((p) => p.id);
    expect(all.rows).toEqual(await expectedRows(provinceIds));
    const provinceCodes = new Set(all.rows.map((r) => r[2]));
    expect(provinceCodes.has("01") && provinceCodes.has("82")).toBe(true);

    const haNoi = await communeSheet(
      await central.get("/api/v1/establishments/import-template?provinceCode=01"),
    );
    expect(haNoi.rows).toEqual(await expectedRows([HA_NOI]));
  });

  it("still imports once filled in: a row naming a commune of the sheet passes the dry run", async () => {
    const { workbook, rows } = await communeSheet(
      await officer.get("/api/v1/establishments/import-template"),
    );
    const data = workbook.getWorksheet("Cơ sở CNNT");
    if (!data) throw new Error("the template has no data sheet");
    const cells: Record<string, string> = {
      name: "Cơ sở mộc Tân Mỹ",
      legalForm: "HKD",
      subjectClass: "CNNT",
      provinceCode: "82",
      communeCode: rows[0]?.[0] ?? "",
      addressText: "Ấp Tân Mỹ",
      industries: "N_DD",
      mainProducts: "Bàn ghế gỗ",
    };
    importColumns.forEach((column, index) => {
      const value = cells[column.key];
      if (value) data.getCell(2, index + 1).value = value;
    });
    const form = new FormData();
    form.append("file", new File([new Uint8Array(await workbook.xlsx.writeBuffer())], "mau-da-dien.xlsx"));
    const started = await officer.request("POST", "/api/v1/establishment-imports?dryRun=true", form);
    expect(started.status).toBe(202);
    const { jobId } = await json(started);
    let job = await json(await officer.get(`/api/v1/establishment-imports/${jobId}`));
    for (let i = 0; i < 400 && (job.status === "QUEUED" || job.status === "RUNNING"); i++) {
      await new Promise((r) => setTimeout(r, 25));
      job = await json(await officer.get(`/api/v1/establishment-imports/${jobId}`));
    }
    expect(job.status).toBe("SUCCEEDED");
    expect(job.result.errors).toEqual([]);
    expect(job.result.validRows).toBe(1);
  });

  it("refuses a malformed province code with a Vietnamese validation problem", async () => {
    const response = await central.get("/api/v1/establishments/import-template?provinceCode=%3D1%2B1");
    expect(response.status).toBe(400);
    expect((await json(response)).code).toBe("VALIDATION_FAILED");
  });
});
