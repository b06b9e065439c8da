import {
  eligibleIndustryCodes,
  eligibleIndustryLabels,
  formatDate,
  type ImportColumnKind,
  importColumns,
  legalFormCodes,
  legalFormLabels,
  subjectClassCodes,
  subjectClassLabels,
} from "@kc/domain";
import type ExcelJS from "exceljs";
import type { OfficeTask } from "../../platform/office/office-workers";
import { applyColumns, type ColumnKind, cellFor } from "../../platform/office/xlsx-writer";
import type { TemplateCommune } from "./template-communes";

/** Template identity, checked by nothing yet but kept in a hidden sheet so future versions can be told apart. */
export const TEMPLATE_ID = "KHUYENCONG-CO-SO-CNNT";
export const TEMPLATE_VERSION = "1";
export const DATA_SHEET = "Cơ sở CNNT";
export const COMMUNE_SHEET = "Mã xã";
const VALIDATED_ROWS = 5000;

export const kindOf = (kind: ImportColumnKind): ColumnKind =>
  kind === "integer"
    ? "integer"
    : kind === "dong"
      ? "dong"
      : kind === "percent"
        ? "percent"
        : kind === "boolean"
          ? "boolean"
          : "text";

/**
 * The import template: the data sheet with the same columns an export writes (so an export re-imports cleanly),
 * an example row, drop-down lists for coded columns over a bounded range (a validation over whole columns blocks
 * ExcelJS for seconds, RELIABILITY.md §5.2), an instructions sheet, the code lists, and the communes in force
 * today of the caller's provinces (`communes`), which also feed the commune column's drop-down.
 */
