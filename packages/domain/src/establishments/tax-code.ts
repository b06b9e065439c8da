import { normalizeText } from "../text";
import { establishmentLimits } from "./establishment.constants";

/**
 * Tax codes (mã số thuế, which is also the enterprise code — mã số doanh nghiệp) and business registration
 * numbers. Both are text, never numbers: leading zeros are significant and Excel drops them (RELIABILITY §5.5).
 *
 * Accepted shapes:
 * - 10 digits: an enterprise, cooperative or other organisation;
 * - 13 characters `NNNNNNNNNN-NNN`: a branch or dependent unit (the parent's 10 digits + a 3-digit suffix);
 *   13 bare digits are read as the same thing and normalised with the hyphen;
 * - 12 digits: the personal identification number (số định danh cá nhân, printed on the citizen ID card),
 *   which ❓ household businesses and individuals use as their tax code from 1 July 2025 (recalled as Circular
 *   86/2024/TT-BTC; not confirmed in our sources). We accept it but do not tie it to a legal form here.
 */
export type TaxCodeKind = "ENTERPRISE" | "BRANCH" | "PERSONAL_ID";

export type TaxCodeResult =
  | { ok: true; value: string; kind: TaxCodeKind; warningsVi: string[] }
  | { ok: false; errorVi: string };

export type BusinessRegistrationResult = { ok: true; value: string } | { ok: false; errorVi: string };

/**
 * 🟡 Check-digit weights of the 10-digit code: check = 10 − (Σ dᵢ·wᵢ mod 11). Seen in third-party material
 * only, so a mismatch is a warning and never blocks a save. It does hold for well-known published codes
 * (0100109106, 0300588569, 0101248141), which the tests use.
 */
const CHECK_WEIGHTS = [31, 29, 23, 19, 17, 13, 7, 5, 3] as const;

/** The check digit the first nine digits call for, or null when no digit can satisfy the rule (Σ mod 11 = 0). */
export function taxCodeCheckDigit(firstNine: string): number | null {
  let sum = 0;
  CHECK_WEIGHTS.forEach((weight, index) => {
    sum += Number(firstNine[index]) * weight;
  });
  const check = 10 - (sum % 11);
  return check === 10 ? null : check;
}

const SEPARATORS = /[\s.]/gu;
const DASHES = /[\u2010-\u2015\u2212]/gu;
const FORMAT_HINT =
  "Mã số thuế phải có 10 chữ số (doanh nghiệp, hợp tác xã), 13 ký tự dạng NNNNNNNNNN-NNN (chi nhánh) " +
  "hoặc 12 chữ số (số định danh cá nhân của hộ kinh doanh)";

function checkDigitWarnings(tenDigits: string): string[] {
  const expected = taxCodeCheckDigit(tenDigits.slice(0, 9));
  if (expected === null) {
    return [`Mã số thuế ${tenDigits} không thể có chữ số kiểm tra hợp lệ — đề nghị kiểm tra lại`];
  }
  if (Number(tenDigits[9]) !== expected) {
    return [
      `Chữ số kiểm tra của mã số thuế ${tenDigits} không khớp (theo quy tắc tính là ${expected}) — ` +
        "đề nghị kiểm tra lại; quy tắc này chưa được xác nhận nên dữ liệu vẫn được lưu",
    ];
  }
  return [];
}

/** Parses a tax code as typed or imported: strips spaces and dots, keeps leading zeros. */
export function parseTaxCode(text: string): TaxCodeResult {
  // NFKC turns full-width digits (from some IMEs) into ASCII ones; typographic dashes become "-".
  const compact = text.normalize("NFKC").replace(SEPARATORS, "").replace(DASHES, "-");
  if (compact === "") return { ok: false, errorVi: "Chưa nhập mã số thuế" };
  if (!/^[0-9-]+$/u.test(compact)) {
    return { ok: false, errorVi: "Mã số thuế chỉ gồm chữ số (và một dấu gạch ngang ở mã chi nhánh)" };
  }

  const branch = /^(\d{10})-?(\d{3})$/u.exec(compact);
  if (branch) {
    const [, parent = "", suffix = ""] = branch;
    const warningsVi = checkDigitWarnings(parent);
    // ❓ Suffixes are recalled to run 001–999; 000 is flagged, not refused.
    if (suffix === "000") warningsVi.push("Ba số cuối của mã chi nhánh thường từ 001 đến 999 — kiểm tra lại");
    return { ok: true, value: `${parent}-${suffix}`, kind: "BRANCH", warningsVi };
  }
  if (/^\d{10}$/u.test(compact)) {
    return { ok: true, value: compact, kind: "ENTERPRISE", warningsVi: checkDigitWarnings(compact) };
  }
  if (/^\d{12}$/u.test(compact)) {
    // ❓ The first three digits are the province-of-birth code (001–096), so a personal number starts with 0.
    const warningsVi = compact.startsWith("0")
      ? []
      : ["Số định danh cá nhân thường bắt đầu bằng mã tỉnh 001–096 — kiểm tra lại"];
    return { ok: true, value: compact, kind: "PERSONAL_ID", warningsVi };
  }

  const digits = compact.replaceAll("-", "");
  if (digits.length === 9 || digits.length === 11) {
    return {
      ok: false,
      errorVi:
        `Mã số thuế có ${digits.length} chữ số — có thể đã mất số 0 ở đầu khi nhập từ Excel ` +
        "(hãy định dạng ô là Văn bản). " +
        FORMAT_HINT,
    };
  }
  return { ok: false, errorVi: FORMAT_HINT };
}

/**
 * Business registration number (số giấy chứng nhận đăng ký kinh doanh / hộ kinh doanh): its format varied by
 * period and province (e.g. "01A8001234" for a household business), so only the character set and the length
 * are checked. NFC, trimmed, inner spaces collapsed.
 */
export function parseBusinessRegistrationNumber(text: string): BusinessRegistrationResult {
  const value = normalizeText(text);
  const max = establishmentLimits.businessRegNoMax;
  if (value === "") return { ok: false, errorVi: "Chưa nhập số đăng ký kinh doanh" };
  if (value.length > max) {
    return { ok: false, errorVi: `Số đăng ký kinh doanh không được quá ${max} ký tự` };
  }
  if (!/^[\p{L}\p{N}][\p{L}\p{N} ./-]*$/u.test(value)) {
    return { ok: false, errorVi: "Số đăng ký kinh doanh chỉ gồm chữ, số và các dấu . - /" };
  }
  return { ok: true, value };
}
