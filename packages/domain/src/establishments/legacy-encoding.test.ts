import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  convertLegacy,
  detectLegacyEncoding,
  encodeLegacy,
  encodingOfFont,
  isUpperCaseLegacyFont,
  isVietnameseSyllable,
} from "./legacy-encoding";
import {
  TCVN3_DECODE,
  TCVN3_ENCODE,
  VIETNAMESE_LETTERS,
  VIETNAMESE_LOWER_LETTERS,
  VNI_DECODE,
  VNI_ENCODE,
} from "./legacy-tables";

const TCVN3_CAPITALS = ["Ă", "Â", "Ê", "Ô", "Ơ", "Ư", "Đ"];
const ASCII = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .,-/()";

/** Public names and phrases used as known-answer vectors. */
const PHRASES = [
  "Ninh Bình",
  "Đồng Tháp",
  "Hà Nội",
  "Thừa Thiên Huế",
  "Cơ sở mây tre đan Phú Vinh",
  "Hợp tác xã gốm Bát Tràng",
  "Sở Công Thương tỉnh Quảng Ngãi",
  "Trung tâm khuyến công và tư vấn phát triển công nghiệp",
  "người lao động được hỗ trợ",
  "Kỹ thuật chế biến thủy sản",
];

describe("mapping tables", () => {
  it("covers the 134 Vietnamese letter forms, each once", () => {
    expect(VIETNAMESE_LOWER_LETTERS).toHaveLength(67);
    expect(new Set(VIETNAMESE_LETTERS).size).toBe(134);
    for (const letter of VIETNAMESE_LETTERS) expect(letter).toBe(letter.normalize("NFC"));
  });

  it("encodes every letter in VNI and every lower-case letter plus 7 capitals in TCVN3", () => {
    expect(VIETNAMESE_LETTERS.filter((letter) => !VNI_ENCODE.has(letter))).toEqual([]);
    const tcvnMissing = VIETNAMESE_LETTERS.filter((letter) => !TCVN3_ENCODE.has(letter));
    expect(tcvnMissing).toHaveLength(60);
    expect(tcvnMissing.every((letter) => letter === letter.toUpperCase())).toBe(true);
    expect(TCVN3_CAPITALS.every((letter) => TCVN3_ENCODE.has(letter))).toBe(true);
  });

  it("is one-to-one and stays inside Latin-1", () => {
    expect(new Set(TCVN3_ENCODE.values()).size).toBe(TCVN3_ENCODE.size);
    expect(TCVN3_DECODE.size).toBe(TCVN3_ENCODE.size);
    expect(new Set(VNI_ENCODE.values()).size).toBe(VNI_ENCODE.size);
    for (const legacy of [...TCVN3_ENCODE.values(), ...VNI_ENCODE.values()]) {
      expect(legacy).toMatch(/^[\u0020-\u00ff]{1,2}$/u);
    }
    // Two spellings per two-character VNI letter (modifier in either case), one per single character.
    const pairs = [...VNI_ENCODE.values()].filter((legacy) => legacy.length === 2).length;
    expect(VNI_DECODE.size).toBe(VNI_ENCODE.size + pairs);
  });

  it.each([
    ["à", "TCVN3", "µ"],
    ["ì", "TCVN3", "×"],
    ["đ", "TCVN3", "®"],
    ["ư", "TCVN3", "\u00ad"],
    ["ộ", "TCVN3", "é"],
    ["ệ", "VNI", "eä"],
    ["ẵ", "VNI", "aü"],
    ["ị", "VNI", "ò"],
    ["ỵ", "VNI", "î"],
    ["Đ", "VNI", "Ñ"],
    ["Ấ", "VNI", "AÁ"],
    ["Ơ", "VNI", "Ô"],
  ] as const)("spells %s in %s as %j", (letter, encoding, legacy) => {
    expect(encodeLegacy(letter, encoding)).toBe(legacy);
  });
});

