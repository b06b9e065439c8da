import { beforeAll, describe, expect, it } from "vitest";
import { docxText, office, pdfinfo, renderedPdf } from "./office-readback";
import { type Actors, REPORTS, reportsFixture } from "./reports-fixture";
import { engines, type Json, json, signedIn } from "./support";

/** A workbook read back by ExcelJS, a reader independent of the writer's code path (it only wrote it). */
async function workbookOf(response: Response) {
  const { default: Excel } = await import("exceljs");
  const workbook = new Excel.Workbook();
  await workbook.xlsx.load(await response.arrayBuffer());
  return workbook;
}

/** The figures typed into the report: the 2018 Southern 7-month figures' shape (DOMAIN §2.1), an estimate among them. */
const FIGURES = [
  { row: "KP", column: "PLAN", value: "73781000000" },
  { row: "KP", column: "PERIOD", value: "19619200000" },
  { row: "KP", column: "PCT_OF_PLAN", value: "26.59" },
  { row: "KP", column: "PREVIOUS", value: "20000000000" },
  { row: "KP", column: "GROWTH", value: "-1.9" },
  { row: "KP_KCQG", column: "PERIOD", value: "7029400000", valueKind: "ESTIMATE" },
  { row: "KP_KCQG", column: "PCT_OF_PLAN", value: "30.89" },
  { row: "KP_KCDP", column: "PERIOD", value: "12589800000" },
  { row: "TRAINEES", column: "PERIOD", value: "1048" },
] as const;

/** Figures that pass every generated check, so the report can be sent and approved. */
const CONSISTENT = [
  { row: "KP", column: "PERIOD", value: "19619200000" },
  { row: "KP_KCQG", column: "PERIOD", value: "7029400000", valueKind: "ESTIMATE" },
  { row: "KP_KCDP", column: "PERIOD", value: "12589800000" },
  { row: "KP_A1", column: "PERIOD", value: "19619200000" },
] as const;

