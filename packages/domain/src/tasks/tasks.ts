import type { RoleCode } from "../access/roles";
import { NATIONAL_DEADLINE_DAYS } from "../projects/guards/guards-planning";
import { actorKindsFor } from "../projects/lifecycle/actors";
import { findTransition, levelRule } from "../projects/lifecycle/lifecycle";
import type { TransitionCode } from "../projects/lifecycle/lifecycle.types";
import { progressCalendar, reportingStatuses } from "../projects/lifecycle/progress";
import {
  type ActorKind,
  type FundingLevel,
  fundingLevelCodes,
  type ProjectStatus,
} from "../projects/project.constants";
import type { IsoDate } from "../reference/types";

/**
 * "Việc cần xử lý" (issue 14, item 4): what waits for the signed-in user. A task is derived, never stored: a
 * project in a state whose next step the transition table gives to one of the user's actor kinds, or a project
 * whose monthly progress reports are overdue (DOMAIN §9.3 rule 6). Rules are data, so a step's actors change in
 * one place (`lifecycle-*.data.ts`) and the tasks follow.
 */

export const taskKindCodes = [
  "RETURNED",
  "PROGRESS_OVERDUE",
  "REGISTRATION",
  "APPRAISAL",
  "APPROVAL",
  "ADJUSTMENT",
] as const;
export type TaskKind = (typeof taskKindCodes)[number];

export const taskKindLabels: Record<TaskKind, string> = {
  RETURNED: "Hồ sơ bị trả lại cần hoàn thiện",
  PROGRESS_OVERDUE: "Báo cáo tiến độ hằng tháng quá hạn",
  REGISTRATION: "Đề án chờ đăng ký với Cục",
  APPRAISAL: "Đề án chờ thẩm định",
  APPROVAL: "Đề án chờ phê duyệt vào kế hoạch",
  ADJUSTMENT: "Đề nghị điều chỉnh chờ trả lời",
};

/** Which plan-building deadline bounds a task; `null`: the texts set none (DOMAIN §4.2 table). */
type DeadlineSource = keyof typeof NATIONAL_DEADLINE_DAYS | null;

export type ProjectTaskRule = {
  kind: TaskKind;
  status: ProjectStatus;
  /** The step that settles the task; its actors (per funding level) are the users who have the task. */
  step: TransitionCode;
  /**
   * Staff who prepare the decision without recording it: the central agency's officers for what waits at the
   * central level, the DoIT for the adjustment requests it must check on site and confirm (Circ. 36/2013 Art.
   * 11, 21.2.b).
   */
  alsoActors?: Partial<Record<FundingLevel, readonly ActorKind[]>>;
  deadline: DeadlineSource;
  /** What the user is asked to do, as the task list says it. */
  titleVi: string;
};

/**
 * One rule per waiting state. The deadline of a returned dossier and of the DoIT's appraisal is the central
 * registration day (15/6 of the year before the plan year, Circ. 36/2013 Art. 6): after it the DoIT can no longer
 * register the project, so the dossier and its appraisal must be done before (🟡 inference; KCĐP has none).
 */
export const projectTaskRules: readonly ProjectTaskRule[] = [
  {
    kind: "RETURNED",
    status: "RETURNED",
    step: "SUBMIT_BASE",
    deadline: "centralRegistrationBefore",
    titleVi: "Hoàn thiện hồ sơ và gửi lại Sở Công Thương",
  },
  {
    kind: "APPRAISAL",
    status: "SUBMITTED_BASE",
    step: "APPRAISE_BASE",
    deadline: "centralRegistrationBefore",
    titleVi: "Thẩm định hồ sơ cấp cơ sở",
  },
  {
    kind: "REGISTRATION",
    status: "BASE_APPRAISED",
    step: "REGISTER_CENTRAL",
    deadline: "centralRegistrationBefore",
    titleVi: "Đăng ký đề án với Cục",
  },
  {
    kind: "APPROVAL",
    status: "BASE_APPRAISED",
    step: "APPROVE_INTO_LOCAL_PLAN",
    deadline: null,
    titleVi: "Phê duyệt vào kế hoạch khuyến công địa phương",
  },
  {
    kind: "APPRAISAL",
    status: "SUBMITTED_CENTRAL",
    step: "APPRAISE_CENTRAL",
    alsoActors: { KCQG: ["central"] },
    deadline: null,
    titleVi: "Thẩm định cấp Bộ",
  },
  {
    kind: "APPROVAL",
    status: "CENTRAL_APPRAISED",
    step: "APPROVE_INTO_PLAN",
    alsoActors: { KCQG: ["central"] },
    deadline: null,
    titleVi: "Phê duyệt vào kế hoạch khuyến công quốc gia",
  },
  {
    kind: "ADJUSTMENT",
    status: "ADJUSTMENT_PENDING",
    step: "APPROVE_ADJUSTMENT",
    alsoActors: { KCQG: ["central", "provincial"], KCDP: ["provincial"] },
    deadline: null,
    titleVi: "Xem xét và trả lời đề nghị điều chỉnh",
  },
];

/** Who files monthly progress reports: the implementer, or the DoIT for it (`record-progress-report.ts`). */
export const progressReportActors: readonly ActorKind[] = ["implementer", "provincial"];