describe("convertLegacy", () => {
  it.each([
    ["Ninh B×nh", "TCVN3", "Ninh Bình"],
    ["§ång Th¸p", "TCVN3", "Đồng Tháp"],
    ["Hµ Néi", "TCVN3", "Hà Nội"],
    ["ng\u00adêi", "TCVN3", "người"],
    ["Vieät Nam", "VNI", "Việt Nam"],
    ["Ñaø Naüng", "VNI", "Đà Nẵng"],
    ["Thaønh phoá Hoà Chí Minh", "VNI", "Thành phố Hồ Chí Minh"],
    ["baùc só", "VNI", "bác sĩ"],
    ["ngöôøi", "VNI", "người"],
    ["AÙNH SAÙNG", "VNI", "ÁNH SÁNG"],
    ["Aùnh", "VNI", "Ánh"],
  ] as const)("converts %j from %s to %j", (legacy, encoding, expected) => {
    expect(convertLegacy(legacy, encoding)).toBe(expected);
  });

  it("upper-cases text from a TCVN3 capitals font", () => {
    expect(convertLegacy("céng hoµ x· héi", "TCVN3", { upperCase: true })).toBe("CỘNG HOÀ XÃ HỘI");
  });

  it("round-trips every letter form, both cases, through VNI", () => {
    const letters = VIETNAMESE_LETTERS.join(" ");
    expect(convertLegacy(encodeLegacy(letters, "VNI"), "VNI")).toBe(letters);
  });

  it("round-trips every lower-case form and the 7 capitals through TCVN3, and every capital through .VnH", () => {
    const lower = [...VIETNAMESE_LOWER_LETTERS, ...TCVN3_CAPITALS].join(" ");
    expect(convertLegacy(encodeLegacy(lower, "TCVN3"), "TCVN3")).toBe(lower);
    const upper = VIETNAMESE_LETTERS.slice(67).join(" ");
    expect(
      convertLegacy(encodeLegacy(upper, "TCVN3", { upperCase: true }), "TCVN3", { upperCase: true }),
    ).toBe(upper);
  });

  it("round-trips random Vietnamese text (NFC or NFD input) to identical NFC", () => {
    const letter = fc.constantFrom(...VIETNAMESE_LETTERS, ...ASCII);
    const text = fc.array(letter, { maxLength: 60 }).map((chars) => chars.join(""));
    fc.assert(
      fc.property(text, fc.constantFrom<"NFC" | "NFD">("NFC", "NFD"), (value, form) => {
        const input = value.normalize(form);
        expect(convertLegacy(encodeLegacy(input, "VNI"), "VNI")).toBe(value.normalize("NFC"));
      }),
    );
    const lowerLetter = fc.constantFrom(...VIETNAMESE_LOWER_LETTERS, ...TCVN3_CAPITALS, ...ASCII);
    fc.assert(
      fc.property(fc.array(lowerLetter, { maxLength: 60 }), (chars) => {
        const value = chars.join("");
        expect(convertLegacy(encodeLegacy(value, "TCVN3"), "TCVN3")).toBe(value);
      }),
    );
  });

  it("leaves ASCII unchanged", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...ASCII) }), (value) => {
        expect(convertLegacy(value, "TCVN3")).toBe(value);
        expect(convertLegacy(value, "VNI")).toBe(value);
      }),
    );
  });
});

describe("fonts", () => {
  it.each([
    [".VnTime", "TCVN3", false],
    [".VnTimeH", "TCVN3", true],
    [".VnSouthern", "TCVN3", false],
    [" .vnarialH ", "TCVN3", true],
    ["VNI-Times", "VNI", false],
    ["VNI Helve", "VNI", false],
    ["Times New Roman", null, false],
    ["VnTime", null, false],
    ["", null, false],
  ] as const)("%j → %s (capitals: %s)", (font, encoding, upper) => {
    expect(encodingOfFont(font)).toBe(encoding);
    expect(isUpperCaseLegacyFont(font)).toBe(upper);
  });

  it("trusts the font over the text", () => {
    expect(detectLegacyEncoding("Ha Noi", ".VnTime")).toBe("TCVN3");
    expect(detectLegacyEncoding("Ha Noi", "VNI-Times")).toBe("VNI");
  });
});

describe("isVietnameseSyllable", () => {
  it.each([
    "người",
    "NGHIÊNG",
    "khuỷu",
    "quốc",
    "gì",
    "ươu",
    "xoong",
    "Đắk",
    "thuở",
    "khuya",
    "Huế".normalize("NFD"),
  ])("accepts %s", (word) => expect(isVietnameseSyllable(word)).toBe(true));
  it.each(["B×nh", "Vieät", "cña", "néi", "café", "Müller", "and", "ángs", "hoà́", "ă"])(
    "rejects %s",
    (word) => expect(isVietnameseSyllable(word)).toBe(false),
  );
});

describe("detectLegacyEncoding by heuristics", () => {
  it.each(PHRASES.slice(1))("finds TCVN3 and VNI in %j", (phrase) => {
    expect(detectLegacyEncoding(encodeLegacy(phrase, "TCVN3"))).toBe("TCVN3");
    expect(detectLegacyEncoding(encodeLegacy(phrase, "VNI"))).toBe("VNI");
  });

  it("cannot tell VNI text that is spelled exactly like Unicode, and says nothing", () => {
    // VNI writes ì as the Latin-1 ì, so "Ninh Bình" is the same string in both: only the font can tell.
    expect(encodeLegacy("Ninh Bình", "VNI")).toBe("Ninh Bình");
    expect(detectLegacyEncoding("Ninh Bình")).toBeNull();
    expect(detectLegacyEncoding("Ninh B×nh")).toBe("TCVN3");
  });

  it.each([
    "Ninh Bình",
    "Bà Tô có cá",
    "Công ty TNHH Lê Văn",
    "Café Trung Nguyên",
    "Müller GmbH, Zürich",
    "Peña, São Paulo, Bogotá",
    "Kích thước 30 × 40 cm, 10 µm, ½ tấn",
    "© 2024 «Hôtel» résumé naïve façade crème",
    "Nhiệt độ 25 °C ± 2",
    "Mobile: 0912 345 678",
    "",
  ])("finds nothing in genuine text %j", (text) => {
    expect(detectLegacyEncoding(text)).toBeNull();
    expect(detectLegacyEncoding(text.normalize("NFD"))).toBeNull();
  });

  it("never answers the wrong encoding for random mojibake phrases", () => {
    const phrase = fc
      .array(fc.constantFrom(...PHRASES.flatMap((p) => p.split(" "))), { minLength: 1, maxLength: 6 })
      .map((words) => words.join(" "));
    fc.assert(
      fc.property(phrase, (text) => {
        expect([null, "TCVN3"]).toContain(detectLegacyEncoding(encodeLegacy(text, "TCVN3")));
        expect([null, "VNI"]).toContain(detectLegacyEncoding(encodeLegacy(text, "VNI")));
        expect(detectLegacyEncoding(text)).toBeNull();
      }),
    );
  });
});
