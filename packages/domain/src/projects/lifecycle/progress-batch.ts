import { z } from "zod";
import { progressReportInputSchema } from "../project-input";

/**
 * Several overdue monthly reports of one project filed at once (issue 14, item 4): each month is a report of its
 * own (Form 3a), written all together or not at all. The list is short on purpose: a year and a half of months
 * is the most a catch-up needs, and it keeps one transaction small.
 */
export const PROGRESS_BATCH_MAX = 18;

const monthReportSchema = progressReportInputSchema.omit({ version: true });

export const progressReportBatchSchema = z.strictObject({
  version: z.number().int().min(1),
  reports: z
    .array(monthReportSchema)
    .min(1, "Chọn ít nhất một tháng để báo cáo")
    .max(PROGRESS_BATCH_MAX, `Mỗi lần báo cáo tối đa ${PROGRESS_BATCH_MAX} tháng`)
    .superRefine((reports, ctx) => {
      const seen = new Set<string>();
      reports.forEach((report, index) => {
        if (seen.has(report.period))
          ctx.addIssue({
            code: "custom",
            path: [index, "period"],
            message: `Tháng ${report.period.slice(5, 7)}/${report.period.slice(0, 4)} có hai lần trong danh sách`,
          });
        seen.add(report.period);
      });
    }),
});
export type ProgressReportBatch = z.infer<typeof progressReportBatchSchema>;
export type ProgressMonthReport = z.infer<typeof monthReportSchema>;
