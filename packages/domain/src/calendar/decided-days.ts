import type { Confidence } from "../reference/types";
import type { CalendarOverride } from "./working-days";

/**
 * The government's yearly decisions that the computed calendar does not already give, for 2025–2026. They are
 * seed DATA for the `calendar_day` table, which an admin corrects on the calendar screen; nothing reads this
 * list at run time once the table is seeded.
 *
 * Checked against the default of public-holidays.ts:
 * - 2025 Tết Ất Tỵ: days off 25/01–02/02, statutory days 27/01–31/01 = the default (two last days of the year
 *   and mùng 1–3); nothing to add.
 * - 2025 Quốc khánh: 1–2/09 (Mon–Tue) = the default; nothing to add.
 * - 2026 Tết Bính Ngọ: days off 14/02–22/02 = the default (15/02 is a Sunday, made up on Friday 20/02).
 * Not entered because not known reliably here (an admin adds them when decided): any swap around 1/1/2026,
 * 30/4–1/5/2026 (Giỗ Tổ falls on Sunday 26/04/2026 and is made up on Monday 27/04 by law already) and
 * 2/9/2026; the "Ngày Văn hóa Việt Nam" (24/11) day off discussed in 2025 is not law here until confirmed.
 */
export type DecidedDay = CalendarOverride & { confidence: Confidence };

export const decidedDays2025To2026: readonly DecidedDay[] = [
  {
    date: "2025-04-26",
    kind: "WORKING_DAY",
    name: "Làm bù thứ Bảy 26/04/2025 để nghỉ thứ Sáu 02/05/2025 (hoán đổi ngày làm việc dịp 30/4–1/5)",
    // The swap was announced by the Ministry of Home Affairs with the Prime Minister's agreement (04/2025);
    // the document number is not recorded here.
    confidence: "SECONDARY",
  },
  {
    date: "2025-05-02",
    kind: "HOLIDAY",
    name: "Nghỉ thứ Sáu 02/05/2025 (hoán đổi với thứ Bảy 26/04/2025)",
    confidence: "SECONDARY",
  },
];
