import {
  type CellResult,
  parseDongCell,
  parseIntegerCell,
  parsePercentCell,
} from "../establishments/import-cells";
import { foldForSearch } from "../text";
import { checkBoothInput, WHOLE_BOOTHS_MAX } from "./booth-input";
import { tradePromotionLimits } from "./trade-promotion.input";

/**
 * The host's confirmed booth-holder list as officers fill it (issue 15 item 2): one row per establishment, found
 * by tax code, else by name and commune. Headers are matched without diacritics or case, so "Mã số thuế" and
 * "MA SO THUE" both work; percentages are typed as 80 or 80 %, money as 12.000.000.
 */
export const participantImportColumns = [
  { key: "stt", headerVi: "STT", required: false, noteVi: "Số thứ tự (không bắt buộc)" },
  { key: "name", headerVi: "Tên cơ sở", required: true, noteVi: "Tên như trong sổ đăng ký cơ sở" },
  { key: "taxCode", headerVi: "Mã số thuế", required: false, noteVi: "Tìm cơ sở theo mã số thuế trước" },
  { key: "commune", headerVi: "Xã, phường", required: false, noteVi: "Cần khi không có mã số thuế" },
  { key: "wholeBooths", headerVi: "Số gian tiêu chuẩn", required: false, noteVi: "Số nguyên ≥ 0" },
  { key: "sharedBoothKey", headerVi: "Mã gian hàng chung", required: false, noteVi: "Khi dùng chung gian" },
  { key: "sharedBoothPct", headerVi: "Phần chia gian chung (%)", required: false, noteVi: "Ví dụ 50" },
  { key: "boothRent", headerVi: "Tiền thuê gian hàng (đồng)", required: true, noteVi: "Ví dụ 12.000.000" },
  {
    key: "otherListedCosts",
    headerVi: "Chi phí khác (đồng)",
    required: false,
    noteVi: "Chỉ hội chợ ở nước ngoài",
  },
  {
    key: "approvedPrice",
    headerVi: "Giá được duyệt (đồng)",
    required: false,
    noteVi: "Chỉ hội chợ ở nước ngoài",
  },
  { key: "supportPct", headerVi: "Tỷ lệ hỗ trợ (%)", required: false, noteVi: "Bỏ trống: mức của định mức" },
  { key: "supportAmount", headerVi: "Số tiền hỗ trợ (đồng)", required: false, noteVi: "Bỏ trống: mức trần" },
  { key: "projectCode", headerVi: "Mã đề án chi trả", required: false, noteVi: "Không bắt buộc" },
  { key: "productsShown", headerVi: "Sản phẩm trưng bày", required: false, noteVi: "" },
] as const;

export type ParticipantImportKey = (typeof participantImportColumns)[number]["key"];

/** Other spellings accepted for a header (the acceptance export's short headers among them). */
const aliases: Record<string, ParticipantImportKey> = {
  "co so": "name",
  "ten co so": "name",
  mst: "taxCode",
  xa: "commune",
  "xa phuong": "commune",
  "so gian": "wholeBooths",
  "tien thue": "boothRent",
  "ty le ho tro": "supportPct",
  "so tien ho tro": "supportAmount",
};

const headerKey = (header: string) =>
  foldForSearch(header)
    .replace(/[^a-z0-9 ]/g, " ")
    .replace(/\s+/g, " ")
    .trim();

/** Column index of each known key; unknown headers are ignored, missing required ones reported. */
export function mapParticipantHeader(header: readonly string[]): {
  columns: Partial<Record<ParticipantImportKey, number>>;
  missing: string[];
} {
  const byHeader = new Map<string, ParticipantImportKey>();
  for (const column of participantImportColumns) byHeader.set(headerKey(column.headerVi), column.key);
  for (const [alias, key] of Object.entries(aliases)) byHeader.set(alias, key);
  const columns: Partial<Record<ParticipantImportKey, number>> = {};
  header.forEach((text, index) => {
    const key = byHeader.get(headerKey(text));
    if (key && columns[key] === undefined) columns[key] = index;
  });
  const missing = participantImportColumns
    .filter((c) => c.required && columns[c.key] === undefined)
    .map((c) => c.headerVi);
  return { columns, missing };
}

export type ParticipantRowProblem = { row: number; column: string; code: string; message: string };

export type ParsedParticipantRow = {
  row: number;
  name: string;
  foldedName: string;
  taxCode: string | null;
  foldedCommune: string | null;
  wholeBooths: number;
  sharedBoothKey: string | null;
  sharedBoothShareBps: number | null;
  boothRent: bigint;
  otherListedCosts: bigint;
  approvedPrice: bigint | null;
  /** Null: take the norm's share. */
  supportShareBps: number | null;
  /** Null: take the cap. */
  supportAmount: bigint | null;
  projectCode: string | null;
  productsShown: string;
};

