/**
 * Vietnamese text handling shared by server, browser, imports and search: one folding function everywhere,
 * so that "dong thap", "ĐỒNG THÁP" and an NFD-encoded "Đồng Tháp" all find the same record (DESIGN.md).
 */

/** Canonical stored form: Unicode NFC with trimmed, single-spaced whitespace. */
export function normalizeText(value: string): string {
  return value.normalize("NFC").replace(/\s+/gu, " ").trim();
}

/** Text that is already folded: lower-case ASCII letters and digits in words separated by single spaces. */
const FOLDED = /^[a-z0-9]+(?: [a-z0-9]+)*$/u;

/**
 * Search key: lower case, no diacritics, đ → d, single spaces. Decomposes first so that precomposed and
 * combining forms fold identically, then drops every combining mark.
 */
export function foldForSearch(value: string): string {
  // Fast path: imports fold codes and numbers by the hundred thousand, most of them already folded.
  if (FOLDED.test(value)) return value;
  return value
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[đĐ]/gu, "d")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/**
 * The order of the Vietnamese alphabet, used to build sort keys: PGlite has no Vietnamese collation, so both
 * engines sort by this key column instead (DESIGN.md "Operating PGlite safely").
 */
const BASE_ORDER = "aăâbcdđeêghiklmnoôơpqrstuưvxyfjwz";
const TONE_ORDER = ["", "\u0300", "\u0309", "\u0303", "\u0301", "\u0323"]; // ngang, huyền, hỏi, ngã, sắc, nặng

/** Sort key comparing by letters first (with ă, â, đ … in their own places), then by tones. */
export function vietnameseSortKey(value: string): string {
  const letters: string[] = [];
  const tones: string[] = [];
  for (const char of normalizeText(value).toLowerCase()) {
    const decomposed = char.normalize("NFD");
    const tone = [...decomposed].find((c) => TONE_ORDER.includes(c) && c !== "") ?? "";
    const withoutTone = [...decomposed].filter((c) => !TONE_ORDER.includes(c) || c === "").join("");
    const base = withoutTone.normalize("NFC");
    const index = BASE_ORDER.indexOf(base);
    letters.push(index >= 0 ? String.fromCharCode(0x61 + index) : base);
    tones.push(String(TONE_ORDER.indexOf(tone)));
  }
  return `${letters.join("")}|${tones.join("")}`;
}

/** True when the string is already NFC (used in CHECK constraints' mirror and validators). */
export function isNfc(value: string): boolean {
  return value === value.normalize("NFC");
}
