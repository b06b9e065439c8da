/**
 * Mapping tables of the two legacy 8-bit Vietnamese font encodings still found in provincial spreadsheets
 * (RELIABILITY §5.4), built from a small description rather than typed out letter by letter, so every one of
 * the 134 letter forms (67 lower case, 67 upper case) is covered by construction and tested by round trip.
 *
 * In an XLSX the legacy bytes arrive as Unicode code points U+00A0–U+00FF (Latin-1), so the tables map those
 * characters, not bytes.
 */

/** Vowels that take tones, and the tone marks in the order the tables below list them. */
export const TONED_VOWELS = ["a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y"] as const;
export type TonedVowel = (typeof TONED_VOWELS)[number];

/** huyền (grave), hỏi (hook above), ngã (tilde), sắc (acute), nặng (dot below). */
export const TONE_MARKS = ["\u0300", "\u0309", "\u0303", "\u0301", "\u0323"] as const;

export function withTone(vowel: string, toneIndex: number): string {
  return `${vowel}${TONE_MARKS[toneIndex] ?? ""}`.normalize("NFC");
}

/** The 67 lower-case letters outside ASCII: 12 vowels × 5 tones, 6 modified vowels without tone, and đ. */
export const VIETNAMESE_LOWER_LETTERS: readonly string[] = [
  ...TONED_VOWELS.flatMap((vowel) => TONE_MARKS.map((_, tone) => withTone(vowel, tone))),
  "ă",
  "â",
  "ê",
  "ô",
  "ơ",
  "ư",
  "đ",
];

/** All 134 forms, lower then upper case. */
export const VIETNAMESE_LETTERS: readonly string[] = [
  ...VIETNAMESE_LOWER_LETTERS,
  ...VIETNAMESE_LOWER_LETTERS.map((letter) => letter.toUpperCase()),
];

type FiveCodes = readonly [number, number, number, number, number];

/**
 * TCVN3 (TCVN 5712:1993, the "VN3" subset used by the ABC ".Vn…" fonts): code of each toned lower-case vowel,
 * tones in TONE_MARKS order. Checked against the full TCVN 5712 table of X11's `lcUniConv/tcvn.h`, whose upper
 * half agrees position by position for these letters.
 */
const TCVN3_TONED: Record<TonedVowel, FiveCodes> = {
  a: [0xb5, 0xb6, 0xb7, 0xb8, 0xb9],
  ă: [0xbb, 0xbc, 0xbd, 0xbe, 0xc6],
  â: [0xc7, 0xc8, 0xc9, 0xca, 0xcb],
  e: [0xcc, 0xce, 0xcf, 0xd0, 0xd1],
  ê: [0xd2, 0xd3, 0xd4, 0xd5, 0xd6],
  i: [0xd7, 0xd8, 0xdc, 0xdd, 0xde],
  o: [0xdf, 0xe1, 0xe2, 0xe3, 0xe4],
  ô: [0xe5, 0xe6, 0xe7, 0xe8, 0xe9],
  ơ: [0xea, 0xeb, 0xec, 0xed, 0xee],
  u: [0xef, 0xf1, 0xf2, 0xf3, 0xf4],
  ư: [0xf5, 0xf6, 0xf7, 0xf8, 0xf9],
  y: [0xfa, 0xfb, 0xfc, 0xfd, 0xfe],
};

/**
 * Untoned modified letters, both cases. VN3 has no upper-case toned letters at all: documents used the
 * companion ".Vn…H" fonts, which draw the lower-case codes as capitals (see `upperCase` in legacy-encoding.ts).
 * ❓ The full TCVN 5712 (VN1) places some capitals in the gaps (0xB4, 0xBA, 0xBF, 0xC0–0xC5, …) and in control
 * positions; ABC fonts do not use them, so they are deliberately left unconverted.
 */
const TCVN3_PLAIN: Record<string, number> = {
  ă: 0xa8,
  â: 0xa9,
  ê: 0xaa,
  ô: 0xab,
  ơ: 0xac,
  ư: 0xad, // soft hyphen: invisible in most viewers, which is why "ng­êi" looks like "ngêi"
  đ: 0xae,
  Ă: 0xa1,
  Â: 0xa2,
  Ê: 0xa3,
  Ô: 0xa4,
  Ơ: 0xa5,
  Ư: 0xa6,
  Đ: 0xa7,
};

