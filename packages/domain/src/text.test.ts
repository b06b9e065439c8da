import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { foldForSearch, isNfc, normalizeText, vietnameseSortKey } from "./text";

const vietnameseWords = [
  "Đồng Tháp",
  "Hà Nội",
  "Thừa Thiên Huế",
  "Bà Rịa - Vũng Tàu",
  "mây tre đan",
  "Gốm Bát Tràng",
  "Cơ khí Ưng Hòa",
  "Quảng Ngãi",
  "Đắk Lắk",
];

describe("foldForSearch", () => {
  it.each([
    ["Đồng Tháp", "dong thap"],
    ["ĐỒNG   THÁP", "dong thap"],
    ["Bà Rịa - Vũng Tàu", "ba ria vung tau"],
    ["  Thừa\tThiên\nHuế ", "thua thien hue"],
    ["45/2012/NĐ-CP", "45 2012 nd cp"],
  ])("folds %j to %j", (input, expected) => {
    expect(foldForSearch(input)).toBe(expected);
  });

  it("folds any NFC/NFD/case/spacing variant of a name to the same key", () => {
    const variant = fc
      .tuple(
        fc.constantFrom(...vietnameseWords),
        fc.constantFrom("NFC", "NFD", "NFKC", "NFKD"),
        fc.boolean(),
        fc.integer({ min: 1, max: 3 }),
      )
      .map(([word, form, upper, spaces]) => ({
        word,
        text: (upper ? word.toUpperCase() : word.toLowerCase())
          .normalize(form as "NFC")
          .replaceAll(" ", " ".repeat(spaces)),
      }));
    fc.assert(
      fc.property(variant, ({ word, text }) => {
        expect(foldForSearch(text)).toBe(foldForSearch(word));
      }),
    );
  });

  it("never leaves a combining mark or an upper-case letter", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), (text) => {
        const folded = foldForSearch(text);
        expect(folded).not.toMatch(/\p{M}/u);
        expect(folded).toBe(folded.toLowerCase());
      }),
    );
  });
});

describe("normalizeText", () => {
  it("stores NFC with single spaces", () => {
    const nfd = "  Nguyễn   Thị Hồng ".normalize("NFD");
    const result = normalizeText(nfd);
    expect(result).toBe("Nguyễn Thị Hồng");
    expect(isNfc(result)).toBe(true);
    expect(isNfc(nfd)).toBe(false);
  });
});

describe("vietnameseSortKey", () => {
  it("sorts by the Vietnamese alphabet: a ă â b c d đ e ê …, then tones", () => {
    const names = ["Đà Nẵng", "Điện Biên", "Cà Mau", "An Giang", "Ăn", "Âu", "Bắc Ninh", "Dương", "Ê", "E"];
    const sorted = [...names].sort((a, b) => vietnameseSortKey(a).localeCompare(vietnameseSortKey(b)));
    expect(sorted).toEqual([
      "An Giang",
      "Ăn",
      "Âu",
      "Bắc Ninh",
      "Cà Mau",
      "Dương",
      "Đà Nẵng",
      "Điện Biên",
      "E",
      "Ê",
    ]);
  });

  it("orders tones ngang, huyền, hỏi, ngã, sắc, nặng on the same letters", () => {
    const tones = ["ma", "mà", "mả", "mã", "má", "mạ"];
    const shuffled = [...tones].reverse();
    expect(shuffled.sort((a, b) => vietnameseSortKey(a).localeCompare(vietnameseSortKey(b)))).toEqual(tones);
  });
});
