import { percentOf, type Ratio } from "../figures/fixed";

/**
 * Consulting and services of the extension centres (DOMAIN §3.7: "consulting revenue is a tracked indicator";
 * R-2024-north: "62 dự án tư vấn, 4,87 tỷ đồng, đạt 49,1 % kế hoạch năm, bằng 153,7 % so với cùng kỳ"). The
 * figure is computed from the contracts, never typed in (§9.7 Q5): a contract counts in a window when it was
 * signed in it, with the revenue received on it; the plan is the sum of the centres' yearly revenue plans.
 */
export type ConsultingContractFacts = {
  centreId: string;
  signedOn: string;
  /** Revenue received on the contract, in đồng. */
  revenueReceived: bigint;
};

export type ConsultingPlanFacts = { centreId: string; year: number; revenuePlan: bigint };

export type ConsultingWindow = { from: string; to: string };

export type ConsultingSummary = {
  window: ConsultingWindow;
  contractCount: number;
  revenue: bigint;
  /** Sum of the yearly revenue plans of the window's year for the centres in question. */
  yearPlan: bigint;
  percentOfYearPlan: Ratio | null;
  /** The same window one year earlier, and this window's revenue as % of it ("153,7 % so với cùng kỳ"). */
  samePeriodLastYear: { contractCount: number; revenue: bigint };
  percentOfSamePeriod: Ratio | null;
};

const within = (day: string, window: ConsultingWindow) => day >= window.from && day <= window.to;

/** The same calendar window a year earlier; 29 February becomes 28 February. */
export function yearEarlier(window: ConsultingWindow): ConsultingWindow {
  const shift = (day: string) => {
    const year = Number(day.slice(0, 4)) - 1;
    const rest = day.slice(4) === "-02-29" ? "-02-28" : day.slice(4);
    return `${year}${rest}`;
  };
  return { from: shift(window.from), to: shift(window.to) };
}

function tally(contracts: readonly ConsultingContractFacts[], window: ConsultingWindow) {
  let contractCount = 0;
  let revenue = 0n;
  for (const contract of contracts) {
    if (!within(contract.signedOn, window)) continue;
    contractCount += 1;
    revenue += contract.revenueReceived;
  }
  return { contractCount, revenue };
}

/**
 * The consulting figure of a set of centres for a window inside one year (a conference's 6-month window, a
 * whole year): contracts signed in it, revenue received on them, against the centres' plans of that year and
 * against the same window a year earlier. The caller passes only the centres in question (one centre, a
 * region's centres on the window's map).
 */
export function consultingSummary(
  window: ConsultingWindow,
  contracts: readonly ConsultingContractFacts[],
  plans: readonly ConsultingPlanFacts[],
): ConsultingSummary {
  const year = Number(window.from.slice(0, 4));
  const current = tally(contracts, window);
  const earlier = tally(contracts, yearEarlier(window));
  const yearPlan = plans
    .filter((plan) => plan.year === year)
    .reduce((sum, plan) => sum + plan.revenuePlan, 0n);
  return {
    window,
    ...current,
    yearPlan,
    percentOfYearPlan: percentOf(current.revenue, yearPlan),
    samePeriodLastYear: earlier,
    // Revenue as a percentage of last year's ("bằng 153,7 %"), i.e. growth + 100.
    percentOfSamePeriod: percentOf(current.revenue, earlier.revenue),
  };
}
