import { formatDate } from "@kc/domain";
import { Card, Col, Descriptions, Flex, Row, Statistic, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { FairDetail } from "../../../../api/types";
import { Section } from "../../../../components/section";
import { formatNumber } from "../../../../lib/format";
import { formatMoney } from "../../../../lib/money";
import { projectPath } from "../../../projects/paths";
import { fairDates } from "../list/fair-table";
import { FairStatusTag } from "../tags";

/**
 * The three counts of a fair side by side: distinct establishments, participations (lượt) and booths are different
 * numbers with different units and are never added together (§9.7 Q4).
 */
export function FairCounts({ fair }: { fair: FairDetail }) {
  const { t } = useTranslation();
  const items = [
    { key: "establishments", title: t("fairs.counts.establishments"), value: fair.counts.establishments },
    { key: "participations", title: t("fairs.counts.participations"), value: fair.counts.participations },
    { key: "booths", title: t("fairs.counts.booths"), value: fair.counts.booths },
  ];
  return (
    <Row gutter={[12, 12]}>
      {items.map((item) => (
        <Col key={item.key} xs={24} md={8}>
          <Card size="small" variant="outlined" data-testid={`fair-count-${item.key}`}>
            <Statistic
              title={item.title}
              value={item.value}
              formatter={(value) => formatNumber(Number(value))}
            />
          </Card>
        </Col>
      ))}
    </Row>
  );
}

/** Tổng quan: what the fair is, where and when, its booths and its money. */
export function FairOverviewTab({ fair }: { fair: FairDetail }) {
  const { t } = useTranslation();
  const none = t("common.none");
  return (
    <Flex vertical gap={24}>
      <FairCounts fair={fair} />
      <Section title={t("fairs.sections.general")}>
        <Descriptions
          bordered
          size="small"
          column={{ xs: 1, md: 2 }}
          items={[
            { key: "code", label: t("fairs.fields.code"), children: fair.code },
            {
              key: "status",
              label: t("fairs.fields.status"),
              children: <FairStatusTag status={fair.status} />,
            },
            { key: "level", label: t("fairs.fields.level"), children: fair.levelLabel },
            { key: "kind", label: t("fairs.fields.kind"), children: fair.kindLabel },
            { key: "host", label: t("fairs.fields.host"), children: fair.hostName },
            { key: "organiser", label: t("fairs.fields.organiser"), children: fair.organiserName },
            { key: "venue", label: t("fairs.fields.venue"), children: fair.venue || none },
            { key: "venueText", label: t("fairs.fields.venueText"), children: fair.venueText || none },
            { key: "dates", label: t("fairs.fields.dates"), children: fairDates(fair) },
            {
              key: "province",
              label: t("fairs.fields.province"),
              children: fair.provinceName ?? t("fairs.central"),
            },
            ...(fair.cancelReason
              ? [
                  {
                    key: "cancel",
                    label: t("fairs.fields.cancelReason"),
                    children: fair.cancelReason,
                    span: 2,
                  },
                ]
              : []),
          ]}
        />
      </Section>
      <Section title={t("fairs.sections.booths")}>
        <Descriptions
          bordered
          size="small"
          column={{ xs: 1, md: 2 }}
          items={[
            {
              key: "planned",
              label: t("fairs.fields.plannedBooths"),
              children: formatNumber(fair.plannedBooths),
            },
            {
              key: "actual",
              label: t("fairs.fields.actualBooths"),
              children: fair.actualBooths === null ? none : formatNumber(fair.actualBooths),
            },
            {
              key: "taken",
              label: t("fairs.fields.boothsTaken"),
              children: formatNumber(fair.counts.booths),
            },
            {
              key: "price",
              label: t("fairs.fields.boothPrice"),
              children: fair.boothPrice === null ? none : formatMoney(fair.boothPrice),
            },
            {
              key: "support",
              label: t("fairs.fields.supportTotal"),
              children: formatMoney(fair.counts.supportTotal),
            },
            {
              key: "project",
              label: t("fairs.fields.fundingProject"),
              children: fair.fundingProject ? (
                <Link to={projectPath(fair.fundingProject.id)}>
                  {fair.fundingProject.code} — {fair.fundingProject.title}
                </Link>
              ) : (
                none
              ),
            },
          ]}
        />
        <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
          {t("fairs.changedOn", { date: formatDate(fair.statusChangedAt.slice(0, 10)) })}
        </Typography.Paragraph>
      </Section>
    </Flex>
  );
}
