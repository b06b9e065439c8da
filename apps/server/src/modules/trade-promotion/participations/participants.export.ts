import { participantImportColumns } from "@kc/domain";
import type { Db } from "../../../db/client";
import { applyColumns, cellFor, safeText } from "../../../platform/office/xlsx-writer";
import { addressOf } from "./participations.presenter";
import { allParticipants, type FairRow } from "./participations.queries";

/** The acceptance list's columns (nghiệm thu): what the host confirmed and what each establishment signs for. */
export const acceptanceHeaders = [
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
] as const;

/** Rows above the table: the fair, its dates and counts, so the printed sheet stands alone. */
export const ACCEPTANCE_HEADER_ROW = 5;

const vnDate = (iso: string) => iso.split("-").reverse().join("/");

/**
 * The booth-holder list of one fair in the layout acceptance needs: a title block, one row per participant
 * (a shared booth's share as a fraction of a booth), a total row whose booths are the fair's Q4 count (a shared
 * booth once, never the sum of the shares), and an empty "Ký nhận" column for signatures.
 */
export async function buildAcceptanceList(db: Db, fairRow: FairRow): Promise<Buffer> {
  const rows = await allParticipants(db, fairRow.id);
  const { default: Excel } = await import("exceljs");
  const workbook = new Excel.Workbook();
  workbook.creator = "Hệ thống quản lý khuyến công";
  const sheet = workbook.addWorksheet("Danh sách gian hàng", {
    pageSetup: { orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  const widths = [6, 34, 14, 40, 9, 16, 12, 16, 30, 14];
  sheet.columns = widths.map((width) => ({ width }));
  sheet.getCell("A1").value = "DANH SÁCH CƠ SỞ THAM GIA HỘI CHỢ, TRIỂN LÃM";
  sheet.getCell("A1").font = { bold: true, size: 13 };
  sheet.getCell("A2").value = safeText(`${fairRow.code} — ${fairRow.name}`);
  sheet.getCell("A3").value =
    `Thời gian: ${vnDate(fairRow.startDate)} – ${vnDate(fairRow.endDate)}. Đơn vị chủ trì: ${safeText(fairRow.hostName)}`;
  const header = sheet.getRow(ACCEPTANCE_HEADER_ROW);
  header.values = [...acceptanceHeaders];
  header.font = { bold: true };
  header.alignment = { vertical: "middle", horizontal: "center", wrapText: true };
  let rentTotal = 0n;
  rows.forEach((row, index) => {
    const p = row.p;
    rentTotal += p.boothRent;
    const booths = p.wholeBooths + (p.sharedBoothShareBps ?? 0) / 10_000;
    const line = sheet.getRow(ACCEPTANCE_HEADER_ROW + 1 + index);
    line.values = [
      index + 1,
      cellFor("text", row.establishmentName),
      cellFor("text", row.taxCode),
      cellFor("text", addressOf(row)),
      booths,
      cellFor("dong", p.boothRent),
      p.supportShareBps / 100,
      cellFor("dong", p.supportAmount),
      cellFor("text", p.productsShown),
      null,
    ];
    line.alignment = { vertical: "top", wrapText: true };
  });
  const totalRow = sheet.getRow(ACCEPTANCE_HEADER_ROW + 1 + rows.length);
  totalRow.values = [
    null,
    `Tổng cộng: ${rows.length} lượt tham gia`,
    null,
    null,
    fairRow.boothsTaken,
    cellFor("dong", rentTotal),
    null,
    cellFor("dong", fairRow.supportTotal),
    null,
    null,
  ];
  totalRow.font = { bold: true };
  for (const col of [6, 8]) sheet.getColumn(col).numFmt = "#,##0";
  sheet.getColumn(5).numFmt = "0.##";
  sheet.getColumn(7).numFmt = "0.##";
  sheet.getColumn(3).numFmt = "@";
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The import template: the list's columns with a note on each, text-typed tax codes, one example row. */
export async function buildParticipantTemplate(): Promise<Buffer> {
  const { default: Excel } = await import("exceljs");
  const workbook = new Excel.Workbook();
  workbook.creator = "Hệ thống quản lý khuyến công";
  const sheet = workbook.addWorksheet("Danh sách gian hàng", { views: [{ state: "frozen", ySplit: 1 }] });
  applyColumns(
    sheet,
    participantImportColumns.map((c) => ({ header: c.headerVi, kind: "text", width: 22 })),
  );
  sheet.getRow(1).eachCell((cell, col) => {
    const column = participantImportColumns[col - 1];
    cell.note = column ? `${column.required ? "Bắt buộc. " : ""}${column.noteVi}` : "";
  });
  sheet.getColumn(3).numFmt = "@";
  const example: Record<string, string> = {
    stt: "1",
    name: "Cơ sở mây tre đan Phú Hòa",
    taxCode: "",
    commune: "Phường Mỹ Tho",
    wholeBooths: "1",
    boothRent: "12.000.000",
    supportPct: "80",
    productsShown: "Giỏ, hộp mây tre",
  };
  sheet.addRow(participantImportColumns.map((c) => example[c.key] ?? ""));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
