import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rebuildSummary, summaryDrift } from "../src/modules/figures/figure-summary";
import { createTestContext, json, signedIn, type TestClient, type TestContext } from "./support";

const UNITS = ["P63-87", "P63-82", "P34-82", "TW"] as const;
const SOURCES = ["KCQG", "KCDP_TINH", "KCDP_HUYEN", "COUNTERPART"] as const;
const CONTENTS = ["A1_DAO_TAO_NGHE", "A3_MO_HINH_CONG_NGHE", "QUAN_LY"] as const;

const amount = fc.bigInt({ min: 0n, max: 5_000_000_000n }).map((n) => n.toString());
const line = fc.record({
  source: fc.constantFrom(...SOURCES),
  content: fc.constantFrom(...CONTENTS),
  amount,
});
const lines = fc.uniqueArray(line, {
  minLength: 1,
  maxLength: 4,
  selector: (l) => `${l.source}:${l.content}`,
});
const write = fc.oneof(
  fc.record({
    kind: fc.constant("plan" as const),
    unit: fc.constantFrom(...UNITS),
    year: fc.constantFrom(2018, 2024, 2026),
    lines,
  }),
  fc.record({
    kind: fc.constant("report" as const),
    unit: fc.constantFrom(...UNITS),
    year: fc.constantFrom(2018, 2024, 2026),
    cutoffMonth: fc.integer({ min: 1, max: 12 }),
    source: fc.constantFrom(...SOURCES),
    value: amount,
  }),
);

/**
 * The summary never drifts from the records: random plans, revisions (accepted or refused) and reports, in any
 * order, leave it equal to a recount — on PostgreSQL, the production engine (issue 5, "Bad input and faults").
 */
describe("summary table under random writes on postgres", () => {
  let ctx: TestContext;
  let central: TestClient;
  beforeAll(async () => {
    ctx = await createTestContext("postgres");
    central = (await signedIn(ctx, { role: "CENTRAL_OFFICER", scope: { kind: "NATIONAL" } })).client;
  });
  afterAll(async () => ctx?.close());

  it("equals a recount after every random sequence of writes", async () => {
    const programmeOf = (year: number) =>
      year <= 2020 ? "CT-KCQG-2014-2020" : year <= 2025 ? "CT-KCQG-2021-2025" : "CT-KCQG-2026-2030";
    await fc.assert(
      fc.asyncProperty(fc.array(write, { minLength: 1, maxLength: 12 }), async (writes) => {
        for (const w of writes) {
          if (w.kind === "plan") {
            const list = await json(await central.get(`/api/v1/annual-plans?year=${w.year}&unit=${w.unit}`));
            const existing = list.items.find((p: { unitId: string }) => p.unitId === w.unit);
            const decision = { decisionNumber: "01/QĐ", decisionDate: `${w.year}-01-05`, noteVi: "" };
            const response = existing
              ? await central.post(`/api/v1/annual-plans/${existing.id}/revisions`, {
                  version: existing.version,
                  ...decision,
                  lines: w.lines,
                })
              : await central.post("/api/v1/annual-plans", {
                  unitId: w.unit,
                  year: w.year,
                  programmeId: programmeOf(w.year),
                  ...decision,
                  lines: w.lines,
                });
            expect([200, 201, 422]).toContain(response.status);
          } else {
            const response = await central.request("PUT", "/api/v1/reported-figures", {
              unitId: w.unit,
              year: w.year,
              cutoffMonth: w.cutoffMonth,
              valueKind: "ACTUAL",
              noteVi: "",
              values: [{ indicator: "BUDGET_EXEC", source: w.source, value: w.value }],
            });
            expect([200, 422]).toContain(response.status);
          }
        }
        expect(await summaryDrift(ctx.db)).toEqual([]);
      }),
      { numRuns: 15 },
    );
    const before = await json(await central.get("/api/v1/dashboard/budget?year=2018"));
    await rebuildSummary(ctx.db);
    expect((await json(await central.get("/api/v1/dashboard/budget?year=2018"))).totals).toEqual(
      before.totals,
    );
  });
});
