/**
 * Option builders for the dashboard charts: pure functions from the server's figures to ECharts options.
 * Charts display figures, they do not compute them: bar lengths come from the exact đồng scaled to triệu đồng,
 * and every label and tooltip shows the server's own text (amounts and percentages).
 */

import type { BudgetDashboard, DashboardRow, Money, Pct } from "../../api/types";
import { formatNumber } from "../../lib/format";
import type { ChartOption } from "./echart";

const PLAN_COLOR = "#9fb8d8";
const EXEC_COLOR = "#1d5ba6";
const PCT_COLOR = "#c8a02a";
const REPORTED_COLOR = "#b4480a";

/** Translated names the charts need (series, unit); the page passes them in. */
export type ChartLabels = {
  plan: string;
  exec: string;
  execPct: string;
  monthExec: string;
  cumulative: string;
  unit: string;
  monthShort: (month: number) => string;
  /** Series of reported year-to-date values, and the label of one: "Báo cáo lũy kế đến hết T7". */
  reported: string;
  reportedAt: (month: number, annual: boolean) => string;
  noPlan: string;
  noMonthData: string;
  noData: string;
};

/** Bar length in triệu đồng; exact đồng stay on the server, this only sizes a shape. No figure, no bar. */
function millions(money: Money | null): number | null {
  return money ? Number(money.dong) / 1_000_000 : null;
}

