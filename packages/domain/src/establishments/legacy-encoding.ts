import { TCVN3_DECODE, TCVN3_ENCODE, VNI_DECODE, VNI_ENCODE } from "./legacy-tables";

/**
 * Detects and converts TCVN3 (ABC) and VNI-Windows text to Unicode NFC (RELIABILITY §5.4). The font name of the
 * cell is the reliable signal; without it, a word-level heuristic looks for words that are not Vietnamese as
 * they stand but become Vietnamese syllables once converted. Conversion is never silent: the import shows the
 * officer the text before and after.
 */

export type LegacyEncoding = "TCVN3" | "VNI";

export type ConvertOptions = {
  /** The text was set in a TCVN3 ".Vn…H" capitals font: the lower-case codes are drawn as capitals. */
  upperCase?: boolean;
};

/** ".VnTime", ".VnArialH" … → TCVN3; "VNI-Times", "VNI Helve" … → VNI; anything else → null. */
export function encodingOfFont(fontName: string | null | undefined): LegacyEncoding | null {
  const name = fontName?.trim() ?? "";
  if (/^\.vn/iu.test(name)) return "TCVN3";
  if (/^vni[-\s_]/iu.test(name)) return "VNI";
  return null;
}

/**
 * True for the TCVN3 capitals fonts (".VnTimeH", ".VnArialH" …), whose text must be upper-cased. ❓ Recognised
 * by the capital "H" that ends the ABC capitals font names; no official list of those names was available.
 */
export function isUpperCaseLegacyFont(fontName: string | null | undefined): boolean {
  const name = fontName?.trim() ?? "";
  return /^\.vn/iu.test(name) && name.endsWith("H");
}

function decodeTcvn3(text: string): string {
  let out = "";
  for (const char of text) out += TCVN3_DECODE.get(char) ?? char;
  return out;
}

/** Greedy: a two-character spelling (base + modifier) wins over the single characters. */
function decodeVni(text: string): string {
  const chars = [...text];
  let out = "";
  for (let i = 0; i < chars.length; i++) {
    const pair = VNI_DECODE.get(`${chars[i]}${chars[i + 1] ?? ""}`);
    if (pair !== undefined && i + 1 < chars.length) {
      out += pair;
      i++;
      continue;
    }
    const char = chars[i] ?? "";
    out += VNI_DECODE.get(char) ?? char;
  }
  return out;
}

/** Converts legacy text to Unicode NFC. ASCII and characters outside the table pass through unchanged. */
export function convertLegacy(text: string, encoding: LegacyEncoding, options: ConvertOptions = {}): string {
  const decoded = encoding === "TCVN3" ? decodeTcvn3(text) : decodeVni(text);
  const cased = options.upperCase ? decoded.toUpperCase() : decoded;
  return cased.normalize("NFC");
}

/**
 * The reverse, for tests and previews. Letters the encoding cannot represent (upper-case toned letters in
 * TCVN3 without `upperCase`) are left as they are; with `upperCase`, text is lower-cased first, as it is
 * typed in a ".Vn…H" font.
 */
export function encodeLegacy(text: string, encoding: LegacyEncoding, options: ConvertOptions = {}): string {
  const source = (options.upperCase ? text.toLowerCase() : text).normalize("NFC");
  const table = encoding === "TCVN3" ? TCVN3_ENCODE : VNI_ENCODE;
  let out = "";
  for (const char of source) out += table.get(char) ?? char;
  return out;
}

const TONES = /[\u0300\u0301\u0303\u0309\u0323]/gu;
/**
 * Onset, then a rhyme: a vowel group closed by a consonant, or one of the semivowel-final rhymes (ai, ươi,
 * uây, oeo, iêu …), or an open vowel group. Loose enough for every real syllable (and k for Đắk Lắk), strict
 * enough that mojibake such as "néi" or "vieät" fails.
 */
const RHYME = [
  "(?:uyê|iê|yê|uô|ươ|oa|oă|oe|uâ|uê|uy|oo|[aăâeêioôơuưy])(?:ch|nh|ng|[cmnptk])",
  "(?:oa|ươ|uô|[aoôơuư])i",
  "(?:oa|uâ|[aâ])y",
  "(?:oa|oe|[ae])o",
  "(?:iê|yê|ươ|uy|[aâêiư])u",
  "(?:uya|ia|ya|ua|ưa|oa|oe|uê|uy|uơ|[aeêioôơuưy])",
].join("|");
const SYLLABLE = new RegExp(`^(?:ngh|ng|nh|ch|gh|gi|kh|ph|th|tr|qu|[bcdđghklmnprstvx])?(?:${RHYME})$`, "u");

/** True when `word` is shaped like one Vietnamese syllable (any case, NFC or NFD, at most one tone). */
export function isVietnameseSyllable(word: string): boolean {
  const decomposed = word.toLowerCase().normalize("NFD");
  if ((decomposed.match(TONES)?.length ?? 0) > 1) return false;
  return SYLLABLE.test(decomposed.replace(TONES, "").normalize("NFC"));
}

/** Mojibake is Latin-1 only; Vietnamese letters beyond it (ư, ạ, combining marks …) mean genuine Unicode. */
const BEYOND_LATIN1 = /[^\t\n\r\u0020-\u00ff\u2000-\u206f\u20ac\u2122]/u;
const HAS_LATIN1_HIGH = /[\u00a1-\u00ff]/u;
const WORD_SEPARATORS = /[\s!-/:-@[-`{-~\u2000-\u206f]+/u;

/**
 * Guesses whether `text` is TCVN3 or VNI mojibake. Each word that carries a Latin-1 character, is at least 3
 * characters long and contains an ASCII letter is tried: it counts for an encoding when it is not a Vietnamese
 * syllable as it stands but becomes one after conversion. Short tokens ("×", "µm", "½") are ignored because
 * they convert into valid syllables by chance. Ties and texts with more non-Vietnamese words than evidence give
 * null: a wrong conversion is worse than none.
 */
export function detectLegacyEncoding(text: string, fontName?: string | null): LegacyEncoding | null {
  const byFont = encodingOfFont(fontName);
  if (byFont) return byFont;
  if (BEYOND_LATIN1.test(text) || !HAS_LATIN1_HIGH.test(text)) return null;
  let tcvn3 = 0;
  let vni = 0;
  let foreign = 0;
  for (const word of text.split(WORD_SEPARATORS)) {
    if ([...word].length < 3 || !HAS_LATIN1_HIGH.test(word) || !/[a-z]/iu.test(word)) continue;
    if (isVietnameseSyllable(word)) continue;
    const asTcvn3 = isVietnameseSyllable(decodeTcvn3(word));
    const asVni = isVietnameseSyllable(decodeVni(word));
    if (asTcvn3) tcvn3++;
    if (asVni) vni++;
    if (!asTcvn3 && !asVni) foreign++;
  }
  const best = Math.max(tcvn3, vni);
  if (best === 0 || tcvn3 === vni || best < foreign) return null;
  return tcvn3 > vni ? "TCVN3" : "VNI";
}