describe.each(engines)("a report's .docx and .xlsx on %s", (engine) => {
  const f = reportsFixture(engine);
  let draft: Json;
  let approved: Json;

  /** A report with the figures above and a narrative, brought to `state`. */
  async function filledReport(state: "DRAFT" | "APPROVED"): Promise<Json> {
    let report = await f.fillManualRows(await f.open());
    const edited = await f.as.dtOfficer.patch(`${REPORTS}/${report.id}`, {
      version: report.version,
      cells: state === "DRAFT" ? FIGURES : CONSISTENT,
      narrative: [
        { section: "DANH_GIA", body: "Các đề án triển khai đúng tiến độ.\nKinh phí giải ngân đạt kế hoạch." },
      ],
    });
    expect(edited.status).toBe(200);
    report = await json(edited);
    if (state === "DRAFT") return report;
    const acknowledgements = report.checks
      .filter((check: Json) => !check.result.ok && check.severity === "WARNING")
      .map((check: Json) => ({ checkId: check.id, reasonVi: "So với số ước cùng kỳ" }));
    const sent = await f.post(f.as.dtOfficer, `${REPORTS}/${report.id}/submit`, {
      version: report.version,
      acknowledgements,
    });
    expect(sent.status, JSON.stringify(sent.body)).toBe(200);
    const done = await f.post(f.as.centralOfficer, `${REPORTS}/${sent.body.id}/steps/APPROVE`, {
      version: sent.body.version,
    });
    expect(done.status).toBe(200);
    return done.body;
  }

  beforeAll(async () => {
    draft = await filledReport("DRAFT");
    approved = await filledReport("APPROVED");
  });

  /** Every reader × own province, another province, the region, national; the administrator reads no reports. */
  const expected: Record<keyof Actors, number> = {
    dtOfficer: 200,
    dtLeader: 200,
    hnOfficer: 404,
    centralOfficer: 200,
    centralLeader: 200,
    regionNam: 200,
    regionBac: 404,
    auditor: 200,
  };

  it.each(["docx", "xlsx"])(
    "answers the .%s to whoever may read the report, 404 outside the scope",
    async (kind) => {
      for (const [actor, status] of Object.entries(expected)) {
        const response = await f.as[actor as keyof Actors].get(`${REPORTS}/${draft.id}/export.${kind}`);
        expect(response.status, `${actor} → ${kind}`).toBe(status);
        if (status === 200) {
          expect(response.headers.get("content-type")).toContain(
            kind === "docx" ? "wordprocessingml" : "spreadsheetml",
          );
          const disposition = response.headers.get("content-disposition");
          expect(disposition).toContain(
            encodeURIComponent(`Báo cáo 6 tháng đầu năm 2018 - Đồng Tháp (trước 7-2025).${kind}`),
          );
          // The ASCII name for old clients keeps đ as d (NFD leaves it whole) and has no slash.
          expect(disposition).toContain(
            `filename="Bao cao 6 thang dau nam 2018 - Dong Thap (truoc 7-2025).${kind}"`,
          );
        } else {
          expect((await json(response)).code).toBe("NOT_FOUND");
        }
      }
      const admin = (await signedIn(f.ctx, { role: "SYSTEM_ADMIN", scope: { kind: "NATIONAL" } })).client;
      expect((await admin.get(`${REPORTS}/${draft.id}/export.${kind}`)).status).toBe(403);
      expect((await f.ctx.client().get(`${REPORTS}/${draft.id}/export.${kind}`)).status).toBe(401);
      expect((await f.as.centralOfficer.get(`${REPORTS}/no-such-report/export.${kind}`)).status).toBe(404);
    },
  );

  it("prints the draft in the Decree 30 layout with the numbered tables as the report holds them", async () => {
    const text = docxText(
      await (await f.as.dtOfficer.get(`${REPORTS}/${draft.id}/export.docx`)).arrayBuffer(),
    );
    for (const expectedText of [
      "DỰ THẢO",
      "UBND TỈNH ĐỒNG THÁP",
      "SỞ CÔNG THƯƠNG",
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Độc lập - Tự do - Hạnh phúc",
      "Số:          /BC-SCT",
      "Đồng Tháp, ngày      tháng      năm",
      "BÁO CÁO",
      "Tình hình thực hiện hoạt động khuyến công 6 tháng đầu năm 2018",
      "Bảng 1. Kinh phí khuyến công",
      "Bảng 2. Đề án khuyến công",
      "Bảng 3. Kết quả thực hiện các hoạt động",
      "Đơn vị tính: triệu đồng",
      "Kế hoạch năm",
      "73.781,0",
      "19.619,2",
      "26,59",
      "−1,9",
      "7.029,4",
      "(ước)",
      "1.048",
      "- Khuyến công quốc gia",
      "Trong đó, theo nguồn kinh phí:",
      "Các đề án triển khai đúng tiến độ.",
      "Kinh phí giải ngân đạt kế hoạch.",
      "Nơi nhận:",
      "- Bộ Công Thương (Cục Công Thương địa phương);",
      "GIÁM ĐỐC",
    ]) {
      expect(text).toContain(expectedText);
    }
    expect(text).toMatch(/Dự thảo: báo cáo chưa được duyệt; trạng thái “Đang lập”/u);
    expect(text).toBe(text.normalize("NFC"));
  });

  it("prints an approved report without the draft mark, dated the day it was sent", async () => {
    const text = docxText(
      await (await f.as.centralOfficer.get(`${REPORTS}/${approved.id}/export.docx`)).arrayBuffer(),
    );
    expect(text).not.toContain("DỰ THẢO");
    expect(text).not.toContain("Dự thảo");
    const sent = new Date(new Date(approved.lastSubmittedAt).getTime() + 7 * 3600_000);
    const day = String(sent.getUTCDate()).padStart(2, "0");
    expect(text).toContain(`Đồng Tháp, ngày ${day} tháng`);
  });

  it("writes the .xlsx in the template's layout: a sheet per table, typed figures, frozen headers, the checks", async () => {
    const workbook = await workbookOf(await f.as.auditor.get(`${REPORTS}/${draft.id}/export.xlsx`));
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      "Bảng 1 - Kinh phí khuyến công",
      "Bảng 2 - Đề án khuyến công",
      "Bảng 3 - Kết quả thực hiện các…",
      "Kiểm tra",
      "Thuyết minh",
    ]);
    const budget = workbook.getWorksheet("Bảng 1 - Kinh phí khuyến công");
    if (!budget) throw new Error("no budget sheet");
    expect(budget.views[0]).toMatchObject({ state: "frozen", xSplit: 2, ySplit: 6 });
    expect(budget.getRow(6).values).toEqual([
      undefined,
      "STT",
      "Chỉ tiêu",
      "Kế hoạch năm (triệu đồng)",
      "Thực hiện kỳ báo cáo (triệu đồng)",
      "% so với kế hoạch năm",
      "Cùng kỳ năm trước (triệu đồng)",
      "Tăng/giảm so với cùng kỳ (%)",
      "Kế hoạch năm trước (triệu đồng)",
      "Kế hoạch tăng/giảm so với năm trước (%)",
    ]);
    const rowOf = (sheet: typeof budget, label: string) => {
      let found: number | null = null;
      sheet.eachRow((row, number) => {
        if (row.getCell(2).value === label) found = number;
      });
      if (found === null) throw new Error(`no row ${label}`);
      return sheet.getRow(found);
    };
    // Every figure of the numbered table equals the report's cell: đồng ÷ 10^6, the printed percentage as typed.
    const cells = new Map<string, Json>(draft.cells.map((cell: Json) => [cell.cell, cell]));
    const total = rowOf(budget, "Tổng kinh phí khuyến công");
    const columns = ["PLAN", "PERIOD", "PCT_OF_PLAN", "PREVIOUS", "GROWTH"];
    columns.forEach((column, i) => {
      const cell = total.getCell(3 + i);
      const stored = cells.get(`KP/${column}`);
      const percent = column === "PCT_OF_PLAN" || column === "GROWTH";
      expect(cell.value, column).toBe(percent ? Number(stored.value) : Number(stored.value) / 1e6);
      expect(cell.numFmt, column).toBe(percent ? (column === "GROWTH" ? "0.0" : "0.00") : "#,##0.0");
      expect(cell.formula, column).toBeUndefined();
    });
    expect(total.font?.bold).toBe(true);
    const kcqg = rowOf(budget, "– Khuyến công quốc gia").getCell(4);
    expect(kcqg.value).toBe(7029.4);
    expect(kcqg.note).toBe("Số ước thực hiện");
    expect(rowOf(budget, "– Khuyến công quốc gia").getCell(1).value).toBe("");
    const outputs = workbook.worksheets[2];
    if (!outputs) throw new Error("no outputs sheet");
    const trainees = rowOf(outputs, "Số lao động được đào tạo nghề, truyền nghề");
    expect([trainees.getCell(3).value, trainees.getCell(4).value, trainees.getCell(4).numFmt]).toEqual([
      "người",
      1048,
      "#,##0",
    ]);
    // The generated checks, one row each, with their verdicts as the report page shows them.
    const checks = workbook.getWorksheet("Kiểm tra");
    if (!checks) throw new Error("no checks sheet");
    const verdicts: string[] = [];
    checks.eachRow((row, number) => {
      if (number > 6) verdicts.push(`${row.getCell(3).value}:${row.getCell(5).value}`);
    });
    expect(verdicts).toEqual(
      draft.checks.map((check: Json) => `${check.cell}:${check.result.ok ? "Đạt" : "Không đạt"}`),
    );
    expect(verdicts.some((v) => v.endsWith("Không đạt"))).toBe(true);
    const narrative = workbook.getWorksheet("Thuyết minh");
    expect(narrative?.getRow(6).getCell(2).value).toBe(
      "Các đề án triển khai đúng tiến độ.\nKinh phí giải ngân đạt kế hoạch.",
    );
  });

  it.skipIf(!office || !pdfinfo)(
    `is laid out by LibreOffice on A4 with every table${office && pdfinfo ? "" : " (skipped: soffice or pdfinfo missing)"}`,
    async () => {
      const response = await f.as.centralLeader.get(`${REPORTS}/${approved.id}/export.docx`);
      const pdf = renderedPdf(await response.arrayBuffer());
      expect(pdf.pages).toBeGreaterThanOrEqual(2);
      expect(pdf.pages).toBeLessThanOrEqual(5);
      for (const text of [
        "Bảng 1. Kinh phí khuyến công",
        "Bảng 3. Kết quả thực hiện",
        "Nơi nhận:",
        "19.619,2",
      ]) {
        expect(pdf.text).toContain(text);
      }
    },
    300_000,
  );
});
