import type { z } from "zod";
import {
  eligibleIndustryCodes,
  eligibleIndustryLabels,
  establishmentLimits as L,
  legalFormCodes,
  legalFormLabels,
  subjectClassCodes,
  subjectClassLabels,
} from "./establishment.constants";
import {
  addressTextSchema,
  businessRegNoSchema,
  emailSchema,
  establishmentNameSchema,
  phoneSchema,
  requiredMultilineSchema,
  requiredTextSchema,
  vsicCodeSchema,
} from "./establishment.fields";
import {
  type CellResult,
  type ImportIssueCode,
  parseBooleanCell,
  parseDongCell,
  parseEnumCell,
  parseIntegerCell,
  parsePercentCell,
  splitListCell,
} from "./import-cells";
import {
  type ImportCells,
  type ImportColumnKey,
  type ImportIssue,
  type ImportRowResult,
  importColumns,
} from "./import-columns";
import { detectLegacyEncoding } from "./legacy-encoding";
import { parseTaxCode } from "./tax-code";

/**
 * Reads one row of the establishment spreadsheet by the column definition of import-columns.ts, with the same
 * field schemas as the API (STYLE.md rule 3). Every bad cell is reported against its Vietnamese header; the
 * commune is checked only for shape — whether it exists at the import date is the server's question.
 */

const headers = new Map<string, string>(importColumns.map((column) => [column.key, column.headerVi]));
const TEXT_KEYS = new Set<string>(["name", "ownerName", "addressText", "mainProducts", "businessRegNo"]);
const YEAR_KEYS = [
  "employees",
  "totalCapital",
  "totalAssets",
  "revenue",
  "localMaterialSharePct",
  "hasExportContract",
  "cnhtProduct",
] as const;

const ownerNameSchema = requiredTextSchema(L.ownerNameMax, "Tên chủ cơ sở");
const mainProductsSchema = requiredMultilineSchema(L.mainProductsMax, "Sản phẩm chính");

function viaSchema<T>(schema: z.ZodType<T>, raw: string): CellResult<T> {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return { ok: true, value: parsed.data };
  const issue = parsed.error.issues[0];
  return {
    ok: false,
    code: issue?.code === "too_big" ? "TOO_LONG" : "INVALID",
    messageVi: issue?.message ?? "Không hợp lệ",
  };
}

function adminCode(raw: string, width: number, labelVi: string): CellResult<string> {
  const digits = raw.trim();
  if (!new RegExp(`^\\d{1,${width}}$`, "u").test(digits)) {
    return { ok: false, code: "INVALID", messageVi: `${labelVi} gồm ${width} chữ số` };
  }
  return { ok: true, value: digits.padStart(width, "0") };
}

