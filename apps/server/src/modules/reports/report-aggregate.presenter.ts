import { z } from "@hono/zod-openapi";
import {
  type AggregateProvinceStatus,
  geographyBasisCodes,
  geographyBasisLabels,
  regionCodes,
  reportColumnCodes,
  reportStateLabels,
  reportStates,
  reportValueKinds,
} from "@kc/domain";
import type { ReportAggregateView } from "./get-report-aggregate";
import { cellText, presentTemplate, reportCheckSchema, templateSchema } from "./report-page";

const valueKind = z.enum(reportValueKinds);

const provinceStatusSchema = z.object({
  id: z.string(),
  labelVi: z.string(),
  countedAsId: z.string().describe("Tỉnh mà số liệu được tính vào: chính nó, hoặc tỉnh hiện nay khi quy đổi"),
  countedAsLabelVi: z.string(),
  reportId: z.string().nullable().describe("null khi chưa mở báo cáo, hoặc khi người xem không được xem"),
  state: z.enum(reportStates).nullable(),
  stateLabelVi: z.string(),
});

const aggregateCellSchema = z.object({
  cell: z.string().describe("Dòng/cột, ví dụ KP/PERIOD"),
  row: z.string(),
  column: z.enum(reportColumnCodes),
  value: z
    .string()
    .nullable()
    .describe("Tổng (hoặc tỷ lệ tính lại từ các tổng); null khi các tỉnh báo cáo khác loại số liệu"),
  text: z.string().nullable(),
  valueKind: valueKind.nullable(),
  byKind: z.array(z.object({ valueKind, value: z.string(), text: z.string(), provinces: z.number().int() })),
  reporting: z.number().int().describe("Số tỉnh đã duyệt có số liệu ở ô này"),
  recomputed: z.boolean().describe("Tỷ lệ tính lại từ các số tổng, không cộng hay bình quân tỷ lệ của tỉnh"),
  distinctCountSum: z
    .boolean()
    .describe("Tổng số cơ sở không trùng lặp của từng tỉnh: là cận trên, một cơ sở có thể được hai tỉnh đếm"),
  contributions: z.array(
    z.object({
      provinceId: z.string(),
      provinceLabelVi: z.string(),
      reportId: z.string(),
      value: z.string(),
      text: z.string(),
      valueKind,
    }),
  ),
  withheld: z.number().int().describe("Số tỉnh góp vào ô này mà người xem không được xem số liệu riêng"),
});

export const reportAggregateSchema = z
  .object({
    template: templateSchema,
    period: z.object({
      year: z.number().int(),
      index: z.number().int(),
      labelVi: z.string(),
      from: z.string(),
      to: z.string(),
    }),
    scope: z.object({
      kind: z.enum(["NATIONAL", "REGION"]),
      region: z.enum(regionCodes).nullable(),
      labelVi: z.string(),
    }),
    basis: z.enum(geographyBasisCodes),
    basisLabelVi: z.string(),
    cells: z.array(aggregateCellSchema),
    included: z.array(provinceStatusSchema),
    missing: z.array(provinceStatusSchema),
    checks: z.array(reportCheckSchema),
  })
  .openapi("PeriodicReportAggregate");

export type ReportAggregateAnswer = z.infer<typeof reportAggregateSchema>;

export function presentReportAggregate(view: ReportAggregateView): ReportAggregateAnswer {
  const { template, aggregate, query, window, visible } = view;
  const mayShow = (provinceId: string) => visible === null || visible.has(provinceId);
  const labelOf = (provinceId: string) => view.places.get(provinceId)?.labelVi ?? provinceId;
  const status = (province: AggregateProvinceStatus) => ({
    id: province.id,
    labelVi: province.labelVi,
    countedAsId: province.countedAs.id,
    countedAsLabelVi: province.countedAs.labelVi,
    reportId: mayShow(province.id) ? province.reportId : null,
    state: province.state,
    stateLabelVi: province.state ? reportStateLabels[province.state] : "Chưa mở báo cáo",
  });
  return {
    template: presentTemplate(view.templateId, template),
    period: {
      year: query.year,
      index: query.periodIndex,
      labelVi: window.labelVi,
      from: window.from,
      to: window.to,
    },
    scope: {
      kind: query.scope.kind,
      region: query.scope.kind === "REGION" ? (query.scope.region as (typeof regionCodes)[number]) : null,
      labelVi: view.scopeLabelVi,
    },
    basis: query.basis,
    basisLabelVi: geographyBasisLabels[query.basis],
    cells: aggregate.cells.map((cell) => {
      const shown = cell.contributions.filter((c) => mayShow(c.provinceId));
      return {
        cell: cell.key,
        row: cell.row,
        column: cell.column,
        value: cell.value,
        text: cell.value === null ? null : cellText(template, cell.row, cell.column, cell.value),
        valueKind: cell.valueKind,
        byKind: reportValueKinds.flatMap((kind) => {
          const total = cell.byKind[kind];
          if (!total) return [];
          const text = cellText(template, cell.row, cell.column, total.value);
          return [{ valueKind: kind, value: total.value, text, provinces: total.provinces }];
        }),
        reporting: cell.reporting,
        recomputed: cell.recomputed,
        distinctCountSum: cell.distinctCountSum,
        contributions: shown.map((c) => ({
          provinceId: c.provinceId,
          provinceLabelVi: labelOf(c.provinceId),
          reportId: c.reportId,
          value: c.value,
          text: cellText(template, cell.row, cell.column, c.value),
          valueKind: c.valueKind,
        })),
        withheld: cell.contributions.length - shown.length,
      };
    }),
    included: aggregate.included.map(status),
    missing: aggregate.missing.map(status),
    checks: aggregate.checks.map((check) => ({
      id: check.statement.id,
      cell: check.cells[0] ?? "",
      cells: check.cells,
      severity: check.severity,
      result: check.result,
    })),
  };
}