function pctValue(pct: Pct): number | null {
  return pct ? Number(pct.value) : null;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

function axisNumber(value: number): string {
  return formatNumber(value, { maxFractionDigits: 1 });
}

/**
 * One tooltip line: "Thực hiện: 57.615,3 triệu đồng (84,12 %)", or the words for a missing figure
 * ("Kế hoạch: chưa có kế hoạch"), never "0,0".
 */
function line(name: string, money: Money | null, unit: string, pct?: Pct, missing = ""): string {
  if (!money) return `${escapeHtml(name)}: <i>${escapeHtml(missing)}</i>`;
  const suffix = pct ? ` (${escapeHtml(pct.text)})` : "";
  return `${escapeHtml(name)}: <b>${escapeHtml(money.text)}</b> ${escapeHtml(unit)}${suffix}`;
}

/** The data index of the hovered item, whichever shape ECharts passes (one item or the axis' items). */
function hoveredIndex(params: unknown): number {
  const first: unknown = Array.isArray(params) ? params[0] : params;
  const index = (first as { dataIndex?: unknown } | undefined)?.dataIndex;
  return typeof index === "number" ? index : 0;
}

/** Plan against execution per region or province, with the % of plan at the end of each execution bar. */
export function rowsChartOption(rows: DashboardRow[], labels: ChartLabels): ChartOption {
  return {
    grid: { left: 8, right: 72, top: 32, bottom: 8 },
    legend: { top: 0, data: [labels.plan, labels.exec] },
    tooltip: {
      trigger: "axis",
      axisPointer: { type: "shadow" },
      formatter: (params) => {
        const row = rows[hoveredIndex(params)];
        if (!row) return "";
        return [
          `<b>${escapeHtml(row.labelVi)}</b>`,
          line(labels.plan, row.plan, labels.unit, null, labels.noPlan),
          line(labels.exec, row.exec, labels.unit, row.execPct),
        ].join("<br/>");
      },
    },
    xAxis: { type: "value", splitNumber: 4, axisLabel: { formatter: axisNumber, hideOverlap: true } },
    // Names on the vertical axis: long Vietnamese province names stay readable, in the table's order.
    yAxis: {
      type: "category",
      inverse: true,
      data: rows.map((row) => row.labelVi),
      axisLabel: { width: 150, overflow: "truncate" },
    },
    series: [
      {
        name: labels.plan,
        type: "bar",
        data: rows.map((row) => millions(row.plan)),
        itemStyle: { color: PLAN_COLOR },
      },
      {
        name: labels.exec,
        type: "bar",
        data: rows.map((row) => millions(row.exec)),
        itemStyle: { color: EXEC_COLOR },
        label: {
          show: true,
          position: "right",
          formatter: (params) => rows[params.dataIndex]?.execPct?.text ?? "",
        },
      },
    ],
  };
}

/**
 * Plan and execution (same cut-off month) of every year from the first one with figures, with the % of plan as a
 * line. The server lists the years between too, so a year without figures is an empty slot and the line breaks
 * there instead of joining its neighbours.
 */
export function trendChartOption(trend: BudgetDashboard["trend"], labels: ChartLabels): ChartOption {
  return {
    grid: { left: 8, right: 8, top: 40, bottom: 8 },
    legend: { top: 0, data: [labels.plan, labels.exec, labels.execPct] },
    tooltip: {
      trigger: "axis",
      formatter: (params) => {
        const item = trend[hoveredIndex(params)];
        if (!item) return "";
        return [
          `<b>${item.year}</b>`,
          line(labels.plan, item.plan, labels.unit, null, labels.noPlan),
          line(labels.exec, item.exec, labels.unit, item.execPct, labels.noData),
        ].join("<br/>");
      },
    },
    xAxis: { type: "category", data: trend.map((item) => String(item.year)) },
    yAxis: [
      { type: "value", axisLabel: { formatter: axisNumber } },
      {
        type: "value",
        axisLabel: { formatter: (value: number) => `${axisNumber(value)} %` },
        splitLine: { show: false },
      },
    ],
    series: [
      {
        name: labels.plan,
        type: "bar",
        data: trend.map((item) => millions(item.plan)),
        itemStyle: { color: PLAN_COLOR },
      },
      {
        name: labels.exec,
        type: "bar",
        data: trend.map((item) => millions(item.exec)),
        itemStyle: { color: EXEC_COLOR },
      },
      {
        name: labels.execPct,
        type: "line",
        yAxisIndex: 1,
        connectNulls: false,
        data: trend.map((item) => pctValue(item.execPct)),
        itemStyle: { color: PCT_COLOR },
        label: {
          show: trend.length <= 6,
          position: "top",
          formatter: (params) => trend[params.dataIndex]?.execPct?.text ?? "",
        },
      },
    ],
  };
}

/**
 * Payments month by month and their running total, and the reported year-to-date values as markers at their
 * cut-off month (a report of "7 tháng" is not July's figure, an annual report is not December's). A month without
 * payment records has no bar and its tooltip says "không có số liệu tháng".
 */
export function monthlyChartOption(
  monthly: BudgetDashboard["monthly"],
  reportedCutoffs: BudgetDashboard["reportedCutoffs"],
  labels: ChartLabels,
): ChartOption {
  const reportedAt = (month: number) => reportedCutoffs.find((cutoff) => cutoff.month === month);
  const reportedName = (cutoff: BudgetDashboard["reportedCutoffs"][number]) =>
    labels.reportedAt(cutoff.month, cutoff.kind === "ANNUAL");
  const hasReports = reportedCutoffs.length > 0;
  return {
    grid: { left: 8, right: 8, top: 40, bottom: 8 },
    legend: {
      top: 0,
      data: [labels.monthExec, labels.cumulative, ...(hasReports ? [labels.reported] : [])],
    },
    tooltip: {
      trigger: "axis",
      formatter: (params) => {
        const item = monthly[hoveredIndex(params)];
        if (!item) return "";
        const cutoff = reportedAt(item.month);
        return [
          `<b>${escapeHtml(labels.monthShort(item.month))}</b>`,
          line(labels.monthExec, item.exec, labels.unit, null, labels.noMonthData),
          ...(item.cumulative
            ? [line(labels.cumulative, item.cumulative, labels.unit, item.cumulativePct)]
            : []),
          ...(cutoff ? [line(reportedName(cutoff), cutoff.value, labels.unit, cutoff.pct)] : []),
        ].join("<br/>");
      },
    },
    xAxis: { type: "category", data: monthly.map((item) => labels.monthShort(item.month)) },
    yAxis: { type: "value", axisLabel: { formatter: axisNumber } },
    series: [
      {
        name: labels.monthExec,
        type: "bar",
        data: monthly.map((item) => millions(item.exec)),
        itemStyle: { color: PLAN_COLOR },
      },
      {
        name: labels.cumulative,
        type: "line",
        connectNulls: false,
        data: monthly.map((item) => millions(item.cumulative)),
        itemStyle: { color: EXEC_COLOR },
      },
      ...(hasReports
        ? [
            {
              name: labels.reported,
              type: "line" as const,
              // Points only: a year-to-date value stands at its cut-off and is not joined to anything.
              lineStyle: { width: 0 },
              symbol: "diamond",
              symbolSize: 14,
              showAllSymbol: true,
              data: monthly.map((item) => millions(reportedAt(item.month)?.value ?? null)),
              itemStyle: { color: REPORTED_COLOR },
              label: {
                show: true,
                position: "top" as const,
                formatter: (params: { dataIndex: number }) => {
                  const cutoff = reportedAt(monthly[params.dataIndex]?.month ?? 0);
                  return cutoff ? cutoff.value.text : "";
                },
              },
            },
          ]
        : []),
    ],
  };
}
