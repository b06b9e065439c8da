import { formatDate } from "@kc/domain";
import { Alert, Button, Card, Col, Flex, Row, Statistic, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { formatNumber } from "../../lib/format";
import type { CentreList } from "./api";

/**
 * The network's staff as of the chosen day, said honestly: how many of the centres existing that day have
 * figures up to it, and when none has (today's 34 centres against the 63 counted in 2018) no total of 0 but the
 * day of the latest figures in the reader's scope, one click away. The sums and averages are the server's.
 */
export function NetworkFigures({ list, onDay }: { list: CentreList; onDay: (day: string) => void }) {
  const { t } = useTranslation();
  const { averages, latestSnapshotDay } = list;
  const day = formatDate(list.day);
  const none = averages.reportingCount === 0;
  const partial = !none && averages.reportingCount < averages.centreCount;
  const jump =
    latestSnapshotDay && latestSnapshotDay !== list.day ? (
      <Button size="small" onClick={() => onDay(latestSnapshotDay)}>
        {t("centres.showFiguresOf", { day: formatDate(latestSnapshotDay) })}
      </Button>
    ) : null;
  return (
    <Card
      // The day must stay readable on a phone: the title wraps instead of being cut.
      title={<span style={{ whiteSpace: "normal" }}>{t("centres.averagesTitleOn", { day })}</span>}
      size="small"
      style={{ marginBottom: 16 }}
      data-testid="network-figures"
    >
      {none ? (
        <Alert
          type="info"
          showIcon
          title={t("centres.noFiguresOn", { count: averages.centreCount, day })}
          description={
            <Flex vertical gap={8} align="flex-start">
              {latestSnapshotDay
                ? t("centres.latestFiguresAre", { day: formatDate(latestSnapshotDay) })
                : t("centres.noFiguresAtAll")}
              {jump}
            </Flex>
          }
        />
      ) : (
        <>
          {partial ? (
            <Alert
              type="warning"
              showIcon
              style={{ marginBottom: 12 }}
              title={t("centres.partialFigures", {
                reporting: averages.reportingCount,
                count: averages.centreCount,
                day,
              })}
            />
          ) : null}
          <Row gutter={[16, 16]}>
            <Col xs={12} md={6}>
              <Statistic title={t("centres.centreCount")} value={formatNumber(averages.centreCount)} />
              <Typography.Text type="secondary">
                {t("centres.reporting", { count: averages.reportingCount })}
              </Typography.Text>
            </Col>
            <Col xs={12} md={6}>
              <Statistic title={t("centres.totalStaff")} value={formatNumber(averages.total)} />
            </Col>
            <Col xs={12} md={6}>
              <Statistic title={t("centres.permanentStaff")} value={formatNumber(averages.permanent)} />
              <Typography.Text type="secondary">
                {t("centres.permanentShare")}: {averages.permanentShareText}
              </Typography.Text>
            </Col>
            <Col xs={12} md={6}>
              <Statistic
                title={t("centres.perCentre")}
                value={t("centres.perCentreValue", {
                  total: averages.perCentreText.total,
                  permanent: averages.perCentreText.permanent,
                })}
                valueStyle={{ fontSize: 18 }}
              />
            </Col>
          </Row>
        </>
      )}
    </Card>
  );
}
