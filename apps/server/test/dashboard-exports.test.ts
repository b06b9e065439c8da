import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createTestContext,
  DONG_THAP,
  engines,
  HA_NOI,
  signedIn,
  type TestClient,
  type TestContext,
} from "./support";

const FORMER_DONG_THAP = "P63-87";
const QUERY = "year=2017&cutoffMonth=7";

/** The first of these programs that answers `--version`, or null (the PDF check is then skipped). */
function firstTool(...names: string[]): string | null {
  return names.find((name) => spawnSync(name, ["--version"], { stdio: "ignore" }).status === 0) ?? null;
}
const office = firstTool("soffice", "libreoffice");
const pdfinfo = spawnSync("pdfinfo", ["-v"], { stdio: "ignore" }).status === 0 ? "pdfinfo" : null;

function inTempDir<T>(work: (dir: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), "kc-dash-"));
  try {
    return work(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The text runs of `word/document.xml` in a .docx, read by `unzip` (a reader independent of our writer). */
function documentText(bytes: ArrayBuffer): string {
  return inTempDir((dir) => {
    writeFileSync(join(dir, "brief.docx"), new Uint8Array(bytes));
    const xml = execFileSync("unzip", ["-p", join(dir, "brief.docx"), "word/document.xml"]).toString("utf8");
    return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join("\n");
  });
}

/** Pages of the .docx once LibreOffice lays it out as PDF, as pdfinfo counts them. */
function pdfPages(bytes: ArrayBuffer): number {
  return inTempDir((dir) => {
    writeFileSync(join(dir, "brief.docx"), new Uint8Array(bytes));
    execFileSync(
      office as string,
      [
        "--headless",
        `-env:UserInstallation=file://${dir}/profile`,
        "--convert-to",
        "pdf",
        "--outdir",
        dir,
        join(dir, "brief.docx"),
      ],
      { stdio: "ignore", timeout: 60_000 },
    );
    const info = execFileSync(pdfinfo as string, [join(dir, "brief.pdf")]).toString("utf8");
    return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
  });
}

async function workbook(response: Response) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(await response.arrayBuffer());
  return book;
}

describe.each(engines)("dashboard exports on %s", (engine) => {
  let ctx: TestContext;
  let dongThap: TestClient;
  let haNoi: TestClient;
  let central: TestClient;

  beforeAll(async () => {
    ctx = await createTestContext(engine);
    dongThap = (
      await signedIn(ctx, { role: "PROVINCIAL_OFFICER", scope: { kind: "PROVINCE", provinceId: DONG_THAP } })
    ).client;
    haNoi = (
      await signedIn(ctx, { role: "PROVINCIAL_OFFICER", scope: { kind: "PROVINCE", provinceId: HA_NOI } })
    ).client;
    central = (await signedIn(ctx, { role: "CENTRAL_OFFICER", scope: { kind: "NATIONAL" } })).client;
    const plan = await dongThap.post("/api/v1/annual-plans", {
      unitId: FORMER_DONG_THAP,
      year: 2017,
      programmeId: "CT-KCQG-2014-2020",
      decisionNumber: "123/QĐ-UBND",
      decisionDate: "2017-01-10",
      noteVi: "",
      lines: [
        { source: "KCQG", content: "A3_MO_HINH_CONG_NGHE", amount: "2000000000" },
        { source: "KCDP_TINH", content: "A1_DAO_TAO_NGHE", amount: "3000000000" },
        { source: "COUNTERPART", content: "A3_MO_HINH_CONG_NGHE", amount: "1000000000" },
      ],
    });
    expect(plan.status).toBe(201);
    const reported = await dongThap.request("PUT", "/api/v1/reported-figures", {
      unitId: FORMER_DONG_THAP,
      year: 2017,
      cutoffMonth: 7,
      valueKind: "ACTUAL",
      noteVi: "",
      values: [{ indicator: "BUDGET_EXEC", source: "KCDP_TINH", value: "1000000000" }],
    });
    expect(reported.status).toBe(200);
  });
  afterAll(async () => ctx?.close());

  it("exports the national view to .xlsx with numbers in triệu đồng and the engine's percentages", async () => {
    const response = await central.get(`/api/v1/dashboard/budget.xlsx?${QUERY}`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toContain(
      `filename*=UTF-8''${encodeURIComponent("Kinh phí khuyến công - Toàn quốc - 7 tháng đầu năm 2017.xlsx")}`,
    );
    const book = await workbook(response);
    expect(book.worksheets.map((s) => s.name)).toEqual([
      "Kế hoạch - thực hiện",
      "Theo nguồn vốn",
      "Theo tháng",
    ]);
    const [main, bySource, monthly] = book.worksheets;
    expect(main?.getRow(1).getCell(1).value).toBe(
      "Toàn quốc - 7 tháng đầu năm 2017 - Theo địa giới tại thời điểm",
    );
    const rows = main?.getSheetValues().slice(4) ?? [];
    const south = rows.find((r) => Array.isArray(r) && r[1] === "Khu vực phía Nam") as
      | ExcelJS.CellValue[]
      | undefined;
    const labels = rows.map((r) => (Array.isArray(r) ? r[1] : null));
    expect(south, `rows: ${JSON.stringify(labels)}`).toBeDefined();
    // plan, exec, % plan, previous year, growth (none: no previous year), KCQG exec, KCĐP exec
    expect(south?.slice(2, 9)).toEqual([5000, 1000, 20, 0, undefined, 0, 1000]);
    expect(main?.getCell(5, 2).numFmt).toBe("#,##0.0");
    expect(main?.getCell(5, 4).numFmt).toBe("0.00");
    const total = main?.getRow(main.rowCount);
    expect(total?.getCell(1).value).toBe("Tổng số");
    expect([2, 3, 4, 7, 8].map((c) => total?.getCell(c).value)).toEqual([5000, 1000, 20, 0, 1000]);
    const kcdp = bySource?.getRow(5);
    expect([2, 3, 4].map((c) => kcdp?.getCell(c).value)).toEqual([3000, 1000, 33.33]);
    // The 7-month report is no month's own figure: the months stay empty and it gets a row of its own.
    expect(monthly?.rowCount).toBe(3 + 7 + 1);
    expect([1, 2, 3].map((c) => monthly?.getRow(10).getCell(c).value)).toEqual([7, null, null]);
    expect([1, 2, 3, 4].map((c) => monthly?.getRow(11).getCell(c).value)).toEqual([
      "Báo cáo lũy kế đến hết tháng 7",
      null,
      1000,
      20,
    ]);
  });

  it("writes a one-page brief whose text is the figures as the dashboard prints them", async () => {
    const response = await central.get(`/api/v1/dashboard/brief.docx?${QUERY}`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("wordprocessingml");
    const bytes = await response.arrayBuffer();
    expect(new TextDecoder().decode(new Uint8Array(bytes, 0, 2))).toBe("PK");
    const xml = documentText(bytes);
    expect(xml).toContain("BẢN TIN TÌNH HÌNH THỰC HIỆN KINH PHÍ KHUYẾN CÔNG");
    expect(xml).toContain("CỤC ĐỔI MỚI SÁNG TẠO, CHUYỂN ĐỔI XANH VÀ KHUYẾN CÔNG");
    expect(xml).toContain(
      "7 tháng đầu năm 2017, kinh phí khuyến công toàn quốc thực hiện 1.000,0 triệu đồng, đạt 20,00 % kế hoạch năm (5.000,0 triệu đồng)",
    );
    expect(xml).toContain("Khu vực phía Nam");
    const own = documentText(
      await (await dongThap.get(`/api/v1/dashboard/brief.docx?${QUERY}`)).arrayBuffer(),
    );
    expect(own).toContain("UBND ĐỒNG THÁP");
    expect(own).toContain("SỞ CÔNG THƯƠNG");
  });

  it.skipIf(!office || !pdfinfo)(
    `fits the brief on one A4 page in LibreOffice${office && pdfinfo ? "" : " (skipped: soffice/libreoffice or pdfinfo not on PATH)"}`,
    async () => {
      const response = await central.get(`/api/v1/dashboard/brief.docx?${QUERY}`);
      expect(pdfPages(await response.arrayBuffer())).toBe(1);
    },
  );

  it("answers 404 for a unit outside the scope and 403 without the export ability", async () => {
    for (const path of ["budget.xlsx", "brief.docx"]) {
      expect((await haNoi.get(`/api/v1/dashboard/${path}?${QUERY}&unit=${FORMER_DONG_THAP}`)).status).toBe(
        404,
      );
    }
    const implementer = (await signedIn(ctx, { role: "IMPLEMENTER" })).client;
    for (const path of ["budget.xlsx", "brief.docx"]) {
      expect((await implementer.get(`/api/v1/dashboard/${path}?${QUERY}`)).status).toBe(403);
    }
  });
});
