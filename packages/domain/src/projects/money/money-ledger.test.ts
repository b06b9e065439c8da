import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ledger, SUPPORT } from "../testing/test-projects";
import {
  type AdvanceRules,
  advanceRulesFor,
  applyMoneyEvent,
  type MoneyEvent,
  type MoneyLedger,
  newLedger,
  preAcceptanceCap,
  settlementFigures,
  totalDisbursed,
} from "./money-ledger";

const codes = (ledgerBefore: MoneyLedger, event: MoneyEvent) =>
  applyMoneyEvent(ledgerBefore, event).violations.map((v) => v.code);

describe("advance rules by activity (Circ. 36/2013 Art. 13)", () => {
  it.each([
    [["MAY_MOC_THIET_BI"], 7000, false],
    [["HA_TANG_CCN"], 3000, false],
    [["KHOI_SU_DOANH_NGHIEP"], 10000, true],
    [["DAO_TAO_NGHE", "HA_TANG_CCN"], 3000, false],
    [[], 7000, false],
  ] as const)("%j: first tranche %s bps, paid after acceptance %s", (activities, bps, after) => {
    expect(advanceRulesFor(activities)).toEqual({
      firstTrancheMaxBps: bps,
      preAcceptanceCapBps: 7000,
      paidOnlyAfterAcceptance: after,
    });
  });
});

describe("disbursements", () => {
  it("allows the first tranche up to its rate and advances up to 70 % before acceptance", () => {
    expect(preAcceptanceCap(ledger())).toBe(105_000_000n);
    expect(codes(ledger(), { type: "DISBURSE", amount: 105_000_000n })).toEqual([]);
    expect(codes(ledger(), { type: "DISBURSE", amount: 105_000_001n })).toEqual([
      "FIRST_TRANCHE_ABOVE_RATE",
      "ADVANCES_ABOVE_PRE_ACCEPTANCE_CAP",
    ]);
    const afterOne = ledger({ disbursements: [60_000_000n] });
    expect(codes(afterOne, { type: "DISBURSE", amount: 45_000_000n })).toEqual([]);
    expect(codes(afterOne, { type: "DISBURSE", amount: 45_000_001n })).toEqual([
      "ADVANCES_ABOVE_PRE_ACCEPTANCE_CAP",
    ]);
  });

  it("limits a 30 % first tranche (CCN infrastructure)", () => {
    const ccn = newLedger(SUPPORT, advanceRulesFor(["HA_TANG_CCN"]));
    expect(codes(ccn, { type: "DISBURSE", amount: 45_000_000n })).toEqual([]);
    expect(codes(ccn, { type: "DISBURSE", amount: 45_000_001n })).toEqual(["FIRST_TRANCHE_ABOVE_RATE"]);
  });

  it("pays enterprise formation only after acceptance", () => {
    const formation = newLedger(10_000_000n, advanceRulesFor(["KHOI_SU_DOANH_NGHIEP"]));
    expect(codes(formation, { type: "DISBURSE", amount: 1n })).toContain("PAID_ONLY_AFTER_ACCEPTANCE");
    const accepted = { ...formation, acceptedSpend: 10_000_000n };
    expect(codes(accepted, { type: "DISBURSE", amount: 10_000_000n })).toEqual([]);
  });

  it("pays the balance after acceptance up to the accepted spend, never above the contract", () => {
    const accepted = ledger({ disbursements: [105_000_000n], acceptedSpend: 140_000_000n });
    expect(codes(accepted, { type: "DISBURSE", amount: 35_000_000n })).toEqual([]);
    expect(codes(accepted, { type: "DISBURSE", amount: 35_000_001n })).toEqual(["DISBURSED_ABOVE_ACCEPTED"]);
    const over = ledger({ disbursements: [105_000_000n], acceptedSpend: 200_000_000n });
    expect(codes(over, { type: "DISBURSE", amount: 45_000_001n })).toEqual([
      "DISBURSED_ABOVE_CONTRACT",
      "DISBURSED_ABOVE_ACCEPTED",
    ]);
  });

  it("refuses zero and negative amounts", () => {
    expect(codes(ledger(), { type: "DISBURSE", amount: 0n })).toEqual(["AMOUNT_NOT_POSITIVE"]);
  });
});