/** "Phường Mỹ Tho", "P. Mỹ Tho" and "my tho" name one commune: the kind word in front is dropped. */
export function foldCommuneName(name: string): string {
  return foldForSearch(name)
    .replace(/^(xa|phuong|thi tran|dac khu|p|x|tt) /u, "")
    .trim();
}

/**
 * A tax code has 10 digits (13 with a branch suffix) and most start with 0; a spreadsheet that took it for a
 * number dropped that zero, leaving 9 (or 12) digits no tax code has, so the zero is put back.
 */
export function restoreLeadingZero(taxCode: string): string {
  return /^\d{9}$/u.test(taxCode) || /^\d{9}-\d{3}$/u.test(taxCode) ? `0${taxCode}` : taxCode;
}

const headerOf = (key: ParticipantImportKey) =>
  participantImportColumns.find((c) => c.key === key)?.headerVi ?? key;

/** One row's cells to typed values, or every problem of the row against its column. */
export function parseParticipantRow(
  rowNumber: number,
  cells: readonly string[],
  columns: Partial<Record<ParticipantImportKey, number>>,
): { ok: true; value: ParsedParticipantRow } | { ok: false; problems: ParticipantRowProblem[] } {
  const problems: ParticipantRowProblem[] = [];
  const cell = (key: ParticipantImportKey) => {
    const at = columns[key];
    return at === undefined ? "" : (cells[at] ?? "").trim();
  };
  const problem = (key: ParticipantImportKey, code: string, message: string) =>
    problems.push({ row: rowNumber, column: headerOf(key), code, message });
  function take<T>(key: ParticipantImportKey, parse: (text: string) => CellResult<T>): T | null {
    const text = cell(key);
    if (text === "") return null;
    const result = parse(text);
    if (!result.ok) {
      problem(key, result.code, result.messageVi);
      return null;
    }
    return result.value;
  }

  const name = cell("name");
  if (name === "") problem("name", "REQUIRED", "Thiếu tên cơ sở");
  if (name.length > tradePromotionLimits.nameMax) problem("name", "TOO_LONG", "Tên cơ sở quá dài");
  const taxCode = restoreLeadingZero(cell("taxCode").replace(/\s/g, "")) || null;
  const commune = cell("commune");
  if (!taxCode && commune === "")
    problem("commune", "REQUIRED", "Cần mã số thuế, hoặc tên cơ sở kèm xã, phường để tìm cơ sở");
  const wholeText = cell("wholeBooths");
  const shareWholePct = take("sharedBoothPct", parsePercentCell);
  const sharedBoothKey = cell("sharedBoothKey") || null;
  // A fractional booth count is refused by name, as the form does: shared booths go in their own columns.
  let wholeBooths: unknown = 0;
  if (wholeText !== "") {
    const integer = parseIntegerCell(wholeText, 0, WHOLE_BOOTHS_MAX);
    wholeBooths = integer.ok ? integer.value : Number(wholeText.replace(",", "."));
    if (!integer.ok && !Number.isFinite(wholeBooths as number)) wholeBooths = wholeText;
  }
  const sharedBoothShareBps = shareWholePct === null ? null : Math.round(shareWholePct * 100);
  for (const booth of checkBoothInput({ wholeBooths, sharedBoothKey, sharedBoothShareBps })) {
    const key: ParticipantImportKey =
      booth.field === "wholeBooths"
        ? "wholeBooths"
        : booth.field === "sharedBoothKey"
          ? "sharedBoothKey"
          : "sharedBoothPct";
    problem(key, "INVALID", booth.messageVi);
  }
  if (sharedBoothKey && sharedBoothKey.length > tradePromotionLimits.sharedBoothKeyMax)
    problem("sharedBoothKey", "TOO_LONG", "Mã gian hàng chung quá dài");
  const rent = take("boothRent", parseDongCell);
  if (cell("boothRent") === "") problem("boothRent", "REQUIRED", "Thiếu tiền thuê gian hàng");
  const other = take("otherListedCosts", parseDongCell);
  const approved = take("approvedPrice", parseDongCell);
  const supportPct = take("supportPct", parsePercentCell);
  const amount = take("supportAmount", parseDongCell);
  const products = cell("productsShown");
  if (products.length > tradePromotionLimits.textMax)
    problem("productsShown", "TOO_LONG", "Mô tả sản phẩm quá dài");
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    value: {
      row: rowNumber,
      name,
      foldedName: foldForSearch(name),
      taxCode,
      foldedCommune: commune === "" ? null : foldCommuneName(commune),
      wholeBooths: wholeBooths as number,
      sharedBoothKey,
      sharedBoothShareBps,
      boothRent: BigInt(rent ?? "0"),
      otherListedCosts: BigInt(other ?? "0"),
      approvedPrice: approved === null ? null : BigInt(approved),
      supportShareBps: supportPct === null ? null : Math.round(supportPct * 100),
      supportAmount: amount === null ? null : BigInt(amount),
      projectCode: cell("projectCode") || null,
      productsShown: products,
    },
  };
}
