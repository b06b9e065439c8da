import { Tag } from "antd";
import { useTranslation } from "react-i18next";

/**
 * Working days left to a deadline, as the server counted them on the calendar (holidays, Tết, decided days off):
 * a few left is a warning, the last day is orange, past it is red with the days overdue.
 */
export function DeadlineTag({ daysLeft }: { daysLeft: number }) {
  const { t } = useTranslation();
  if (daysLeft < 0) return <Tag color="red">{t("selectionComplaints.overdueBy", { count: -daysLeft })}</Tag>;
  if (daysLeft === 0) return <Tag color="orange">{t("selectionComplaints.lastDayToday")}</Tag>;
  return (
    <Tag color={daysLeft <= 3 ? "gold" : "blue"}>
      {t("selectionComplaints.daysLeft", { count: daysLeft })}
    </Tag>
  );
}