/** Unicode letter → TCVN3 character, for the letters VN3 can represent (lower case + 7 capitals). */
export const TCVN3_ENCODE: ReadonlyMap<string, string> = new Map([
  ...TONED_VOWELS.flatMap((vowel) =>
    TCVN3_TONED[vowel].map((code, tone) => [withTone(vowel, tone), String.fromCharCode(code)] as const),
  ),
  ...Object.entries(TCVN3_PLAIN).map(([letter, code]) => [letter, String.fromCharCode(code)] as const),
]);

export const TCVN3_DECODE: ReadonlyMap<string, string> = new Map(
  [...TCVN3_ENCODE].map(([letter, legacy]) => [legacy, letter]),
);

/**
 * VNI-Windows ("VNI-…" fonts): a base letter followed by a modifier character. Tones in TONE_MARKS order.
 * Checked against the VNI table of the xvnkb keyboard (`vni.h`). The letters i, ỵ, đ, ơ and ư are single
 * characters of their own.
 */
const VNI_TONE: FiveCodes = [0xf8, 0xfb, 0xf5, 0xf9, 0xef]; // ø û õ ù ï
const VNI_CIRCUMFLEX_TONE: FiveCodes = [0xe0, 0xe5, 0xe3, 0xe1, 0xe4]; // à å ã á ä
const VNI_BREVE_TONE: FiveCodes = [0xe8, 0xfa, 0xfc, 0xe9, 0xeb]; // è ú ü é ë
const VNI_I: FiveCodes = [0xec, 0xe6, 0xf3, 0xed, 0xf2]; // ì æ ó í ò
const VNI_CIRCUMFLEX = "\u00e2"; // â
const VNI_BREVE = "\u00ea"; // ê
const VNI_O_HORN = "\u00f4"; // ô
const VNI_U_HORN = "\u00f6"; // ö
const VNI_Y_DOT = "\u00ee"; // î: ỵ is one character, unlike the other tones of y
const VNI_D_STROKE = "\u00f1"; // ñ

const chr = (code: number) => String.fromCharCode(code);

/** The lower-case VNI spelling of a lower-case Vietnamese vowel with tone index `tone` (−1 = none). */
function vniVowel(vowel: TonedVowel, tone: number): string {
  const toned = (base: string, codes: FiveCodes, untoned: string) =>
    tone < 0 ? untoned : base + chr(codes[tone] ?? 0);
  switch (vowel) {
    case "ă":
      return toned("a", VNI_BREVE_TONE, `a${VNI_BREVE}`);
    case "â":
    case "ê":
    case "ô": {
      const base = vowel === "â" ? "a" : vowel === "ê" ? "e" : "o";
      return toned(base, VNI_CIRCUMFLEX_TONE, base + VNI_CIRCUMFLEX);
    }
    case "ơ":
      return toned(VNI_O_HORN, VNI_TONE, VNI_O_HORN);
    case "ư":
      return toned(VNI_U_HORN, VNI_TONE, VNI_U_HORN);
    case "i":
      return tone < 0 ? "i" : chr(VNI_I[tone] ?? 0);
    case "y":
      return tone === 4 ? VNI_Y_DOT : toned("y", VNI_TONE, "y");
    default:
      return toned(vowel, VNI_TONE, vowel);
  }
}

const VNI_LOWER: readonly (readonly [string, string])[] = [
  ...TONED_VOWELS.flatMap((vowel) =>
    TONE_MARKS.map((_, tone) => [withTone(vowel, tone), vniVowel(vowel, tone)] as const),
  ),
  ...(["ă", "â", "ê", "ô", "ơ", "ư"] as const).map((vowel) => [vowel, vniVowel(vowel, -1)] as const),
  ["đ", VNI_D_STROKE],
];

/** Unicode letter → VNI spelling, both cases (a capital takes the capital modifier: "Ấ" → "AÁ"). */
export const VNI_ENCODE: ReadonlyMap<string, string> = new Map([
  ...VNI_LOWER,
  ...VNI_LOWER.map(([letter, legacy]) => [letter.toUpperCase(), legacy.toUpperCase()] as const),
]);

/**
 * VNI spelling → letter. Beyond the exact spellings, a two-character spelling is also read with its modifier
 * in the other case ("Aù" → "Á"), the case of the base deciding: mixed-case text is common in hand-typed sheets.
 */
export const VNI_DECODE: ReadonlyMap<string, string> = new Map(
  [...VNI_ENCODE].flatMap(([letter, legacy]) => {
    if (legacy.length !== 2) return [[legacy, letter] as const];
    const [base = "", modifier = ""] = legacy;
    return [
      [base + modifier.toLowerCase(), letter] as const,
      [base + modifier.toUpperCase(), letter] as const,
    ];
  }),
);