describe("support changes, settlement and refunds", () => {
  it("refuses a reduction below what was advanced or leaving advances above 70 %", () => {
    const advanced = ledger({ disbursements: [100_000_000n] });
    expect(codes(advanced, { type: "CHANGE_SUPPORT", newSupport: 99_999_999n })).toEqual([
      "SUPPORT_BELOW_DISBURSED",
    ]);
    expect(codes(advanced, { type: "CHANGE_SUPPORT", newSupport: 140_000_000n })).toEqual([
      "ADVANCES_ABOVE_PRE_ACCEPTANCE_CAP",
    ]);
    expect(codes(advanced, { type: "CHANGE_SUPPORT", newSupport: 142_857_143n })).toEqual([]);
  });

  it("settles the accepted spend and computes the refund (F8)", () => {
    const accepted = ledger({ disbursements: [105_000_000n], acceptedSpend: 80_000_000n });
    const settled = applyMoneyEvent(accepted, { type: "SETTLE" }).ledger;
    expect(settled.settledAmount).toBe(80_000_000n);
    expect(settlementFigures(settled)).toEqual({
      settled: 80_000_000n,
      disbursed: 105_000_000n,
      refundDue: 25_000_000n,
      stillPayable: 0n,
      refundOutstanding: 25_000_000n,
    });
    expect(codes(settled, { type: "REFUND", amount: 25_000_001n })).toEqual(["REFUND_ABOVE_DUE"]);
    const refunded = applyMoneyEvent(settled, { type: "REFUND", amount: 25_000_000n }).ledger;
    expect(settlementFigures(refunded)?.refundOutstanding).toBe(0n);
  });

  it("shows a negative difference as an amount still payable, never as a negative refund", () => {
    const accepted = ledger({ disbursements: [105_000_000n], acceptedSpend: 150_000_000n });
    const figures = settlementFigures(applyMoneyEvent(accepted, { type: "SETTLE" }).ledger);
    expect(figures).toMatchObject({ refundDue: 0n, stillPayable: 45_000_000n });
  });

  it("caps the settlement at the contracted support", () => {
    const accepted = ledger({ acceptedSpend: 500_000_000n });
    expect(applyMoneyEvent(accepted, { type: "SETTLE" }).ledger.settledAmount).toBe(SUPPORT);
  });

  it("needs an acceptance to settle, a settlement to refund, and settles once", () => {
    expect(codes(ledger(), { type: "SETTLE" })).toEqual(["NOT_ACCEPTED"]);
    expect(codes(ledger(), { type: "REFUND", amount: 1n })).toEqual(["NOT_SETTLED"]);
    const settled = ledger({ acceptedSpend: 1n, settledAmount: 1n });
    expect(codes(settled, { type: "SETTLE" })).toEqual(["ALREADY_SETTLED"]);
    expect(codes(settled, { type: "ACCEPT", acceptedSpend: 2n })).toEqual(["ALREADY_SETTLED"]);
    expect(codes(settled, { type: "CHANGE_SUPPORT", newSupport: 2n })).toEqual(["ALREADY_SETTLED"]);
  });
});

/** Random ledgers and random sequences of everything that can happen to one, as the server would apply them. */
const rulesArb: fc.Arbitrary<AdvanceRules> = fc.record({
  firstTrancheMaxBps: fc.constantFrom(3000, 7000, 10000),
  preAcceptanceCapBps: fc.constantFrom(7000, 10000),
  paidOnlyAfterAcceptance: fc.boolean(),
});
const amountArb = fc.bigInt(-10n, 2_000_000_000n);
const eventArb: fc.Arbitrary<MoneyEvent> = fc.oneof(
  { weight: 5, arbitrary: amountArb.map((amount) => ({ type: "DISBURSE" as const, amount })) },
  { weight: 2, arbitrary: amountArb.map((newSupport) => ({ type: "CHANGE_SUPPORT" as const, newSupport })) },
  { weight: 1, arbitrary: amountArb.map((acceptedSpend) => ({ type: "ACCEPT" as const, acceptedSpend })) },
  { weight: 1, arbitrary: fc.constant({ type: "SETTLE" as const }) },
  { weight: 2, arbitrary: amountArb.map((amount) => ({ type: "REFUND" as const, amount })) },
);

function invariants(state: MoneyLedger): void {
  const disbursed = totalDisbursed(state);
  expect(state.disbursements.every((amount) => amount > 0n)).toBe(true);
  expect(disbursed <= state.contractedSupport).toBe(true);
  if (state.acceptedSpend === null) {
    expect(disbursed <= preAcceptanceCap(state)).toBe(true);
    if (state.rules.paidOnlyAfterAcceptance) expect(disbursed).toBe(0n);
  }
  if (state.settledAmount === null) {
    expect(state.refunded).toBe(0n);
    return;
  }
  const figures = settlementFigures(state);
  if (!figures) throw new Error("a settled ledger has figures");
  expect(state.settledAmount <= state.contractedSupport).toBe(true);
  expect(figures.refundDue - figures.stillPayable).toBe(disbursed - state.settledAmount);
  expect(figures.refundDue >= 0n && figures.stillPayable >= 0n).toBe(true);
  expect(state.refunded <= figures.refundDue).toBe(true);
}

describe("money invariants under any sequence of events", () => {
  it("never breaks a cap, and refund = disbursed − settled", () => {
    fc.assert(
      fc.property(
        fc.bigInt(0n, 1_500_000_000n),
        rulesArb,
        fc.array(eventArb, { maxLength: 40 }),
        (support, rules, events) => {
          let state = newLedger(support, rules);
          for (const event of events) {
            const result = applyMoneyEvent(state, event);
            if (result.violations.length > 0) expect(result.ledger).toBe(state);
            state = result.ledger;
            invariants(state);
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  it("accepts every disbursement that keeps the caps (no false refusals)", () => {
    fc.assert(
      fc.property(
        fc.bigInt(1n, 1_500_000_000n),
        fc.array(fc.bigInt(1n, 300_000_000n), { maxLength: 10 }),
        (support, amounts) => {
          let state = newLedger(support, {
            firstTrancheMaxBps: 7000,
            preAcceptanceCapBps: 7000,
            paidOnlyAfterAcceptance: false,
          });
          for (const amount of amounts) {
            const fits = totalDisbursed(state) + amount <= preAcceptanceCap(state);
            const result = applyMoneyEvent(state, { type: "DISBURSE", amount });
            expect(result.violations.length === 0).toBe(fits);
            state = result.ledger;
          }
        },
      ),
    );
  });
});
