import { describe, expect, it } from "vitest";
import { contractDeletionRefusal, impliedContractState } from "./contract-state";

describe("deleting a consulting contract", () => {
  it.each([
    { state: "IN_PROGRESS", revenueReceived: 0n, refused: false },
    { state: "IN_PROGRESS", revenueReceived: 1n, refused: true },
    { state: "ACCEPTED", revenueReceived: 0n, refused: true },
    { state: "LIQUIDATED", revenueReceived: 78_000_000n, refused: true },
  ] as const)("$state with $revenueReceived đồng received: refused $refused", (c) => {
    const reason = contractDeletionRefusal(c);
    expect(reason !== null).toBe(c.refused);
  });

  it("names the reason in Vietnamese", () => {
    expect(contractDeletionRefusal({ state: "ACCEPTED", revenueReceived: 0n })).toBe(
      "Hợp đồng đã nghiệm thu, không xóa được; hãy sửa nếu ghi sai",
    );
    expect(contractDeletionRefusal({ state: "IN_PROGRESS", revenueReceived: 5n })).toMatch(
      /đã có doanh thu/u,
    );
  });
});

describe("the state of a contract recorded without one", () => {
  it("is in progress without an end date and accepted with one", () => {
    expect(impliedContractState(null)).toBe("IN_PROGRESS");
    expect(impliedContractState("2024-05-31")).toBe("ACCEPTED");
  });
});
