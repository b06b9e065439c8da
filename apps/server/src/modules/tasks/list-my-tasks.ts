import { compareTasks, overdueProgress, stateTaskDueBefore, stateTaskKind, type TaskKind } from "@kc/domain";
import type { Db } from "../../db/client";
import type { Actor } from "../../platform/context";
import { presentTask, type Task } from "./tasks.presenter";
import { countTasks, findTaskProjects, reportsOf } from "./tasks.queries";

/** The most tasks one answer lists; the count still says how many there are. */
export const TASK_LIST_LIMIT = 500;

/**
 * "Việc cần xử lý" of the signed-in user (issue 14, item 4): the projects in its data scope waiting for a step the
 * transition table gives it, and those whose monthly progress reports are overdue, each with its deadline, in
 * deadline order (missed first). Three queries whatever the number of tasks.
 */
export async function listMyTasks(options: { db: Db; actor: Actor; today: string; kind?: TaskKind }) {
  const { db, actor, today, kind } = options;
  const [rows, counted] = await Promise.all([
    findTaskProjects(db, actor, { today, kind, limit: TASK_LIST_LIMIT }),
    countTasks(db, actor, today),
  ]);
  const owing = rows.filter((row) => row.owesReports);
  const reports = await reportsOf(
    db,
    owing.map((row) => row.id),
  );
  const reportsByProject = new Map<string, typeof reports>();
  for (const report of reports) {
    const list = reportsByProject.get(report.projectId) ?? [];
    list.push(report);
    reportsByProject.set(report.projectId, list);
  }
  const items: Task[] = [];
  for (const row of rows) {
    const waitingKind = row.waits ? stateTaskKind(actor.role, row) : null;
    if (waitingKind) {
      const dueBefore = stateTaskDueBefore(waitingKind, row);
      items.push(presentTask(row, waitingKind, { dueBefore, months: [] }, today));
    }
    if (row.owesReports) {
      const due = overdueProgress(row, reportsByProject.get(row.id) ?? [], today);
      if (due.months.length > 0) items.push(presentTask(row, "PROGRESS_OVERDUE", due, today));
    }
  }
  items.sort((a, b) =>
    compareTasks(
      { dueBefore: a.dueBefore, code: a.record.code },
      { dueBefore: b.dueBefore, code: b.record.code },
    ),
  );
  return {
    items,
    count: kind === undefined ? counted.count : items.length,
    overdueCount: items.filter((item) => item.overdue).length,
    truncated: rows.length >= TASK_LIST_LIMIT,
    today,
  };
}
