import { z } from "zod";
import { isIsoDate } from "./format";
import { normalizeText } from "./text";
import { normalizeMultilineText, type TextInputKind, textInputMessage, textInputProblem } from "./text-input";

/**
 * The zod builders every request schema uses for text, ids and dates (path params, query strings and bodies;
 * the forms reuse them), so one field type is checked by one rule everywhere (`text-input.ts`). Text leaves a
 * schema as NFC with trimmed, single spaces (line breaks kept for multi-line text): the schema is the trust
 * boundary where NFC is applied (RELIABILITY §5.3).
 */

export const inputLimits = {
  idMax: 64,
  /** Business dates: anything before 1900 or after 2100 is a typing slip (and year 0 does not exist in SQL). */
  dateMin: "1900-01-01",
  dateMax: "2100-12-31",
} as const;

/**
 * Normalisation may shorten a text (NFD → NFC, runs of spaces), so the limit on the text as received is looser
 * than the field's; it only stops a megabyte string before the rule and the normalisation walk it.
 */
const rawMax = (max: number) => max * 4 + 64;

/** Text of one field under the shared rule. `min` counts characters after normalisation. */
export function textSchema(options: { labelVi: string; max: number; min?: number; kind?: TextInputKind }) {
  const { labelVi, max, min = 0, kind = "name" } = options;
  return z
    .string({ error: `${labelVi} phải là chuỗi ký tự` })
    .max(rawMax(max), { message: `${labelVi} không được quá ${max} ký tự`, abort: true })
    .superRefine((value, ctx) => {
      const problem = textInputProblem(value, kind);
      if (problem)
        ctx.addIssue({ code: "custom", message: textInputMessage(problem, labelVi), continue: false });
    })
    .overwrite(kind === "multiline" ? normalizeMultilineText : normalizeText)
    .min(min, min === 1 ? `${labelVi} không được để trống` : `${labelVi} phải có ít nhất ${min} ký tự`)
    .max(max, `${labelVi} không được quá ${max} ký tự`);
}

/** Required single-line text: names, titles, document numbers (no invisible characters). */
export function requiredTextSchema(max: number, labelVi: string) {
  return textSchema({ labelVi, max, min: 1, kind: "name" });
}

/** Required multi-line text. */
export function requiredMultilineSchema(max: number, labelVi: string) {
  return textSchema({ labelVi, max, min: 1, kind: "multiline" });
}

/** Free text that may be empty (notes, summaries); tabs and line breaks fold into spaces. */
export function freeTextSchema(max: number, labelVi: string) {
  return textSchema({ labelVi, max, kind: "text" });
}

/** An optional name-like field where an empty text means "none": "" → null. */
export function nullableNameSchema(max: number, labelVi: string) {
  return textSchema({ labelVi, max, kind: "name" })
    .nullable()
    .transform((value) => (value === "" ? null : value));
}

/** Search words of a list's `q` parameter. */
export function searchTextSchema(max: number) {
  return textSchema({ labelVi: "Từ khóa tìm kiếm", max, kind: "text" });
}

/**
 * Ids of records as the server issues them (uuids, "P34-82", "XA-28249-2025-07-01", "KCQG_TT_28_2018_BTC") and
 * codes a user picks for a record: visible ASCII letters, digits and `. _ : -`, so a path or query id can never
 * carry NUL, a control, a space or a look-alike letter.
 */
const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:-]*$/u;

export function idSchema(labelVi = "Mã định danh", max: number = inputLimits.idMax) {
  return z
    .string({ error: `${labelVi} phải là chuỗi ký tự` })
    .trim()
    .min(1, `Chưa chọn ${labelVi.toLowerCase()}`)
    .max(max, { message: `${labelVi} không được quá ${max} ký tự`, abort: true })
    .regex(ID_PATTERN, `${labelVi} chỉ gồm chữ cái không dấu, chữ số và các dấu . _ : -`);
}

/**
 * A short code a person types, such as a support norm's point of a legal article ("b1", "đ", "g.2"): letters of
 * any script (NFC), digits and `. _ : / -`, no spaces and nothing invisible.
 */
const CODE_PATTERN = /^[\p{L}\p{N}][\p{L}\p{M}\p{N}._:/-]*$/u;

export function codeSchema(labelVi: string, max: number) {
  return textSchema({ labelVi, max, min: 1, kind: "name" }).regex(
    CODE_PATTERN,
    `${labelVi} chỉ gồm chữ, số và các dấu . _ : / - (không có dấu cách)`,
  );
}

/** A business date, YYYY-MM-DD, between 1900 and 2100. */
export function isoDateSchema(labelVi = "Ngày") {
  const message = `${labelVi} phải là ngày có thật dạng YYYY-MM-DD, từ năm 1900 đến năm 2100`;
  return z
    .string({ error: message })
    .max(10, { message, abort: true })
    .refine(
      (value) => isIsoDate(value) && value >= inputLimits.dateMin && value <= inputLimits.dateMax,
      message,
    )
    .describe("Ngày, dạng YYYY-MM-DD (1900–2100)");
}
