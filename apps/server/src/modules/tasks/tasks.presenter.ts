import { z } from "@hono/zod-openapi";
import {
  fundingLevelLabels,
  type IsoDate,
  isPastDue,
  projectStatusLabels,
  type TaskKind,
  taskKindCodes,
  taskKindLabels,
  taskTitleVi,
} from "@kc/domain";
import type { TaskProjectRow } from "./tasks.queries";

const coded = z.object({ code: z.string(), label: z.string() });
const isoDate = z.string().describe("Ngày, dạng YYYY-MM-DD");

export const taskSchema = z
  .object({
    kind: z.object({ code: z.enum(taskKindCodes), label: z.string() }),
    title: z.string().describe("Việc cần làm, bằng tiếng Việt"),
    record: z.object({
      type: z.literal("project"),
      id: z.string(),
      code: z.string(),
      name: z.string(),
    }),
    province: z.object({ id: z.string(), name: z.string() }).nullable(),
    status: coded,
    fundingLevel: coded,
    dueBefore: isoDate
      .nullable()
      .describe("Hạn: việc phải xong trước ngày này; null khi văn bản không quy định"),
    overdue: z.boolean(),
    months: z.array(z.string()).describe("Báo cáo tiến độ quá hạn: các tháng còn thiếu (YYYY-MM), cũ trước"),
    version: z.number().int().describe("Phiên bản đề án, để ghi báo cáo tiến độ nhiều tháng"),
    link: z.object({
      type: z.literal("project"),
      id: z.string(),
      tab: z.enum(["overview", "progress", "timeline"]),
    }),
  })
  .openapi("Task");

export const taskListSchema = z
  .object({
    items: z.array(taskSchema),
    count: z.number().int().describe("Số việc cần xử lý (bằng số ở huy hiệu trên đầu trang)"),
    overdueCount: z.number().int(),
    truncated: z.boolean().describe("Danh sách chỉ hiện một phần vì quá dài"),
    today: isoDate,
  })
  .openapi("TaskList");

export const taskCountSchema = z.object({ count: z.number().int() }).openapi("TaskCount");

export type Task = z.infer<typeof taskSchema>;

export function presentTask(
  row: TaskProjectRow,
  kind: TaskKind,
  due: { dueBefore: IsoDate | null; months: string[] },
  today: IsoDate,
): Task {
  return {
    kind: { code: kind, label: taskKindLabels[kind] },
    title: taskTitleVi(kind, row.status, due.months),
    record: { type: "project", id: row.id, code: row.code, name: row.title },
    province: row.provinceId && row.provinceName ? { id: row.provinceId, name: row.provinceName } : null,
    status: { code: row.status, label: projectStatusLabels[row.status] ?? row.status },
    fundingLevel: { code: row.fundingLevel, label: fundingLevelLabels[row.fundingLevel] ?? row.fundingLevel },
    dueBefore: due.dueBefore,
    overdue: isPastDue(due.dueBefore, today),
    months: due.months,
    version: row.version,
    link: {
      type: "project",
      id: row.id,
      tab:
        kind === "PROGRESS_OVERDUE"
          ? "progress"
          : kind === "APPRAISAL" || kind === "APPROVAL"
            ? "overview"
            : "timeline",
    },
  };
}
