import { Alert, Button, Card, Flex, List, Tag, Typography } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import type { FairListItem } from "../../../../api/types";
import { ErrorState, LoadingSkeleton } from "../../../../components/query-state";
import { todayDayjs } from "../../../../lib/format";
import { usePhoneLayout } from "../../../../lib/use-phone-layout";
import { useFairCalendar } from "../api";
import { type FairFilters, readFairFilters, writeFairParams } from "../filters";
import { FairFilterBar } from "../list/fair-filters";
import { fairDates } from "../list/fair-table";
import { FairsHeader } from "../list/fairs-page";
import { fairPath } from "../paths";
import { FairStatusTag } from "../tags";

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/u;
const WEEKDAYS = ["T2", "T3", "T4", "T5", "T6", "T7", "CN"];

/** The month grid's days: whole weeks from the Monday on or before the 1st to the Sunday on or after the last. */
function monthDays(month: Dayjs): Dayjs[] {
  const first = month.startOf("month");
  const start = first.subtract((first.day() + 6) % 7, "day");
  const last = month.endOf("month");
  const end = last.add((7 - last.day()) % 7, "day");
  const days: Dayjs[] = [];
  for (let day = start; !day.isAfter(end, "day"); day = day.add(1, "day")) days.push(day);
  return days;
}

function FairChip({ fair }: { fair: FairListItem }) {
  return (
    <Link to={fairPath(fair.id)} className="kc-fair-chip" title={`${fair.name} (${fairDates(fair)})`}>
      <Tag
        color={fair.status === "CANCELLED" ? "default" : "blue"}
        style={{ marginInlineEnd: 0, maxWidth: "100%" }}
      >
        <span style={{ overflow: "hidden", textOverflow: "ellipsis", display: "block" }}>{fair.name}</span>
      </Tag>
    </Link>
  );
}

/** A month grid (a table of weeks): each fair is shown on every day it spans. */
function MonthGrid({ month, fairs }: { month: Dayjs; fairs: FairListItem[] }) {
  const days = monthDays(month);
  const weeks = Array.from({ length: days.length / 7 }, (_, index) => days.slice(index * 7, index * 7 + 7));
  return (
    <table
      className="kc-fair-month"
      aria-label={month.format("MM/YYYY")}
      style={{ width: "100%", tableLayout: "fixed", borderCollapse: "separate", borderSpacing: 4 }}
    >
      <thead>
        <tr>
          {WEEKDAYS.map((name) => (
            <th key={name} scope="col" style={{ fontWeight: 600 }}>
              {name}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {weeks.map((week) => (
          <tr key={week[0]?.format("YYYY-MM-DD")}>
            {week.map((day) => {
              const iso = day.format("YYYY-MM-DD");
              const on = fairs.filter((fair) => fair.startDate <= iso && fair.endDate >= iso);
              const inMonth = day.month() === month.month();
              return (
                <td
                  key={iso}
                  style={{
                    height: 92,
                    verticalAlign: "top",
                    border: "1px solid var(--ant-color-border-secondary, #f0f0f0)",
                    borderRadius: 6,
                    padding: 4,
                    background: inMonth ? undefined : "var(--ant-color-fill-quaternary, #fafafa)",
                    overflow: "hidden",
                  }}
                >
                  <Typography.Text type={inMonth ? undefined : "secondary"} style={{ fontSize: 12 }}>
                    {day.date()}
                  </Typography.Text>
                  <Flex vertical gap={2}>
                    {on.map((fair) => (
                      <FairChip key={fair.id} fair={fair} />
                    ))}
                  </Flex>
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** On a phone the month is a list of its fairs by opening day: seven columns do not fit 390 px. */
function MonthList({ fairs }: { fairs: FairListItem[] }) {
  const { t } = useTranslation();
  return (
    <List
      dataSource={fairs}
      locale={{ emptyText: t("fairs.calendar.empty") }}
      renderItem={(fair) => (
        <List.Item>
          <Flex vertical gap={2} align="flex-start">
            <Link to={fairPath(fair.id)}>{fair.name}</Link>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {fairDates(fair)} · {fair.venue}
            </Typography.Text>
            <FairStatusTag status={fair.status} />
          </Flex>
        </List.Item>
      )}
    />
  );
}

/** `/app/hoi-cho-trien-lam/lich`: the fairs of a month (`?thang=2026-10`), with the list's filters. */
export function FairCalendarPage() {
  const { t } = useTranslation();
  const phone = usePhoneLayout();
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = useMemo(() => readFairFilters(searchParams), [searchParams]);
  const monthParam = searchParams.get("thang");
  const month =
    monthParam && MONTH.test(monthParam) ? dayjs(`${monthParam}-01`) : todayDayjs().startOf("month");
  const from = month.startOf("month").format("YYYY-MM-DD");
  const to = month.endOf("month").format("YYYY-MM-DD");
  const calendar = useFairCalendar({ ...filters, year: undefined, from, to });

  const go = (patch: Partial<FairFilters> & { thang?: string }) => {
    const current = new URLSearchParams(window.location.search);
    const next = {
      ...readFairFilters(current),
      thang: current.get("thang") ?? undefined,
      ...patch,
      year: undefined,
    };
    setSearchParams(writeFairParams(next), { replace: true });
  };
  const search = searchParams.toString();

  return (
    <>
      <FairsHeader view="calendar" search={search ? `?${search}` : ""} />
      <Card variant="outlined">
        <FairFilterBar filters={filters} onChange={go} withYear={false} />
        <Flex align="center" gap={8} wrap style={{ margin: "12px 0" }}>
          <Button onClick={() => go({ thang: month.subtract(1, "month").format("YYYY-MM") })}>
            {t("fairs.calendar.previous")}
          </Button>
          <Typography.Title level={4} style={{ margin: 0 }} data-testid="fair-calendar-month">
            {t("fairs.calendar.month", { month: month.format("MM/YYYY") })}
          </Typography.Title>
          <Button onClick={() => go({ thang: month.add(1, "month").format("YYYY-MM") })}>
            {t("fairs.calendar.next")}
          </Button>
          <Button type="link" onClick={() => go({ thang: undefined })}>
            {t("fairs.calendar.thisMonth")}
          </Button>
        </Flex>
        {calendar.isPending ? <LoadingSkeleton /> : null}
        {calendar.isError ? (
          <ErrorState error={calendar.error} onRetry={() => void calendar.refetch()} />
        ) : null}
        {calendar.data?.truncated ? (
          <Alert type="info" showIcon title={t("fairs.calendar.truncated")} />
        ) : null}
        {calendar.data ? (
          phone ? (
            <MonthList fairs={calendar.data.items} />
          ) : (
            <MonthGrid month={month} fairs={calendar.data.items} />
          )
        ) : null}
      </Card>
    </>
  );
}
