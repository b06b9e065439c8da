import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { roundRatio } from "../../figures/fixed";
import type { FrameCriterion } from "./scoring";
import {
  MEAN_DECIMALS,
  meanOfTotals,
  meanReachesThreshold,
  type SummaryInput,
  summariseScores,
} from "./scoring-summary";

/** A one-criterion frame makes a sheet's total equal its single score, which keeps the arithmetic visible. */
const oneCriterion: FrameCriterion[] = [{ code: "T", group: "C1", label: "Tổng", maxPoints: 100 }];
const sheet = (entryId: string, memberId: string, points: number) => ({
  entryId,
  memberId,
  scores: { T: points },
});

function round(sheets: [string, string, number][], jurors = ["j1", "j2", "j3"]): SummaryInput {
  const entryIds = [...new Set(sheets.map(([entryId]) => entryId))];
  return {
    criteria: oneCriterion,
    jurors: jurors.map((memberId) => ({ memberId })),
    entries: entryIds.map((entryId) => ({ entryId, establishmentId: `est-${entryId}` })),
    sheets: sheets.map(([entryId, memberId, points]) => sheet(entryId, memberId, points)),
    conflicts: [],
  };
}

describe("summary minute", () => {
  it("means exactly, rounds once to two decimals half up, flags ≥ 70 and ranks 1, 2, 2, 4", () => {
    const summary = summariseScores(
      round([
        ["a", "j1", 90],
        ["a", "j2", 80],
        ["a", "j3", 82.5], // 252,5 / 3 = 84,1666… → 84,17
        ["b", "j1", 70],
        ["b", "j2", 70],
        ["b", "j3", 70.5], // 210,5 / 3 = 70,1666… → 70,17
        ["c", "j1", 71],
        ["c", "j2", 70],
        ["c", "j3", 69.5], // 210,5 / 3 as well: same rank
        ["d", "j1", 70],
        ["d", "j2", 69.5],
        ["d", "j3", 70], // 209,5 / 3 = 69,8333… → 69,83, fails
      ]),
    );
    expect(summary.complete).toBe(true);
    expect(summary.entries.map((e) => [e.entryId, e.meanText, e.passes, e.rank])).toEqual([
      ["a", "84,17", true, 1],
      ["b", "70,17", true, 2],
      ["c", "70,17", true, 2],
      ["d", "69,83", false, 4],
    ]);
  });

  it("rounds a half up: 84,125 → 84,13", () => {
    // Four jurors: totals 84 + 84 + 84 + 84,5 = 336,5 / 4 = 84,125.
    const summary = summariseScores(
      round(
        [
          ["a", "j1", 84],
          ["a", "j2", 84],
          ["a", "j3", 84],
          ["a", "j4", 84.5],
        ],
        ["j1", "j2", "j3", "j4"],
      ),
    );
    expect(summary.entries[0]?.meanText).toBe("84,13");
  });

  it("passes at exactly 70 and not a half point below", () => {
    expect(
      summariseScores(
        round([
          ["a", "j1", 70],
          ["a", "j2", 70],
          ["a", "j3", 70],
        ]),
      ).entries[0]?.passes,
    ).toBe(true);
    const below = summariseScores(
      round([
        ["a", "j1", 70],
        ["a", "j2", 70],
        ["a", "j3", 69.5],
      ]),
    ).entries[0];
    expect(below).toMatchObject({ passes: false, meanText: "69,83" });
  });

  it("leaves a conflicted juror out of that entry only, and reports a sheet they should not have", () => {
    const input = round([
      ["a", "j1", 80],
      ["a", "j2", 60],
      ["a", "j3", 90],
      ["b", "j1", 50],
      ["b", "j2", 50],
      ["b", "j3", 50],
    ]);
    input.conflicts = [{ memberId: "j2", establishmentId: "est-a" }];
    const [a, b] = summariseScores(input).entries;
    expect(a).toMatchObject({
      scoringJurorIds: ["j1", "j3"],
      meanText: "85,00",
      conflictedSheetMemberIds: ["j2"],
    });
    expect(b).toMatchObject({ scoringJurorIds: ["j1", "j2", "j3"], meanText: "50,00" });
  });

  it("does not summarise an entry while a non-conflicted juror's sheet is missing or invalid, and says who", () => {
    const input = round([
      ["a", "j1", 80],
      ["a", "j3", 120],
    ]);
    const [a] = summariseScores(input).entries;
    expect(a).toMatchObject({
      summarisable: false,
      missingJurorIds: ["j2", "j3"],
      mean: null,
      rank: null,
      passes: false,
    });
    expect(summariseScores(input).complete).toBe(false);
  });

  it("does not summarise an entry every juror is in conflict with", () => {
    const input = round([["a", "j1", 80]], ["j1"]);
    input.conflicts = [{ memberId: "j1", establishmentId: "est-a" }];
    expect(summariseScores(input).entries[0]).toMatchObject({ summarisable: false, missingJurorIds: [] });
  });
});

