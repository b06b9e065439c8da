import { readFileSync } from "node:fs";
import { and, eq, sql } from "drizzle-orm";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { adminUnit, auditLog } from "../src/db/schema/index";
import { createTestContext, engines, json, signedIn, type TestClient, type TestContext } from "./support";

const sampleCsv = readFileSync(new URL("../src/seed/reference/samples/communes-sample.csv", import.meta.url));
const header = ["Mã tỉnh", "Tên tỉnh", "Mã xã", "Tên xã", "Loại", "Hiệu lực từ"];

function upload(bytes: Uint8Array | string, name: string): FormData {
  const form = new FormData();
  form.append("file", new File([bytes], name));
  return form;
}

async function xlsx(rows: (string | Date)[][]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Xã");
  sheet.addRow(header);
  for (const row of rows) sheet.addRow(row);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

async function communeCount(ctx: TestContext): Promise<number> {
  const [row] = await ctx.db
    .select({ n: sql<number>`count(*)::int` })
    .from(adminUnit)
    .where(eq(adminUnit.level, "XA"));
  return row?.n ?? 0;
}

describe.each(engines)("commune list import on %s", (engine) => {
  let ctx: TestContext;
  let admin: TestClient;
  beforeAll(async () => {
    ctx = await createTestContext(engine);
    admin = (await signedIn(ctx, { role: "SYSTEM_ADMIN" })).client;
  });
  afterAll(async () => ctx?.close());

  const importFile = (client: TestClient, form: FormData, query = "") =>
    client.request("POST", `/api/v1/admin-units/communes/import${query}`, form);

  it("dry-runs the committed sample, imports it, and a second run changes nothing", async () => {
    const dry = await json(await importFile(admin, upload(sampleCsv, "communes.csv"), "?dryRun=true"));
    expect(dry.errors).toEqual([]);
    expect(dry.validRows).toBe(dry.totalRows);
    expect(await communeCount(ctx)).toBe(0);
    const first = await json(await importFile(admin, upload(sampleCsv, "communes.csv")));
    expect(first).toMatchObject({ dryRun: false, created: dry.totalRows, updated: 0 });
    expect(await communeCount(ctx)).toBe(dry.totalRows);
    const second = await json(await importFile(admin, upload(sampleCsv, "communes.csv")));
    expect(second).toMatchObject({ created: 0, updated: 0, unchanged: dry.totalRows });
    const audits = await ctx.db.select().from(auditLog).where(eq(auditLog.action, "COMMUNE_CREATED"));
    expect(audits).toHaveLength(dry.totalRows);
    const { client } = await signedIn(ctx, { role: "PROVINCIAL_OFFICER" });
    const listed = await json(await client.get("/api/v1/admin-units?level=XA&parentId=P34-82&q=my%20tho"));
    expect(listed.items.length).toBeGreaterThan(0);
  });

  it("reports every problem by row and column, writes nothing, then imports only the valid rows when asked", async () => {
    const file = await xlsx([
      ["82", "Đồng Tháp", "90001", "Xã Thử Nghiệm".normalize("NFD"), "Xã", "01/07/2025"],
      ["82", "Đồng Tháp", "90002", "", "Xã", "01/07/2025"],
      ["99", "", "90003", "Xã Không Tỉnh", "Xã", "01/07/2025"],
      ["82", "Hà Nội", "90004", "Xã Sai Tỉnh", "Xã", "01/07/2025"],
      ["82", "Đồng Tháp", "90001", "Xã Trùng Mã", "Xã", "01/07/2025"],
      ["82", "Đồng Tháp", "9005", "Xã Mã Ngắn", "Làng", "31/02/2025"],
    ]);
    const before = await communeCount(ctx);
    const refused = await importFile(admin, upload(file, "xa.xlsx"));
    expect(refused.status).toBe(422);
    const problem = await json(refused);
    expect(problem.code).toBe("IMPORT_HAS_ERRORS");
    const where = problem.errors.map(
      (e: { row: number; column: string; code: string }) => `${e.row}:${e.column}:${e.code}`,
    );
    expect(where).toEqual([
      "3:Tên xã:REQUIRED",
      "4:Mã tỉnh:UNKNOWN_PROVINCE",
      "5:Tên tỉnh:PROVINCE_NAME_MISMATCH",
      "6:Mã xã:DUPLICATE_IN_FILE",
      "7:Loại:UNKNOWN_KIND",
      "7:Hiệu lực từ:INVALID_DATE",
    ]);
    expect(await communeCount(ctx)).toBe(before);

    const partial = await json(await importFile(admin, upload(file, "xa.xlsx"), "?validOnly=true"));
    expect(partial).toMatchObject({ created: 1, validRows: 1 }); // the first of two rows with one code is kept
    const [stored] = await ctx.db.select().from(adminUnit).where(eq(adminUnit.id, "XA-90001-2025-07-01"));
    expect(stored?.name).toBe("Xã Thử Nghiệm".normalize("NFC"));
  });

  it("refuses files that are not what they claim, zip bombs, wrong encodings and missing columns", async () => {
    const before = await communeCount(ctx);
    const notXlsx = await importFile(
      admin,
      upload(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), "xa.xlsx"),
    );
    expect(notXlsx.status).toBe(422);
    expect((await json(notXlsx)).code).toBe("IMPORT_FILE_INVALID");

    const latin1 = new Uint8Array([...Buffer.from("Mã tỉnh,Tên xã\n", "latin1")]);
    const encoding = await json(await importFile(admin, upload(latin1, "xa.csv")));
    expect(encoding.detail).toContain("UTF-8");

    const missing = await json(await importFile(admin, upload("Mã tỉnh,Tên xã\n82,Xã A\n", "xa.csv")));
    expect(missing.code).toBe("IMPORT_FILE_INVALID");
    expect(missing.detail).toContain("Thiếu cột");

    const bomb = await json(await importFile(admin, upload(zipBomb(), "bom.xlsx")));
    expect(bomb.code).toBe("IMPORT_FILE_INVALID");
    expect(bomb.detail).toMatch(/bom nén|quá lớn/);
    expect(await communeCount(ctx)).toBe(before);
  });

  it("is for administrators only: other roles get 403 and a denied-access log row", async () => {
    const { user, client } = await signedIn(ctx, { role: "CENTRAL_LEADER" });
    const response = await importFile(client, upload(sampleCsv, "communes.csv"));
    expect(response.status).toBe(403);
    const denied = await ctx.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.actorUserId, user.id), eq(auditLog.category, "ACCESS")));
    expect(denied.map((d) => d.action)).toEqual(["DENIED:catalogues.manage"]);
  });
});

/** A zip whose central directory declares 3 GB of content in a tiny file: refused before inflating anything. */
function zipBomb(): Uint8Array {
  const name = Buffer.from("[Content_Types].xml");
  const local = Buffer.alloc(30 + name.length);
  local.writeUInt32LE(0x04034b50, 0);
  name.copy(local, 30);
  const central = Buffer.alloc(46 + name.length);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt32LE(1000, 20);
  central.writeUInt32LE(3_000_000_000, 24);
  central.writeUInt16LE(name.length, 28);
  name.copy(central, 46);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length, 12);
  end.writeUInt32LE(local.length, 16);
  return new Uint8Array(Buffer.concat([local, central, end]));
}
