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
import { safeFileName, type TextInputKind, textInputProblem } from "./text-input";

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

describe("safeFileName", () => {
  it("keeps a Vietnamese name and makes NUL, controls, bidi overrides, lone surrogates and separators harmless", () => {
    expect(safeFileName("Danh sách cơ sở.xlsx", "x")).toBe("Danh sách cơ sở.xlsx");
    expect(safeFileName("a\u0000b.pdf", "x")).toBe("a_b.pdf");
    expect(safeFileName("ho\u202Efdp.exe", "x")).toBe("ho_fdp.exe");
    expect(safeFileName("x\ud800y.docx", "x")).toBe("x_y.docx");
    expect(safeFileName("../../etc/passwd", "x")).toBe(".._.._etc_passwd");
    expect(safeFileName("Quyết định".normalize("NFD"), "x")).toBe("Quyết định".normalize("NFC"));
  });

  it("answers the fallback for a name with nothing left, and cuts at 200 characters", () => {
    expect(safeFileName("   ", "tep")).toBe("tep");
    expect(Array.from(safeFileName("𠀀".repeat(300), "tep"))).toHaveLength(200);
  });

  it("always gives text PostgreSQL and jsonb accept", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 300 }), (name) => {
        const safe = safeFileName(name, "tep");
        expect(safe.length).toBeGreaterThan(0);
        expect(textInputProblem(safe, "text")).toBeNull();
      }),
    );
  });
});
