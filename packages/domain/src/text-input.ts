/**
 * The one rule for text that comes in from outside (API bodies, query strings, path ids, forms, imports). It is
 * checked on the text as received, before normalisation, so that nothing the rule refuses can be hidden by the
 * normalisation itself (a BOM is white space to `\s`, and would otherwise become a plain space).
 *
 * Why each refusal: PostgreSQL refuses U+0000 in text and jsonb; an unpaired surrogate cannot be encoded as UTF-8,
 * so PostgreSQL and the audit row's jsonb refuse it too; other C0/C1 controls corrupt exports and logs;
 * bidirectional overrides reorder what a reader sees ("Trojan source"); zero-width characters and the BOM make two
 * names look identical while they differ, and an invisible-only name identifies nothing.
 */

/**
 * - `name`: names, titles, numbers and codes typed by people — one line, no invisible formatting characters, and
 *   at least one visible letter, digit or sign.
 * - `text`: free text kept on one line (notes, summaries, search words); tabs and line breaks are white space
 *   that normalisation folds into a single space.
 * - `multiline`: free text that keeps its line breaks (a product list, one product per line).
 */
export type TextInputKind = "name" | "text" | "multiline";

export type TextInputProblem =
  | "UNPAIRED_SURROGATE"
  | "NUL"
  | "CONTROL"
  | "BIDI_CONTROL"
  | "INVISIBLE_FORMAT"
  | "INVISIBLE_ONLY";

/** A UTF-16 surrogate without its partner (JSON's "\ud800" escape produces one). */
const UNPAIRED_SURROGATE = /\p{Cs}/u; // in Unicode mode a paired surrogate is one code point, never Cs
/** C0 and C1 controls and DEL. */
const CONTROL = /\p{Cc}/u;
/** C0/C1 controls other than the tab and line breaks that free text may carry. */
const CONTROL_EXCEPT_WHITESPACE = /[^\P{Cc}\t\n\r]/u;
/** Embeddings and overrides U+202A–U+202E, isolates U+2066–U+2069. */
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/u;
/**
 * Format characters (zero-width space, joiners, BOM, soft hyphen, bidi marks, tags …) and the filler letters
 * that render as nothing (Hangul fillers U+115F, U+1160, U+3164, U+FFA0, braille blank U+2800).
 */
const INVISIBLE_FORMAT = /[\p{Cf}\u115F\u1160\u3164\uFFA0\u2800]/u;
/** Something a reader can see: a letter, digit, punctuation or symbol that is not a filler. */
const VISIBLE = /[\p{L}\p{N}\p{P}\p{S}]/u;

const messages: Record<TextInputProblem, string> = {
  UNPAIRED_SURROGATE: "chứa ký tự Unicode không hợp lệ (nửa cặp thay thế UTF-16)",
  NUL: "chứa ký tự NUL (U+0000) không hợp lệ",
  CONTROL: "chứa ký tự điều khiển không hợp lệ",
  BIDI_CONTROL: "chứa ký tự điều khiển hướng chữ (U+202A–U+202E, U+2066–U+2069) không được phép",
  INVISIBLE_FORMAT: "chứa ký tự vô hình (khoảng trắng độ rộng 0, BOM, …) không được phép",
  INVISIBLE_ONLY: "phải có ít nhất một chữ, số hoặc ký hiệu nhìn thấy được",
};

/** The first problem of a text as received, or null when the rule accepts it. */
export function textInputProblem(value: string, kind: TextInputKind): TextInputProblem | null {
  if (UNPAIRED_SURROGATE.test(value)) return "UNPAIRED_SURROGATE";
  if (value.includes("\u0000")) return "NUL";
  if ((kind === "name" ? CONTROL : CONTROL_EXCEPT_WHITESPACE).test(value)) return "CONTROL";
  if (BIDI_CONTROL.test(value)) return "BIDI_CONTROL";
  if (kind === "name") {
    if (INVISIBLE_FORMAT.test(value)) return "INVISIBLE_FORMAT";
    // Only a non-empty name can be invisible; emptiness is the schema's min-length message.
    if (value.trim() !== "" && !hasVisibleCharacter(value)) return "INVISIBLE_ONLY";
  }
  return null;
}

function hasVisibleCharacter(value: string): boolean {
  for (const char of value) if (VISIBLE.test(char) && !INVISIBLE_FORMAT.test(char)) return true;
  return false;
}

/** The Vietnamese message of a problem, after the field's label: "Tên cơ sở chứa ký tự …". */
export function textInputMessage(problem: TextInputProblem, labelVi: string): string {
  return `${labelVi} ${messages[problem]}`;
}

/** Multi-line text keeps its line breaks (a product list is often one product per line). */
export function normalizeMultilineText(value: string): string {
  return value
    .normalize("NFC")
    .replace(/\r\n?/gu, "\n")
    .replace(/[^\S\n]+/gu, " ")
    .replace(/ ?\n ?/gu, "\n")
    .replace(/\n{3,}/gu, "\n\n")
    .trim();
}

/**
 * An uploaded file's name as the browser sent it, made safe to store, log and show. It is the client's word, not
 * input to refuse: NFC; unpaired surrogates, controls (NUL included), bidirectional controls ("exe.pdf" spoofing),
 * invisible format characters and path separators each become "_"; at most 200 characters; `fallback` when
 * nothing is left.
 */
export function safeFileName(name: string, fallback: string): string {
  const safe = name
    .replace(/\p{Cs}/gu, "_")
    .normalize("NFC")
    .replace(/[\\/\p{Cc}\p{Cf}\u202A-\u202E\u2066-\u2069]/gu, "_")
    .trim();
  return Array.from(safe).slice(0, 200).join("") || fallback;
}