/** Parses one row; a row with any error has no value, so nothing half-valid reaches the database. */
export function parseImportRow(cells: ImportCells): ImportRowResult {
  const errors: ImportIssue[] = [];
  const warnings: ImportIssue[] = [];
  const column = (key: ImportColumnKey) => headers.get(key) ?? key;
  const raw = (key: ImportColumnKey) => cells[key] ?? "";
  const warn = (key: ImportColumnKey, code: ImportIssueCode, messageVi: string) =>
    warnings.push({ column: column(key), code, messageVi });

  function take<T>(key: ImportColumnKey, parse: (text: string) => CellResult<T>): T | undefined {
    const text = raw(key);
    if (text.trim() === "") {
      const required = importColumns.find((c) => c.key === key)?.required ?? false;
      if (required) errors.push({ column: column(key), code: "REQUIRED", messageVi: "Bắt buộc nhập" });
      return undefined;
    }
    if (TEXT_KEYS.has(key)) {
      const legacy = detectLegacyEncoding(text);
      if (legacy)
        warn(key, "LEGACY_ENCODING", `Có thể là chữ mã ${legacy}; hãy chuyển sang Unicode trước khi nhập`);
    }
    const parsed = parse(text);
    if (parsed.ok) return parsed.value;
    errors.push({ column: column(key), code: parsed.code, messageVi: parsed.messageVi });
    return undefined;
  }

  function list<T>(
    key: ImportColumnKey,
    max: number,
    parseItem: (item: string) => CellResult<T>,
  ): T[] | undefined {
    return take(key, (text): CellResult<T[]> => {
      const values: T[] = [];
      const bad: string[] = [];
      for (const item of splitListCell(text)) {
        const parsed = parseItem(item);
        if (parsed.ok) values.push(parsed.value);
        else bad.push(item);
      }
      if (bad.length > 0) {
        const sample = parseItem(bad[0] ?? "");
        const detail = sample.ok ? "" : `: ${sample.messageVi}`;
        return { ok: false, code: "UNKNOWN_VALUE", messageVi: `Không hợp lệ: ${bad.join(", ")}${detail}` };
      }
      const unique = [...new Set(values)];
      if (unique.length < values.length) warn(key, "DUPLICATE", "Có giá trị bị lặp, đã bỏ bản trùng");
      if (unique.length > max) return { ok: false, code: "TOO_MANY", messageVi: `Tối đa ${max} giá trị` };
      return { ok: true, value: unique };
    });
  }

  const name = take("name", (t) => viaSchema(establishmentNameSchema, t));
  const legalForm = take("legalForm", (t) => parseEnumCell(t, legalFormCodes, legalFormLabels));
  const subjectClass = take("subjectClass", (t) => parseEnumCell(t, subjectClassCodes, subjectClassLabels));
  const taxCode = take("taxCode", (t): CellResult<string> => {
    const parsed = parseTaxCode(t);
    if (!parsed.ok) return { ok: false, code: "INVALID", messageVi: parsed.errorVi };
    for (const message of parsed.warningsVi) warn("taxCode", "CHECK_DIGIT", message);
    return { ok: true, value: parsed.value };
  });
  const businessRegNo = take("businessRegNo", (t) => viaSchema(businessRegNoSchema, t));
  const ownerName = take("ownerName", (t) => viaSchema(ownerNameSchema, t));
  const padded = (key: "provinceCode" | "communeCode", width: number, labelVi: string) =>
    take(key, (t) => {
      const parsed = adminCode(t, width, labelVi);
      if (parsed.ok && parsed.value !== t.trim())
        warn(key, "PADDED", `Đã thêm số 0 ở đầu: ${t.trim()} → ${parsed.value}`);
      return parsed;
    });
  const provinceCode = padded("provinceCode", 2, "Mã tỉnh");
  const communeCode = padded("communeCode", 5, "Mã xã");
  const addressText = take("addressText", (t) => viaSchema(addressTextSchema, t));
  const industries = list("industries", L.industriesMax, (item) =>
    parseEnumCell(item, eligibleIndustryCodes, eligibleIndustryLabels),
  );
  const vsicCodes = list("vsicCodes", L.vsicCodesMax, (item) => viaSchema(vsicCodeSchema, item));
  const mainProducts = take("mainProducts", (t) => viaSchema(mainProductsSchema, t));
  const phone = take("phone", (t) => viaSchema(phoneSchema, t));
  const email = take("email", (t) => viaSchema(emailSchema, t));

  const year = take("year", (t) => parseIntegerCell(t, L.yearMin, L.yearMax));
  const figures = {
    employees: take("employees", (t) => parseIntegerCell(t, 0, L.employeesMax)),
    totalCapital: take("totalCapital", parseDongCell),
    totalAssets: take("totalAssets", parseDongCell),
    revenue: take("revenue", parseDongCell),
    localMaterialSharePct: take("localMaterialSharePct", parsePercentCell),
    hasExportContract: take("hasExportContract", parseBooleanCell),
    cnhtProduct: take("cnhtProduct", parseBooleanCell),
  };
  const hasFigures = YEAR_KEYS.some((key) => raw(key).trim() !== "");
  if (hasFigures && raw("year").trim() === "") {
    errors.push({
      column: column("year"),
      code: "REQUIRED",
      messageVi: "Cần nhập Năm số liệu khi có số liệu theo năm",
    });
  }

  // Every required cell yielded a value when there is no error; the checks below only narrow the types.
  if (errors.length > 0 || !name || !legalForm || !subjectClass || !provinceCode || !communeCode)
    return { errors, warnings };
  if (!addressText || !industries || !mainProducts) return { errors, warnings };
  const definedFigures: Partial<typeof figures> = Object.fromEntries(
    Object.entries(figures).filter(([, value]) => value !== undefined),
  );
  return {
    value: {
      name,
      legalForm,
      subjectClass,
      taxCode: taxCode ?? null,
      businessRegNo: businessRegNo ?? null,
      ownerName: ownerName ?? null,
      provinceCode,
      communeCode,
      addressText,
      sites: [],
      industries,
      vsicCodes: vsicCodes ?? [],
      mainProducts,
      phone: phone ?? null,
      email: email ?? null,
      yearData: year === undefined ? [] : [{ year, ...definedFigures }],
    },
    errors,
    warnings,
  };
}
