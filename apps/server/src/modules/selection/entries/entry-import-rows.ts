import {
  type EntryInput,
  entryInputSchema,
  foldForSearch,
  type ProductGroup,
  parseTaxCode,
  productGroupCodes,
  productGroupLabels,
} from "@kc/domain";
import type { Table } from "../../../platform/office/table-reader";

/**
 * The short list of Appendix 5 (danh sách sản phẩm đề nghị bình chọn) as a table: STT, product, establishment,
 * tax code, address, group. Headers are matched folded (no diacritics, any case) so "Tên sản phẩm" and
 * "TEN SAN PHAM" are the same column; the columns may come in any order, others are ignored.
 */
export const entryImportColumns = {
  position: { header: "STT", aliases: ["stt", "so thu tu"] },
  productName: { header: "Tên sản phẩm", aliases: ["ten san pham", "ten san pham, bo san pham", "san pham"] },
  establishmentName: { header: "Cơ sở", aliases: ["co so", "ten co so", "co so san xuat", "ten co so cnnt"] },
  taxCode: { header: "Mã số thuế", aliases: ["ma so thue", "mst"] },
  address: { header: "Địa chỉ", aliases: ["dia chi", "dia chi co so"] },
  productGroup: { header: "Nhóm", aliases: ["nhom", "nhom san pham"] },
  description: { header: "Mô tả", aliases: ["mo ta", "mo ta san pham", "ghi chu"] },
} as const;
export type ImportColumn = keyof typeof entryImportColumns;
const required: ImportColumn[] = ["productName", "establishmentName", "productGroup"];

export type ImportProblem = { row: number; column: string; message: string };
export type ParsedRow = {
  rowNumber: number;
  productName: string;
  establishmentName: string;
  taxCode: string | null;
  address: string;
  productGroup: ProductGroup | null;
  description: string;
};

/** Which cell holds which field; the missing required columns are the file's problems. */
export function mapColumns(header: readonly string[]) {
  const index = new Map<ImportColumn, number>();
  header.forEach((cell, i) => {
    const folded = foldForSearch(cell);
    for (const [key, column] of Object.entries(entryImportColumns) as [
      ImportColumn,
      (typeof entryImportColumns)[ImportColumn],
    ][]) {
      if (!index.has(key) && (column.aliases as readonly string[]).includes(folded)) index.set(key, i);
    }
  });
  const missing = required.filter((key) => !index.has(key)).map((key) => entryImportColumns[key].header);
  return { index, missing };
}

/** "G1", "1", "Nhóm 1" or the group's name ("Thủ công mỹ nghệ") all name group G1. */
export function parseGroup(text: string): ProductGroup | null {
  const folded = foldForSearch(text);
  const digit = /^(?:g|nhom\s*)?([1-4])$/u.exec(folded.replace(/\s+/gu, " ").trim());
  if (digit) return `G${digit[1]}` as ProductGroup;
  return productGroupCodes.find((code) => foldForSearch(productGroupLabels[code]) === folded) ?? null;
}

export function parseRows(table: Table, index: Map<ImportColumn, number>) {
  const cell = (cells: string[], key: ImportColumn) => {
    const i = index.get(key);
    return i === undefined ? "" : (cells[i] ?? "").trim();
  };
  const rows: ParsedRow[] = [];
  const problems: ImportProblem[] = [];
  for (const { rowNumber, cells } of table.rows) {
    const groupText = cell(cells, "productGroup");
    const productGroup = parseGroup(groupText);
    if (!productGroup)
      problems.push({
        row: rowNumber,
        column: "Nhóm",
        message: `Nhóm sản phẩm "${groupText}" không phải G1, G2, G3 hoặc G4`,
      });
    const taxText = cell(cells, "taxCode");
    const tax = taxText ? parseTaxCode(taxText) : null;
    if (tax && !tax.ok) problems.push({ row: rowNumber, column: "Mã số thuế", message: tax.errorVi });
    rows.push({
      rowNumber,
      productName: cell(cells, "productName"),
      establishmentName: cell(cells, "establishmentName"),
      taxCode: tax?.ok ? tax.value : null,
      address: cell(cells, "address"),
      productGroup,
      description: cell(cells, "description"),
    });
  }
  return { rows, problems };
}

/** The entry a row asks for once its establishment is found; field errors in the row's words. */
export function rowEntryInput(row: ParsedRow, establishmentId: string, lowerCertificateId: string | null) {
  const parsed = entryInputSchema.safeParse({
    establishmentId,
    productName: row.productName,
    productGroup: row.productGroup ?? "G4",
    description: row.description,
    lowerCertificateId,
  });
  if (parsed.success) return { input: parsed.data as EntryInput, problems: [] };
  return {
    input: null,
    problems: parsed.error.issues.map((issue) => ({
      row: row.rowNumber,
      column: issue.path[0] === "description" ? "Mô tả" : "Tên sản phẩm",
      message: issue.message,
    })),
  };
}