describe("summary properties", () => {
  const halfPoints = fc.integer({ min: 0, max: 200 }).map((halves) => halves / 2);
  const jurySizes = fc.constantFrom(1, 3, 5, 7, 9, 11, 13);
  const scoresOfJury = jurySizes.chain((n) => fc.array(halfPoints, { minLength: n, maxLength: n }));

  const meanOf = (points: number[], order: number[] = points.map((_, i) => i)) => {
    const jurors = order.map((i) => `j${i}`);
    const input = round(
      order.map((i) => ["a", `j${i}`, points[i] as number]),
      jurors,
    );
    return summariseScores(input).entries[0];
  };

  it("does not depend on the order of the jurors", () => {
    fc.assert(
      fc.property(scoresOfJury, fc.integer(), (points, seed) => {
        const order = points
          .map((_, i) => i)
          .sort((x, y) => ((x * 7919 + seed) % 13) - ((y * 7919 + seed) % 13));
        const [first, second] = [meanOf(points), meanOf(points, order)];
        expect(second?.mean).toEqual(first?.mean);
        expect(second?.passes).toBe(first?.passes);
      }),
    );
  });

  it("keeps the mean within the lowest and highest total", () => {
    fc.assert(
      fc.property(scoresOfJury, (points) => {
        const mean = meanOfTotals(points.map((p) => p * 2));
        if (!mean) throw new Error("a jury has at least one member");
        const [low, high] = [Math.min(...points), Math.max(...points)];
        expect(mean.num * 2n >= BigInt(low * 2) * mean.den).toBe(true);
        expect(mean.num * 2n <= BigInt(high * 2) * mean.den).toBe(true);
      }),
    );
  });

  it("is monotone: raising one juror's score never turns a pass into a fail", () => {
    fc.assert(
      fc.property(scoresOfJury, fc.nat(), fc.integer({ min: 1, max: 20 }), (points, pick, raise) => {
        const before = meanOf(points);
        const index = pick % points.length;
        const raised = points.map((p, i) => (i === index ? Math.min(100, p + raise / 2) : p));
        const after = meanOf(raised);
        if (before?.passes) expect(after?.passes).toBe(true);
      }),
    );
  });

  it("never shows 70,00 or more for an entry that fails, nor less for one that passes (up to 99 jurors)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 99 }), fc.integer({ min: 130, max: 150 }), (n, meanish) => {
        // Totals near the threshold: sum of halves in a band around 140·n.
        for (let sum = meanish * n - n; sum <= meanish * n + n; sum++) {
          const mean = { num: BigInt(sum), den: BigInt(2 * n) };
          const shownAtLeast70 = roundRatio(mean, MEAN_DECIMALS).units >= 7000n;
          expect(meanReachesThreshold(mean)).toBe(shownAtLeast70);
        }
      }),
      { numRuns: 50 },
    );
  });

  it("ranks: a higher exact mean never gets a worse rank, equal means share one", () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(halfPoints, { minLength: 3, maxLength: 3 }), { minLength: 1, maxLength: 12 }),
        (rows) => {
          const sheets = rows.flatMap((row, e) =>
            row.map((p, j) => [`e${e}`, `j${j + 1}`, p] as [string, string, number]),
          );
          const entries = summariseScores(round(sheets)).entries;
          for (const x of entries) {
            for (const y of entries) {
              const [mx, my] = [x.mean, y.mean];
              if (!mx || !my) continue;
              const cmp = mx.num * my.den - my.num * mx.den;
              if (cmp > 0n) expect(x.rank as number).toBeLessThan(y.rank as number);
              if (cmp === 0n) expect(x.rank).toBe(y.rank);
            }
          }
          expect(Math.min(...entries.map((e) => e.rank as number))).toBe(1);
        },
      ),
    );
  });
});
