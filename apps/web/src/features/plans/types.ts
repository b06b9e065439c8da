/** Shapes of the plans API (the contract the server presents; never database rows). */

import type { FundingSource, ProgrammeLevel, SourceGroup, ValueKind } from "@kc/domain";
import type { Money, Pct } from "../../lib/figures";

type CheckKind = "SUM" | "PERCENT" | "GROWTH";

export type { Money, Pct };

export type BySourceGroup = Record<SourceGroup, Money>;

export type ProgrammeTarget = { indicator: string; labelVi: string; target: string; targetText: string };

export type Programme = {
  id: string;
  level: ProgrammeLevel;
  unitId: string | null;
  unitLabelVi: string | null;
  nameVi: string;
  decisionNumber: string;
  decisionDate: string;
  issuerVi: string;
  yearFrom: number;
  yearTo: number;
  targets: ProgrammeTarget[];
  version: number;
};

export type ProgrammeInput = {
  level: "DIA_PHUONG";
  unitId: string;
  nameVi: string;
  decisionNumber: string;
  decisionDate: string;
  issuerVi: string;
  yearFrom: number;
  yearTo: number;
  targets: { indicator: string; target: string }[];
};

export type PlanUnit = { id: string; labelVi: string };

/** One budget line: `amount` is integer đồng as a decimal string. */
export type PlanLine = { source: FundingSource; content: string; amount: string };

export type PlanSummary = {
  id: string;
  unitId: string;
  unitLabelVi: string;
  year: number;
  programmeId: string;
  programmeNameVi: string;
  /** 1 = the original plan; each revising decision adds one. */
  revision: number;
  decisionNumber: string;
  decisionDate: string;
  total: Money;
  bySource: BySourceGroup;
  executed: Money;
  execPct: Pct;
  version: number;
};

export type PlanRevision = {
  revision: number;
  decisionNumber: string;
  decisionDate: string;
  noteVi: string;
  total: Money;
  lines: PlanLine[];
  createdAt: string;
  createdByName: string;
};

export type PlanDetail = PlanSummary & {
  lines: PlanLine[];
  executedBySource: BySourceGroup;
  /** % of plan per source group, as the server's figure engine printed it. */
  execPctBySource: Record<SourceGroup, Pct>;
  /** Newest first. */
  revisions: PlanRevision[];
  actions: { revise: boolean };
};

export type PlanCreateInput = {
  unitId: string;
  year: number;
  programmeId: string;
  decisionNumber: string;
  decisionDate: string;
  noteVi: string;
  lines: PlanLine[];
};

export type PlanRevisionInput = {
  version: number;
  decisionNumber: string;
  decisionDate: string;
  noteVi: string;
  lines: PlanLine[];
};

export type AnnualPlanListParams = { year?: number; unit?: string; page: number; pageSize: number };

export type ReportedFigure = {
  id: string;
  unitId: string;
  unitLabelVi: string;
  year: number;
  cutoffMonth: number;
  indicator: string;
  indicatorLabelVi?: string | null;
  source: FundingSource | null;
  content: string | null;
  /** Cumulative from January to the end of cutoffMonth: đồng for BUDGET_EXEC, a count otherwise. */
  value: string;
  /** The value as printed by the server: triệu đồng for money, a grouped count otherwise. */
  valueText: string;
  valueKind: ValueKind;
  noteVi: string;
  version: number;
};

export type ReportedFiguresInput = {
  unitId: string;
  year: number;
  cutoffMonth: number;
  valueKind: ValueKind;
  noteVi: string;
  values: { indicator: string; source?: FundingSource; content?: string; value: string }[];
};

export type ReportedFigureParams = { year?: number; unit?: string };

export type CheckFlag = {
  code: string;
  stated: string;
  computed: string;
  difference: string;
  messageVi: string;
};

export type CheckResult = {
  id: string;
  kind: CheckKind;
  labelVi: string;
  ok: boolean;
  computed: string;
  flag: CheckFlag | null;
};

export type CheckPreset = { id: string; titleVi: string; results: CheckResult[] };
