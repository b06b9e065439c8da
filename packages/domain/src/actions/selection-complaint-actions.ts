import { acceptsComplaints } from "../selection/round-lifecycle";
import type { ComplaintStatus, RoundStatus } from "../selection/selection.codes";
import { type ActionAvailability, actionReason, availability } from "./action-availability";

/**
 * Recording a complaint (S6): only while the round is in its complaint stage, after the results were notified.
 * A complaint received in time may still be entered after the last day; its received date is checked on save.
 */
export function recordComplaintAction(state: {
  roundStatus: RoundStatus;
  notified: boolean;
}): ActionAvailability {
  return availability([
    !acceptsComplaints(state.roundStatus) &&
      actionReason(
        "SELECTION_COMPLAINT_WINDOW_CLOSED",
        "Đợt bình chọn không ở giai đoạn nhận khiếu nại (chưa thông báo kết quả hoặc đã kết thúc)",
      ),
    acceptsComplaints(state.roundStatus) &&
      !state.notified &&
      actionReason("SELECTION_COMPLAINT_WINDOW_CLOSED", "Chưa ghi ngày thông báo kết quả cho cơ sở dự thi"),
  ]);
}

/** The council answers a complaint once; an answered or withdrawn one is not answered again. */
export function resolveComplaintAction(state: { complaintStatus: ComplaintStatus }): ActionAvailability {
  return availability([state.complaintStatus !== "OPEN" && actionReason("SELECTION_COMPLAINT_RESOLVED")]);
}
