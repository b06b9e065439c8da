import { addWorkingDays, type CalendarOverride, type OverrideIndex } from "../../calendar/working-days";
import { formatDate, isIsoDate } from "../../format";
import type { IsoDate } from "../../reference/types";

/**
 * S6 (Circular 26/2014/TT-BCT Art. 20): an entrant may complain within 15 working days of being notified of
 * the results; the council answers within 10 working days of receiving the complaint. Working days come from
 * the calendar (public holidays, Tết by the lunar calendar, the yearly decisions passed as overrides). Day 1
 * is the working day after the notification or receipt; the last day itself is still in time.
 */

export const COMPLAINT_WINDOW_WORKING_DAYS = 15;
export const COMPLAINT_RESOLUTION_WORKING_DAYS = 10;

type Overrides = readonly CalendarOverride[] | OverrideIndex;

/** Last day on which a complaint about results notified on `notifiedOn` is still received. */
export function complaintWindow(notifiedOn: IsoDate, overrides: Overrides = []): IsoDate {
  return addWorkingDays(notifiedOn, COMPLAINT_WINDOW_WORKING_DAYS, overrides);
}

/** Last day for the council to answer a complaint received on `receivedOn`. */
export function complaintResolutionDue(receivedOn: IsoDate, overrides: Overrides = []): IsoDate {
  return addWorkingDays(receivedOn, COMPLAINT_RESOLUTION_WORKING_DAYS, overrides);
}

export type ComplaintTimingVerdict =
  | { ok: true; lastDay: IsoDate; resolutionDue: IsoDate }
  | { ok: false; code: "COMPLAINT_LATE" | "COMPLAINT_BEFORE_NOTICE"; lastDay: IsoDate; messageVi: string };

/**
 * Whether a complaint received on `receivedOn` is in time. Late ones are refused with the last allowed day
 * named; one dated before the notification is refused too (nothing was yet notified to complain about).
 */
export function complaintTiming(
  notifiedOn: IsoDate,
  receivedOn: IsoDate,
  overrides: Overrides = [],
): ComplaintTimingVerdict {
  if (!isIsoDate(notifiedOn) || !isIsoDate(receivedOn)) {
    throw new RangeError(`Ngày không hợp lệ: ${notifiedOn} / ${receivedOn}`);
  }
  const lastDay = complaintWindow(notifiedOn, overrides);
  if (receivedOn < notifiedOn) {
    return {
      ok: false,
      code: "COMPLAINT_BEFORE_NOTICE",
      lastDay,
      messageVi: `Ngày nhận khiếu nại ${formatDate(receivedOn)} trước ngày thông báo kết quả ${formatDate(notifiedOn)}`,
    };
  }
  if (receivedOn > lastDay) {
    return {
      ok: false,
      code: "COMPLAINT_LATE",
      lastDay,
      messageVi: `Khiếu nại quá hạn: thời hạn ${COMPLAINT_WINDOW_WORKING_DAYS} ngày làm việc kể từ ngày thông báo ${formatDate(notifiedOn)} đã hết vào ngày ${formatDate(lastDay)}`,
    };
  }
  return { ok: true, lastDay, resolutionDue: complaintResolutionDue(receivedOn, overrides) };
}
