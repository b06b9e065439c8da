import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dongSchema, nonNegativeDongSchema } from "./establishments/dong";
import {
  codeSchema,
  freeTextSchema,
  idSchema,
  isoDateSchema,
  requiredMultilineSchema,
  requiredTextSchema,
} from "./input-schemas";
import { positiveDongSchema } from "./projects/project.schemas";
import { type TextInputKind, textInputProblem } from "./text-input";

const kinds: TextInputKind[] = ["name", "text", "multiline"];

describe("textInputProblem", () => {
  it.each([
    ["Cơ sở Mây tre đan Phú Vinh", "name", null],
    ["x\u0000y", "text", "NUL"],
    ["x\ud800y", "text", "UNPAIRED_SURROGATE"],
    ["x\udc00", "name", "UNPAIRED_SURROGATE"],
    ["😀 Gốm", "name", null],
    ["a\u0007b", "multiline", "CONTROL"],
    ["a\u0085b", "text", "CONTROL"], // C1 NEL
    ["a\u007fb", "text", "CONTROL"],
    ["một\ndòng", "name", "CONTROL"],
    ["một\tdòng", "name", "CONTROL"],
    ["một\ndòng\thai", "multiline", null],
    ["một\r\ndòng", "text", null],
    ["abc\u202Eabc", "text", "BIDI_CONTROL"],
    ["abc\u2066abc", "multiline", "BIDI_CONTROL"],
    ["Hà\u200BNội", "name", "INVISIBLE_FORMAT"],
    ["\uFEFFHà Nội", "name", "INVISIBLE_FORMAT"],
    ["Hà\u200DNội", "text", null],
    ["\u3164", "name", "INVISIBLE_FORMAT"],
    ["\u0301\u0300", "name", "INVISIBLE_ONLY"],
    ["", "name", null],
    ["1234/QĐ-BCT", "name", null],
  ] as const)("%j as %s → %s", (value, kind, expected) => {
    expect(textInputProblem(value, kind)).toBe(expected);
  });

  it("accepts every well-formed text without controls, bidi or format characters", () => {
    const plain = fc
      .string({ unit: "grapheme" })
      .filter((s) => !/[\p{C}\p{Z}\u115F\u1160\u3164\uFFA0\u2800]/u.test(s));
    fc.assert(
      fc.property(plain, fc.constantFrom(...kinds), (value, kind) => {
        const problem = textInputProblem(`a${value}`, kind);
        expect(problem).toBeNull();
      }),
    );
  });

  it("refuses NUL and unpaired surrogates anywhere in any kind of text", () => {
    const bad = fc.constantFrom("\u0000", "\ud800", "\udbff", "\udc00", "\udfff");
    fc.assert(
      fc.property(fc.string(), bad, fc.string(), fc.constantFrom(...kinds), (before, char, after, kind) => {
        // A high surrogate followed by a low one would pair up: keep the inserted one unpaired.
        const text = `${before.replace(/\p{Cs}/gu, "")}${char}${after.replace(/\p{Cs}/gu, "")}`;
        if (/[\uD800-\uDBFF][\uDC00-\uDFFF]/u.test(text)) return;
        expect(textInputProblem(text, kind)).not.toBeNull();
      }),
    );
  });
});

describe("text schemas", () => {
  const name = requiredTextSchema(50, "Tên cơ sở");

  it("normalise to NFC with single spaces", () => {
    expect(name.parse("  Đồng   Tháp ".normalize("NFD"))).toBe("Đồng Tháp");
    expect(requiredMultilineSchema(50, "Sản phẩm").parse("chiếu\r\n\tcói")).toBe("chiếu\ncói");
    expect(freeTextSchema(50, "Ghi chú").parse("dòng 1\ndòng 2")).toBe("dòng 1 dòng 2");
  });

  it("name the field and the reason", () => {
    const result = name.safeParse("Gốm\u0000");
    expect(result.error?.issues).toEqual([
      expect.objectContaining({ message: expect.stringMatching(/^Tên cơ sở chứa ký tự NUL/u) }),
    ]);
    expect(name.safeParse("\u200B").error?.issues[0]?.message).toMatch(/vô hình/u);
    expect(name.safeParse("x".repeat(999_000)).error?.issues).toHaveLength(1);
  });

  it("any output is NFC and passes the rule again (idempotent)", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: "grapheme", maxLength: 40 }),
        fc.constantFrom(...kinds),
        (value, kind) => {
          const schema =
            kind === "multiline"
              ? requiredMultilineSchema(200, "X")
              : kind === "text"
                ? freeTextSchema(200, "X")
                : requiredTextSchema(200, "X");
          const result = schema.safeParse(value);
          if (!result.success) return;
          expect(result.data).toBe(result.data.normalize("NFC"));
          expect(textInputProblem(result.data, kind)).toBeNull();
          expect(schema.parse(result.data)).toBe(result.data);
        },
      ),
    );
  });
});

describe("idSchema", () => {
  it.each(["P34-82", "XA-28249-2025-07-01", "KCQG_TT_28_2018_BTC", "3f2c9a1e-7d4b-4c1a-9b0e-2f6d8c7a5b41"])(
    "accepts %s",
    (id) => expect(idSchema().parse(id)).toBe(id),
  );
  it.each(["", "\u0000", "a\u0000", "P34 82", "Đồng", "../x", "a".repeat(65), "x\ud800"])(
    "refuses %j",
    (id) => {
      expect(idSchema().safeParse(id).success).toBe(false);
    },
  );
});

describe("codeSchema", () => {
  const code = codeSchema("Mã định mức", 10);
  it.each(["b1", "đ", "g.2", "d".normalize("NFD")])("accepts %j", (value) => {
    expect(code.parse(value)).toBe(value.normalize("NFC"));
  });
  it.each(["", "b 1", "b\u00001", "b\u200B1", "x\ud800", "b1".repeat(6)])("refuses %j", (value) => {
    expect(code.safeParse(value).success).toBe(false);
  });
});

describe("isoDateSchema", () => {
  it.each(["1900-01-01", "2025-07-01", "2100-12-31"])("accepts %s", (date) => {
    expect(isoDateSchema().parse(date)).toBe(date);
  });
  it.each(["0000-01-01", "1899-12-31", "2101-01-01", "2025-02-30", "2025-7-1", "+002025-01-01", ""])(
    "refuses %s",
    (date) => {
      const result = isoDateSchema("Ngày quyết định").safeParse(date);
      expect(result.error?.issues[0]?.message).toMatch(/^Ngày quyết định .*1900.*2100/u);
    },
  );
});

describe("money schemas", () => {
  it.each(["1.5", "0.5", "1e3", "１２３", "-", "", " 1", "1".repeat(999_000), "0x10"])(
    "refuse %j with one issue and never throw",
    (value) => {
      for (const schema of [dongSchema, nonNegativeDongSchema, positiveDongSchema]) {
        const result = schema.safeParse(value);
        expect(result.success).toBe(false);
        expect(result.error?.issues).toHaveLength(1);
      }
    },
  );

  it("never throws on any string", () => {
    fc.assert(
      fc.property(fc.string(), (value) => {
        expect(() => positiveDongSchema.safeParse(value)).not.toThrow();
      }),
    );
  });
});
