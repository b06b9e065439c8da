import { type ActionAvailability, actionReason, availability } from "../actions/action-availability";
import { type ReportState, reportIsEditable } from "./report-workflow";

/**
 * Files attached to a province's report (issue 17 item 2): the signed scan, annex tables, photos. They belong to
 * what the province sends, so they change under the same rule as the cells: only while the report is with the
 * province (draft or returned); once sent, approved or locked, the files are part of the record.
 */

/** Thirty files of up to 20 MB each: a report and its annexes, not a photo archive. */
export const REPORT_ATTACHMENTS_MAX = 30;

/** Whether a file may be added to (or removed from) a report in `state` that holds `count` files now. */
export function reportAttachmentChange(
  state: ReportState,
  change: "ADD" | "DELETE",
  count: number,
): ActionAvailability {
  return availability([
    !reportIsEditable(state) && actionReason("REPORT_ATTACHMENTS_LOCKED"),
    change === "ADD" &&
      count >= REPORT_ATTACHMENTS_MAX &&
      actionReason(
        "REPORT_ATTACHMENTS_FULL",
        `Mỗi báo cáo đính kèm tối đa ${REPORT_ATTACHMENTS_MAX} tệp; hãy xóa bớt hoặc gộp các tệp`,
      ),
  ]);
}
