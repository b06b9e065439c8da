import { describe, expect, it } from "vitest";
import { checkEstimateLine } from "./money/money";
import {
  adjustmentRequestSchema,
  documentRefSchema,
  estimateLineInputSchema,
  positiveDongSchema,
  toEstimateLine,
} from "./project.schemas";

describe("project input schemas", () => {
  it("turns an estimate line of decimal strings into exact đồng", () => {
    const input = estimateLineInputSchema.parse({
      id: "L1",
      item: "  Máy   sấy ",
      spendingCategory: "MO_HINH_CONG_NGHE",
      normCode: "c",
      quantity: "2",
      unitPrice: "150000000",
      kcAmount: "150000000",
      counterpartAmount: "150000000",
      otherAmount: "0",
    });
    const line = toEstimateLine(input);
    expect(line).toMatchObject({ item: "Máy sấy", capUnits: 1, unitPrice: 150_000_000n });
    expect(checkEstimateLine(line)).toEqual([]);
  });

  it.each([
    ["a float quantity", { quantity: "1.2345" }],
    ["a negative amount", { kcAmount: "-1" }],
    ["an unknown category", { spendingCategory: "MAY_MOC" }],
  ])("rejects %s", (_label, change) => {
    const line = {
      id: "L1",
      item: "Máy sấy",
      spendingCategory: "MO_HINH_CONG_NGHE",
      normCode: null,
      quantity: "1",
      unitPrice: "1",
      kcAmount: "1",
      counterpartAmount: "0",
      otherAmount: "0",
    };
    expect(estimateLineInputSchema.safeParse({ ...line, ...change }).success).toBe(false);
  });

  it("reads a backing document, empty text as missing", () => {
    const doc = documentRefSchema.parse({
      kind: "QD_NGUNG",
      number: " ",
      date: "2024-02-29",
      signer: "Nguyễn Văn An",
      signerAuthority: "MINISTER",
    });
    expect(doc.number).toBeNull();
    expect(documentRefSchema.safeParse({ ...doc, date: "2023-02-29" }).success).toBe(false);
  });

  it("needs at least one adjustment type, and positive amounts", () => {
    expect(adjustmentRequestSchema.safeParse({ types: [], reasons: "Đổi địa điểm" }).success).toBe(false);
    expect(positiveDongSchema.safeParse("0").success).toBe(false);
    expect(positiveDongSchema.safeParse("1").success).toBe(true);
  });
});
