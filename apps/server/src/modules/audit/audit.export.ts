import { PassThrough, Readable } from "node:stream";
import { formatDateTime } from "@kc/domain";
import type ExcelJS from "exceljs";
import type { Db } from "../../db/client";
import type { Actor } from "../../platform/context";
import { writeRowsInSlices } from "../../platform/office/sliced-rows";
import {
  applyColumns,
  cellFor,
  type SheetColumn,
  streamingWorkbook,
} from "../../platform/office/xlsx-writer";
import { type PresentedAuditRow, presentAuditRows } from "./audit.presenter";
import { type AuditFilter, auditConditions, auditRowsBefore } from "./audit.queries";

const PAGE = 500;
/**
 * The export is bounded: an inspection asks for a period, not the whole trail; the last row says so when the
 * filter matched more. A streamed workbook keeps memory flat up to the bound.
 */
export const AUDIT_EXPORT_MAX_ROWS = 20_000;

const changesText = (row: PresentedAuditRow) =>
  row.changes
    .map(
      (change) => `${change.label}: ${change.before?.text ?? "(trống)"} → ${change.after?.text ?? "(trống)"}`,
    )
    .join("\n");

const columns: (SheetColumn & { value: (row: PresentedAuditRow) => string | null })[] = [
  { header: "Thời điểm (giờ Việt Nam)", kind: "text", width: 20, value: (r) => formatDateTime(r.at) },
  {
    header: "Người thực hiện",
    kind: "text",
    width: 26,
    value: (r) => r.actorName ?? r.actorEmail ?? "Hệ thống",
  },
  { header: "Thư điện tử", kind: "text", width: 30, value: (r) => r.actorEmail },
  { header: "Vai trò", kind: "text", width: 24, value: (r) => r.actorRoleLabel },
  { header: "Thao tác", kind: "text", width: 34, value: (r) => r.actionLabel },
  { header: "Loại đối tượng", kind: "text", width: 22, value: (r) => r.entityLabel },
  { header: "Đối tượng", kind: "text", width: 40, value: (r) => r.entityName },
  { header: "Mã đối tượng", kind: "text", width: 38, value: (r) => r.entityId },
  { header: "Kết quả", kind: "text", width: 14, value: (r) => r.outcomeLabel },
  { header: "Nội dung thay đổi", kind: "text", width: 80, value: changesText },
  { header: "Địa chỉ IP", kind: "text", width: 16, value: (r) => r.ip },
  { header: "Mã yêu cầu", kind: "text", width: 38, value: (r) => r.requestId },
];

/** The filtered audit log as .xlsx, with the list's scope and filters, newest written first, streamed page by page. */
export function exportAuditLog(db: Db, actor: Actor, filter: AuditFilter, maxRows = AUDIT_EXPORT_MAX_ROWS) {
  const output = new PassThrough();
  const where = auditConditions(actor, filter);
  void (async () => {
    try {
      const workbook = await streamingWorkbook(output);
      const sheet = workbook.addWorksheet("Nhật ký hệ thống", { views: [{ state: "frozen", ySplit: 1 }] });
      applyColumns(sheet, columns);
      sheet.getRow(1).commit();
      let written = 0;
      let beforeId: bigint | undefined;
      for (;;) {
        const rows = await auditRowsBefore(db, where, {
          limit: Math.min(PAGE, maxRows - written + 1),
          beforeId,
        });
        const kept = rows.slice(0, maxRows - written);
        const presented = await presentAuditRows(db, kept);
        const cellsOf = (row: PresentedAuditRow) =>
          columns.map((column) => cellFor(column.kind, column.value(row)));
        const topWrapped = (added: ExcelJS.Row) => {
          added.alignment = { vertical: "top", wrapText: true };
        };
        if (!(await writeRowsInSlices(sheet, presented, cellsOf, output, topWrapped))) return;
        written += kept.length;
        if (rows.length > kept.length) {
          sheet
            .addRow([
              `Chỉ xuất ${written.toLocaleString("vi-VN")} dòng mới nhất; hãy thu hẹp khoảng thời gian.`,
            ])
            .commit();
          break;
        }
        const last = rows.at(-1);
        if (!last || rows.length < PAGE) break;
        beforeId = last.id;
      }
      sheet.commit();
      await workbook.commit();
    } catch (error) {
      output.destroy(error as Error);
    }
  })();
  return Readable.toWeb(output) as ReadableStream;
}
