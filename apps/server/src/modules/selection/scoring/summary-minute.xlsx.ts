import { formatHalfPoints, type RoundSummary, scoreThresholdLabels } from "@kc/domain";
import { applyColumns, cellFor, type SheetColumn } from "../../../platform/office/xlsx-writer";

/**
 * The summary minute (biên bản tổng hợp kết quả chấm điểm, Art. 16) as .xlsx: one row per entry with each
 * juror's total, the mean as the summary computed it (two decimals, half up), the ≥ 70 flag and the rank.
 * A round has at most a few hundred entries, so the workbook is built in memory.
 */
export type MinuteInput = {
  roundName: string;
  jurors: readonly { memberId: string; name: string }[];
  entries: readonly { entryId: string; productName: string; establishmentName: string; groupLabel: string }[];
  summary: RoundSummary;
};

export async function summaryMinuteXlsx(input: MinuteInput): Promise<Uint8Array<ArrayBuffer>> {
  const { default: Excel } = await import("exceljs");
  const workbook = new Excel.Workbook();
  const sheet = workbook.addWorksheet("Tổng hợp điểm", { views: [{ state: "frozen", ySplit: 1 }] });
  const columns: SheetColumn[] = [
    { header: "Hạng", kind: "integer", width: 8 },
    { header: "Sản phẩm", kind: "text", width: 36 },
    { header: "Cơ sở", kind: "text", width: 32 },
    { header: "Nhóm", kind: "text", width: 22 },
    ...input.jurors.map((juror): SheetColumn => ({ header: juror.name, kind: "text", width: 14 })),
    { header: "Điểm trung bình", kind: "text", width: 14 },
    { header: "Ngưỡng 70 điểm", kind: "text", width: 24 },
  ];
  applyColumns(sheet, columns);
  const summaries = new Map(input.summary.entries.map((entry) => [entry.entryId, entry]));
  const ordered = [...input.entries].sort(
    (a, b) => (summaries.get(a.entryId)?.rank ?? 1e9) - (summaries.get(b.entryId)?.rank ?? 1e9),
  );
  for (const entry of ordered) {
    const summary = summaries.get(entry.entryId);
    const totals = new Map(summary?.totalsHalves.map((t) => [t.memberId, t.totalHalves]) ?? []);
    const jurorCells = input.jurors.map((juror) => {
      if (!summary?.scoringJurorIds.includes(juror.memberId)) return "Không chấm (xung đột lợi ích)";
      const total = totals.get(juror.memberId);
      return total === undefined ? "Chưa chấm" : formatHalfPoints(total);
    });
    const values = [
      summary?.rank ?? null,
      entry.productName,
      entry.establishmentName,
      entry.groupLabel,
      ...jurorCells,
      summary?.meanText ?? "Chưa đủ phiếu",
      summary?.summarisable ? scoreThresholdLabels[summary.passes ? "PASSES" : "BELOW"] : null,
    ];
    sheet.addRow(values.map((value, index) => cellFor(columns[index]?.kind ?? "text", value)));
  }
  sheet.addRow([]);
  sheet.addRow([
    `${input.roundName}. Điểm trung bình là trung bình cộng tổng điểm của các giám khảo chấm sản phẩm, làm tròn hai chữ số thập phân (từ 5 làm tròn lên); điều kiện 70 điểm xét trên điểm chưa làm tròn.`,
  ]);
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}
