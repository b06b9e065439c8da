import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { eq } from "drizzle-orm";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bulkInsert } from "../src/db/bulk-insert";
import { establishment, fairParticipation } from "../src/db/schema/index";
import {
  countersAndRecount,
  createEstablishment,
  fairValues,
  insertFairs,
  participantsPath,
} from "./fair-participation-support";
import {
  COMMUNE_DONG_THAP,
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

const libreOffice = ["libreoffice", "soffice"].find((bin) => {
  try {
    execFileSync("which", [bin]);
    return true;
  } catch {
    return false;
  }
});

const header = [
  "STT",
  "Tên cơ sở",
  "Mã số thuế",
  "Xã, phường",
  "Số gian tiêu chuẩn",
  "Tiền thuê gian hàng (đồng)",
  "Tỷ lệ hỗ trợ (%)",
  "Số tiền hỗ trợ (đồng)",
  "Sản phẩm trưng bày",
];
const csvLine = (cells: string[]) => cells.map((c) => `"${c.replaceAll('"', '""')}"`).join(",");

/** The list as a host sends it: a .csv turned into .xlsx by LibreOffice, as an officer's office suite would. */
function xlsxByLibreOffice(rows: string[][]): Uint8Array {
  if (!libreOffice) throw new Error("LibreOffice is required: apt-get install -y libreoffice-calc-nogui");
  const dir = mkdtempSync(join(tmpdir(), "kc-fair-"));
  try {
    writeFileSync(join(dir, "ds.csv"), [header, ...rows].map(csvLine).join("\n"));
    execFileSync(
      libreOffice,
      [
        "--headless",
        "--infilter=CSV:44,34,76,1",
        "--convert-to",
        "xlsx",
        "--outdir",
        dir,
        join(dir, "ds.csv"),
      ],
      { timeout: 120_000, env: { ...process.env, HOME: dir } },
    );
    return new Uint8Array(readFileSync(join(dir, "ds.xlsx")));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function upload(bytes: Uint8Array, name: string, picks?: Record<number, string>) {
  const form = new FormData();
  form.append("file", new File([bytes], name));
  if (picks) form.append("picks", JSON.stringify(picks));
  return form;
}

async function runImport(client: TestClient, fairId: string, form: FormData, query: string) {
  const started = await client.request("POST", `/api/v1/fairs/${fairId}/participant-imports${query}`, form);
  if (started.status !== 202) return { status: started.status, body: await json(started) };
  const { jobId } = await json(started);
  for (let i = 0; i < 2000; i++) {
    const job = await json(await client.get(`/api/v1/fair-participant-imports/${jobId}`));
    if (job.status === "SUCCEEDED" || job.status === "FAILED") return { status: 202, body: job };
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error("import did not finish");
}

/** One conversion for both engines: LibreOffice takes seconds to start. */
let converted: Uint8Array | undefined;

describe.each(engines)("booth-holder list import and export on %s", (engine) => {
  let ctx: TestContext;
  let officer: TestClient;
  let hanoiOfficer: TestClient;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    ctx = await createTestContext(engine);
    await seedSampleCommunes(ctx);
    officer = (await signedIn(ctx, { role: "PROVINCIAL_OFFICER" })).client;
    hanoiOfficer = (
      await signedIn(ctx, { role: "PROVINCIAL_OFFICER", scope: { kind: "PROVINCE", provinceId: HA_NOI } })
    ).client;
    ids.taxed = await createEstablishment(officer, { name: "Cơ sở gốm Tân Phú", taxCode: "0312345678" });
    ids.twinA = await createEstablishment(officer, { name: "Cơ sở Trùng Tên", addressText: "Ấp 1" });
    ids.twinB = await createEstablishment(officer, { name: "Cơ sở Trùng Tên", addressText: "Ấp 2" });
    ids.plain = await createEstablishment(officer, { name: "Cơ sở dệt chiếu Định Yên" });
    await insertFairs(ctx, fairValues("imp"), fairValues("perf"));
  });
  afterAll(async () => ctx?.close());

  const list = () =>
    (converted ??= xlsxByLibreOffice([
      ["1", "Gốm Tân Phú", "0312345678", "", "1", "12.000.000", "80", "9.600.000", "Gốm mỹ nghệ"],
      ["2", "co so trung ten", "", "Mỹ Tho", "1", "12.000.000", "", "", "Chiếu"],
      ["3", "CƠ SỞ DỆT CHIẾU ĐỊNH YÊN", "", "Phường Mỹ Tho", "2", "24.000.000", "", "", "Chiếu cói"],
      ["4", "Cơ sở Không Có", "", "Phường Mỹ Tho", "1", "12.000.000", "", "", ""],
    ]));

  it("dry-runs a LibreOffice list: a pick list for the ambiguous row, an error for the unknown one, nothing written", async () => {
    const dry = await runImport(officer, "imp", upload(list(), "ds.xlsx"), "?dryRun=true");
    expect(dry.body.status).toBe("SUCCEEDED");
    const result = dry.body.result;
    expect(result).toMatchObject({ dryRun: true, totalRows: 4, validRows: 2 });
    expect(result.errors).toEqual([
      expect.objectContaining({ row: 5, column: "Tên cơ sở", code: "UNKNOWN_VALUE" }),
    ]);
    expect(result.ambiguous).toHaveLength(1);
    expect(result.ambiguous[0].row).toBe(3);
    expect(result.ambiguous[0].candidates.map((c: { id: string }) => c.id).sort()).toEqual(
      [ids.twinA, ids.twinB].sort(),
    );
    const all = await runImport(officer, "imp", upload(list(), "ds.xlsx"), "");
    expect(all.body.status).toBe("FAILED");
    expect(all.body.error.code).toBe("IMPORT_HAS_ERRORS");
    expect((await json(await officer.get(participantsPath("imp")))).total).toBe(0);
  });

  it("imports the picked and valid rows when asked, under the norm, with counters and an export for acceptance", async () => {
    const done = await runImport(
      officer,
      "imp",
      upload(list(), "ds.xlsx", { 3: ids.twinB as string }),
      "?validOnly=true",
    );
    expect(done.body.status).toBe("SUCCEEDED");
    expect(done.body.result.created).toBe(3);
    const page = await json(await officer.get(participantsPath("imp")));
    expect(page.total).toBe(3);
    const byEstablishment = new Map(
      page.items.map((i: { establishmentId: string }) => [i.establishmentId, i]),
    );
    expect(byEstablishment.get(ids.plain)).toMatchObject({
      supportAmount: "19200000",
      normCode: "d2",
      wholeBooths: 2,
    });
    expect(byEstablishment.has(ids.twinB)).toBe(true);
    expect(page.fair).toMatchObject({ participationCount: 3, boothsTaken: 4 });
    const { counters, recount } = await countersAndRecount(ctx, "imp");
    expect(counters).toEqual(recount);

    const exported = await officer.get(`${participantsPath("imp")}/export`);
    expect(exported.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await exported.arrayBuffer());
    const sheet = workbook.worksheets[0];
    expect(sheet?.getRow(5).values).toEqual([
      undefined,
      "STT",
      "Cơ sở",
      "Mã số thuế",
      "Địa chỉ",
      "Số gian",
      "Tiền thuê (đồng)",
      "Tỷ lệ hỗ trợ (%)",
      "Số tiền hỗ trợ (đồng)",
      "Sản phẩm trưng bày",
      "Ký nhận",
    ]);
    const names = [6, 7, 8].map((r) => sheet?.getRow(r).getCell(2).value);
    expect(names).toContain("Cơ sở dệt chiếu Định Yên");
    const plainRow =
      [6, 7, 8].find((r) => sheet?.getRow(r).getCell(2).value === "Cơ sở dệt chiếu Định Yên") ?? 0;
    expect(sheet?.getRow(plainRow).getCell(4).value).toContain("Phường Mỹ Tho");
    expect(sheet?.getRow(plainRow).getCell(7).value).toBe(80);
    expect(sheet?.getRow(plainRow).getCell(8).value).toBe(19_200_000);
    expect(sheet?.getRow(9).getCell(5).value).toBe(4);
    expect(sheet?.getRow(9).getCell(8).value).toBe(9_600_000 + 9_600_000 + 19_200_000);
    // Imported again, every row now exists: refused whole.
    const again = await runImport(officer, "imp", upload(list(), "ds.xlsx", { 3: ids.twinB as string }), "");
    expect(again.body.status).toBe("FAILED");
  });

  it("answers another province's fair 404 and offers a template with the list's columns", async () => {
    const foreign = await runImport(hanoiOfficer, "imp", upload(list(), "ds.xlsx"), "?dryRun=true");
    expect(foreign.status).toBe(404);
    expect((await hanoiOfficer.get(`${participantsPath("imp")}/export`)).status).toBe(404);
    const template = await officer.get("/api/v1/fair-participant-imports/template");
    expect(template.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await template.arrayBuffer());
    expect(workbook.worksheets[0]?.getRow(1).getCell(2).value).toBe("Tên cơ sở");
  });

  // Its speed (≤ 10 s) is measured by `npm run bench` on national-scale data, never timed here (a busy machine
  // is not a slow import).
  it("imports a 5,000-row list in one transaction", async () => {
    const rows = Array.from({ length: 5000 }, (_, i) => ({
      id: `perf-${i}`,
      provinceId: DONG_THAP,
      communeId: COMMUNE_DONG_THAP,
      name: `Cơ sở thử tải số ${i}`,
      legalForm: "HKD",
      subjectClass: "CNNT",
      industries: [],
      vsicCodes: [],
      mainProducts: "",
      searchText: `co so thu tai so ${i}`,
      sortKey: `co so thu tai so ${String(i).padStart(5, "0")}`,
      eligibilityVerdict: "ELIGIBLE",
      eligibilityEvaluatedOn: "2024-01-01",
    }));
    await bulkInsert(ctx.db, establishment, rows);
    const csv = [
      header,
      ...rows.map((r, i) => [
        String(i + 1),
        r.name,
        "",
        "Phường Mỹ Tho",
        "1",
        "10.000.000",
        "",
        "",
        "Hàng mẫu",
      ]),
    ]
      .map(csvLine)
      .join("\n");
    const done = await runImport(officer, "perf", upload(new TextEncoder().encode(csv), "ds.csv"), "");
    expect(done.body.status).toBe("SUCCEEDED");
    expect(done.body.result.created).toBe(5000);
    const count = await ctx.db.$count(fairParticipation, eq(fairParticipation.fairId, "perf"));
    expect(count).toBe(5000);
  });
});