export async function buildTemplate(communes: readonly TemplateCommune[]): Promise<Uint8Array> {
  const { default: Excel } = await import("exceljs");
  const workbook = new Excel.Workbook();
  workbook.creator = "Hệ thống quản lý khuyến công";
  const sheet = workbook.addWorksheet(DATA_SHEET, { views: [{ state: "frozen", ySplit: 1 }] });
  applyColumns(
    sheet,
    importColumns.map((c) => ({
      header: c.required ? `${c.headerVi}` : c.headerVi,
      kind: kindOf(c.kind),
      width: 22,
    })),
  );
  sheet.getRow(1).eachCell((cell, col) => {
    const column = importColumns[col - 1];
    cell.note = column ? `${column.required ? "Bắt buộc. " : ""}${column.noteVi}` : "";
  });
  // Text-like numbers stay text (leading zeros): tax code, codes, phone.
  for (const key of ["taxCode", "provinceCode", "communeCode", "phone", "vsicCodes"]) {
    const at = importColumns.findIndex((c) => c.key === key) + 1;
    if (at > 0) sheet.getColumn(at).numFmt = "@";
  }
  const lists = workbook.addWorksheet("Danh mục", { state: "hidden" });
  const listColumns: [string, readonly string[]][] = [
    ["legalForm", legalFormCodes],
    ["subjectClass", subjectClassCodes],
    ["boolean", ["Có", "Không"]],
  ];
  listColumns.forEach(([, values], col) => {
    values.forEach((value, row) => {
      lists.getCell(row + 1, col + 1).value = value;
    });
  });

  const range = (col: number, length: number) =>
    `'Danh mục'!$${String.fromCharCode(65 + col)}$1:$${String.fromCharCode(65 + col)}$${length}`;
  importColumns.forEach((column, index) => {
    const source =
      column.key === "legalForm"
        ? range(0, legalFormCodes.length)
        : column.key === "subjectClass"
          ? range(1, subjectClassCodes.length)
          : column.kind === "boolean"
            ? range(2, 2)
            : null;
    if (!source) return;
    const letter = sheet.getColumn(index + 1).letter;
    // One range-wide validation (not cell by cell), bounded to the rows a template is meant for.
    (
      sheet as unknown as { dataValidations: { add: (ref: string, v: ExcelJS.DataValidation) => void } }
    ).dataValidations.add(`${letter}2:${letter}${VALIDATED_ROWS + 1}`, {
      type: "list",
      allowBlank: true,
      formulae: [source],
      showErrorMessage: true,
      errorTitle: column.headerVi,
      error: "Chọn một giá trị trong danh sách",
    });
  });
  addCommuneSheet(workbook, sheet, communes);
  const help = workbook.addWorksheet("Hướng dẫn");
  help.columns = [
    { header: "Cột", width: 34 },
    { header: "Bắt buộc", width: 10 },
    { header: "Ví dụ", width: 26 },
    { header: "Cách nhập", width: 90 },
  ];
  help.getRow(1).font = { bold: true };
  for (const column of importColumns)
    help.addRow([column.headerVi, column.required ? "Có" : "", column.exampleVi, column.noteVi]);
  help.addRow([]);
  help.addRow(["Loại hình", "", "", legalFormCodes.map((c) => `${c}: ${legalFormLabels[c]}`).join("; ")]);
  help.addRow([
    "Đối tượng",
    "",
    "",
    subjectClassCodes.map((c) => `${c}: ${subjectClassLabels[c]}`).join("; "),
  ]);
  help.addRow([
    "Ngành nghề",
    "",
    "",
    eligibleIndustryCodes.map((c) => `${c}: ${eligibleIndustryLabels[c]}`).join("; "),
  ]);
  help.addRow([
    "Mã xã",
    "",
    "",
    `Trang "${COMMUNE_SHEET}" liệt kê các xã còn hiệu lực hôm nay của tỉnh bạn phụ trách (mã, tên, tỉnh, hiệu lực); cột Mã xã của trang dữ liệu có danh sách chọn từ trang này.`,
  ]);
  help.addRow([
    "Lưu ý",
    "",
    "",
    "Mỗi dòng một cơ sở. Cơ sở có mã số thuế đã có trong hệ thống sẽ được cập nhật, không tạo trùng. Tệp được kiểm tra toàn bộ trước khi ghi; có lỗi thì không ghi dòng nào, trừ khi bạn chọn chỉ nhập các dòng hợp lệ.",
  ]);
  help.getColumn(4).alignment = { wrapText: true, vertical: "top" };
  const meta = workbook.addWorksheet("_meta", { state: "veryHidden" });
  meta.getCell("A1").value = TEMPLATE_ID;
  meta.getCell("B1").value = TEMPLATE_VERSION;
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/**
 * The template built in an office worker: ExcelJS holds its thread for a second or more over the drop-down ranges
 * and a national list of communes, which on the main thread every other request would wait out.
 */
export const establishmentTemplateTask: OfficeTask<readonly TemplateCommune[], Uint8Array> = {
  name: "establishments.template",
  run: buildTemplate,
};

/**
 * The sheet of communes an import may name, and a drop-down on the data sheet's commune column that reads it.
 * The drop-down only warns (a code typed as a number in a text column would otherwise be refused by Excel for
 * nothing): the import checks every code against the communes in force anyway.
 */
function addCommuneSheet(
  workbook: ExcelJS.Workbook,
  dataSheet: ExcelJS.Worksheet,
  communes: readonly TemplateCommune[],
): void {
  const sheet = workbook.addWorksheet(COMMUNE_SHEET, { views: [{ state: "frozen", ySplit: 1 }] });
  applyColumns(sheet, [
    { header: "Mã xã", kind: "text", width: 10 },
    { header: "Tên xã", kind: "text", width: 30 },
    { header: "Mã tỉnh", kind: "text", width: 10 },
    { header: "Tỉnh, thành phố", kind: "text", width: 24 },
    { header: "Hiệu lực từ", kind: "text", width: 14 },
    { header: "Hiệu lực đến", kind: "text", width: 16 },
  ]);
  for (const column of [1, 3]) sheet.getColumn(column).numFmt = "@";
  for (const c of communes)
    sheet.addRow([
      cellFor("text", c.code),
      cellFor("text", c.name),
      cellFor("text", c.provinceCode),
      cellFor("text", c.provinceName),
      formatDate(c.validFrom),
      c.validTo ? formatDate(c.validTo) : "Còn hiệu lực",
    ]);
  const at = importColumns.findIndex((c) => c.key === "communeCode") + 1;
  if (at === 0 || communes.length === 0) return;
  const letter = dataSheet.getColumn(at).letter;
  (
    dataSheet as unknown as { dataValidations: { add: (ref: string, v: ExcelJS.DataValidation) => void } }
  ).dataValidations.add(`${letter}2:${letter}${VALIDATED_ROWS + 1}`, {
    type: "list",
    allowBlank: true,
    formulae: [`'${COMMUNE_SHEET}'!$A$2:$A$${communes.length + 1}`],
    showErrorMessage: true,
    errorStyle: "warning",
    errorTitle: "Mã xã",
    error: `Mã xã không có trong trang "${COMMUNE_SHEET}" (các xã còn hiệu lực của tỉnh). Vẫn giữ giá trị này?`,
  });
}
