import {
  daysBetween,
  dueInWordsVi,
  formatDate,
  type ReportPeriodKind,
  type ReportWindowRule,
  reportWindow,
} from "@kc/domain";
import type { AppConfig } from "../../platform/context";
import type { MailMessage } from "../../platform/mail/mailer";

type TemplateInfo = {
  titleVi: string;
  periodKind: ReportPeriodKind;
  windowRule: ReportWindowRule;
  deadlineDaysAfterWindow: number;
};

type Reminder = {
  templateId: string;
  year: number;
  periodIndex: number;
  step: string;
  dueOn: string;
  reportId: string | null;
};

/** The web app's pages a reminder links to (apps/web features/reports/paths.ts). */
const MY_REPORTS_PATH = "/app/bao-cao-cua-toi";
const reportPagePath = (id: string) => `/app/bao-cao/${encodeURIComponent(id)}`;

/**
 * The Vietnamese e-mail of one reminder: which report, which period, which province, the due day and how far it
 * is, and a link to the report (or to "Báo cáo của tôi" where it can be opened when it was never opened).
 */
export function reminderMail(
  reminder: Reminder,
  context: { config: AppConfig; today: string; titles: Map<string, TemplateInfo>; provinceLabel: string },
): Omit<MailMessage, "to"> {
  const template = context.titles.get(reminder.templateId);
  const title = template?.titleVi ?? reminder.templateId;
  const period = template
    ? reportWindow(template, { year: reminder.year, index: reminder.periodIndex }).labelVi
    : `${reminder.periodIndex}/${reminder.year}`;
  const due = formatDate(reminder.dueOn);
  const when = dueInWordsVi(daysBetween(context.today, reminder.dueOn)).toLowerCase();
  const base = context.config.publicUrl.replace(/\/$/, "");
  const link = `${base}${reminder.reportId ? reportPagePath(reminder.reportId) : MY_REPORTS_PATH}`;
  const who = context.provinceLabel;
  if (reminder.step.startsWith("RETURNED")) {
    return {
      subject: `[Khuyến công] Báo cáo bị trả lại: ${title} – ${period} (${who})`,
      text: [
        `Báo cáo "${title}" kỳ ${period} của ${who} đã được Cục trả lại để sửa.`,
        "Xin xem ý kiến của Cục trên từng ô số liệu, sửa và gửi lại báo cáo.",
        `Hạn gửi của kỳ báo cáo: ${due}.`,
        "",
        `Mở báo cáo: ${link}`,
      ].join("\n"),
    };
  }
  const overdue = reminder.step.startsWith("D+");
  return {
    subject: overdue
      ? `[Khuyến công] Quá hạn báo cáo: ${title} – ${period} (${who})`
      : `[Khuyến công] Nhắc hạn báo cáo: ${title} – ${period} (${who}), hạn ${due}`,
    text: [
      overdue
        ? `Báo cáo "${title}" kỳ ${period} của ${who} đã quá hạn gửi (hạn ${due}, ${when}) mà chưa được gửi.`
        : `Báo cáo "${title}" kỳ ${period} của ${who} phải gửi trước hết ngày ${due} (${when}).`,
      reminder.reportId
        ? "Báo cáo đã được mở: xin hoàn thiện số liệu và gửi."
        : "Báo cáo chưa được mở: số liệu được lấy sẵn từ hồ sơ khi mở báo cáo.",
      "",
      `Mở báo cáo: ${link}`,
      "",
      "Thư này được gửi tự động từ Hệ thống quản lý khuyến công; xin không trả lời thư này.",
    ].join("\n"),
  };
}