/**
 * One state × funding level in which the role has a task. `asImplementer`: only on projects the user implements
 * (an IMPLEMENTER account's own organisation, or provincial staff whose province's centre or DoIT implements it).
 */
export type TaskCondition = {
  kind: TaskKind;
  statuses: readonly ProjectStatus[];
  fundingLevel: FundingLevel | null;
  asImplementer: boolean;
};

const withoutRelation = { implementsAsOrganisation: false, implementsAsProvince: false };
const asImplementerRelation = { implementsAsOrganisation: true, implementsAsProvince: true };

function holds(role: RoleCode, actors: readonly ActorKind[]): { any: boolean; asImplementer: boolean } {
  const always = actorKindsFor(role, withoutRelation);
  if (actors.some((kind) => always.includes(kind))) return { any: true, asImplementer: false };
  const related = actorKindsFor(role, asImplementerRelation);
  return { any: actors.some((kind) => related.includes(kind)), asImplementer: true };
}

/** The conditions the server turns into one scoped WHERE clause (no per-project look-ups). */
export function taskConditionsFor(role: RoleCode): TaskCondition[] {
  const conditions: TaskCondition[] = [];
  for (const rule of projectTaskRules) {
    const transition = findTransition(rule.step);
    if (!transition) continue;
    for (const fundingLevel of fundingLevelCodes) {
      const level = levelRule(transition, fundingLevel);
      if (!level) continue;
      const actors = [...level.actors, ...(rule.alsoActors?.[fundingLevel] ?? [])];
      const held = holds(role, actors);
      if (held.any)
        conditions.push({
          kind: rule.kind,
          statuses: [rule.status],
          fundingLevel,
          asImplementer: held.asImplementer,
        });
    }
  }
  const progress = holds(role, progressReportActors);
  if (progress.any)
    conditions.push({
      kind: "PROGRESS_OVERDUE",
      statuses: reportingStatuses,
      fundingLevel: null,
      asImplementer: progress.asImplementer,
    });
  return conditions;
}

export type TaskProject = {
  status: ProjectStatus;
  fundingLevel: FundingLevel;
  planYear: number;
  contractSignedOn: IsoDate | null;
};

/** The deadline of a state task: the day the step must come before, or null when no text sets one. */
export function stateTaskDueBefore(kind: TaskKind, project: TaskProject): IsoDate | null {
  const rule = projectTaskRules.find((r) => r.kind === kind && r.status === project.status);
  if (!rule?.deadline || project.fundingLevel !== "KCQG") return null;
  return `${project.planYear - 1}-${NATIONAL_DEADLINE_DAYS[rule.deadline]}`;
}

/** The months a reporting project still owes, oldest first, with the day the oldest was due before. */
export function overdueProgress(
  project: TaskProject,
  reports: readonly { period: string; reportedOn: IsoDate }[],
  today: IsoDate,
): { months: string[]; dueBefore: IsoDate | null } {
  if (project.contractSignedOn === null) return { months: [], dueBefore: null };
  const overdue = progressCalendar({ from: project.contractSignedOn, until: null, reports, today }).filter(
    (month) => month.status === "OVERDUE",
  );
  return { months: overdue.map((m) => m.period), dueBefore: overdue[0]?.dueBefore ?? null };
}

/** A deadline is missed once its day has come ("before the 25th": the 25th is late). */
export function isPastDue(dueBefore: IsoDate | null, today: IsoDate): boolean {
  return dueBefore !== null && today >= dueBefore;
}

/** Tasks in the order a page shows them: missed deadlines first, then the nearest, then those without one. */
export function compareTasks(
  a: { dueBefore: IsoDate | null; code: string },
  b: { dueBefore: IsoDate | null; code: string },
): number {
  if (a.dueBefore !== b.dueBefore) {
    if (a.dueBefore === null) return 1;
    if (b.dueBefore === null) return -1;
    return a.dueBefore < b.dueBefore ? -1 : 1;
  }
  return a.code < b.code ? -1 : a.code > b.code ? 1 : 0;
}

const monthVi = (period: string) => `${period.slice(5, 7)}/${period.slice(0, 4)}`;

/** The task's sentence: the rule's for a waiting state; the months owed for overdue reports. */
export function taskTitleVi(kind: TaskKind, status: ProjectStatus, months: readonly string[] = []): string {
  if (kind === "PROGRESS_OVERDUE") {
    const first = months[0];
    const last = months.at(-1);
    if (!first || !last) return "Nộp báo cáo tiến độ hằng tháng";
    return months.length === 1
      ? `Nộp báo cáo tiến độ tháng ${monthVi(first)}`
      : `Nộp ${months.length} báo cáo tiến độ tháng còn thiếu (${monthVi(first)} – ${monthVi(last)})`;
  }
  return (
    projectTaskRules.find((rule) => rule.kind === kind && rule.status === status)?.titleVi ??
    taskKindLabels[kind]
  );
}

/** Which waiting-state task a project in `status` is for the role, when the server found it among its tasks. */
export function stateTaskKind(
  role: RoleCode,
  project: { status: ProjectStatus; fundingLevel: FundingLevel },
): TaskKind | null {
  const condition = taskConditionsFor(role).find(
    (c) =>
      c.kind !== "PROGRESS_OVERDUE" &&
      c.statuses.includes(project.status) &&
      c.fundingLevel === project.fundingLevel,
  );
  return condition?.kind ?? null;
}
