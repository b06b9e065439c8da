import { formatDate } from "@kc/domain";
import { Card, Col, Descriptions, Flex, InputNumber, Result, Row, Statistic, Table, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useParams } from "react-router";
import { BackToList } from "../../components/back-to-list";
import { PageHeader } from "../../components/page-header";
import { ErrorState, LoadingSkeleton } from "../../components/query-state";
import { Section } from "../../components/section";
import { isApiError } from "../../lib/api";
import { formatNumber } from "../../lib/format";
import { type CentrePage as Page, useCentrePage } from "./api";
import { CENTRES_PATH } from "./paths";
import { StaffingForm } from "./staffing-form";

type Snapshot = Page["staffing"][number];
type Contract = Page["contracts"][number];

const count = (value: number | null) => (value === null ? "—" : formatNumber(value));

/**
 * One centre: its place in the catalogue (parent department, province, dates across the 2025 merger), its staff
 * by date, and its consulting and services for a year against the year's revenue plan, computed by the server.
 */
export function CentrePage() {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  // Undefined until the user picks one: the server shows this year, or a closed centre's last year.
  const [year, setYear] = useState<number | undefined>(undefined);
  const page = useCentrePage(id, year);
  if (page.isPending) return <LoadingSkeleton />;
  if (page.isError) {
    if (isApiError(page.error) && page.error.status === 404) {
      return (
        <Result
          status="404"
          title={t("centres.notFoundTitle")}
          subTitle={t("centres.notFound")}
          extra={<BackToList listPath={CENTRES_PATH} label={t("centres.backToList")} />}
        />
      );
    }
    return <ErrorState error={page.error} onRetry={() => void page.refetch()} />;
  }
  const { centre, staffing, contracts, consulting } = page.data;
  const shownYear = Number(consulting.from.slice(0, 4));
  const validity = centre.validTo
    ? t("centres.fromTo", { from: formatDate(centre.validFrom), to: formatDate(centre.validTo) })
    : t("centres.from", { from: formatDate(centre.validFrom) });

  const staffingColumns = [
    { title: t("centres.asOf"), key: "asOf", render: (_: unknown, s: Snapshot) => formatDate(s.asOf) },
    {
      title: t("centres.total"),
      key: "total",
      align: "right" as const,
      render: (_: unknown, s: Snapshot) => count(s.total),
    },
    {
      title: t("centres.permanent"),
      key: "permanent",
      align: "right" as const,
      render: (_: unknown, s: Snapshot) => count(s.permanent),
    },
    {
      title: t("centres.contract"),
      key: "contract",
      align: "right" as const,
      render: (_: unknown, s: Snapshot) => count(s.contract),
    },
    {
      title: t("centres.partTime"),
      key: "partTime",
      align: "right" as const,
      render: (_: unknown, s: Snapshot) => count(s.partTime),
    },
    {
      title: t("centres.collaborators"),
      key: "collaborators",
      align: "right" as const,
      render: (_: unknown, s: Snapshot) => count(s.collaborators),
    },
    { title: t("centres.note"), key: "note", render: (_: unknown, s: Snapshot) => s.note || "—" },
  ];
  const contractColumns = [
    {
      title: t("centres.signedOn"),
      key: "signedOn",
      render: (_: unknown, c: Contract) => formatDate(c.signedOn),
    },
    { title: t("centres.client"), key: "client", render: (_: unknown, c: Contract) => c.client.name },
    { title: t("centres.subject"), key: "subject", render: (_: unknown, c: Contract) => c.subject },
    {
      title: t("centres.contractNumber"),
      key: "number",
      render: (_: unknown, c: Contract) => c.contractNumber ?? "—",
    },
    {
      title: t("centres.value"),
      key: "value",
      align: "right" as const,
      render: (_: unknown, c: Contract) => c.value.text,
    },
    {
      title: t("centres.revenueReceived"),
      key: "revenue",
      align: "right" as const,
      render: (_: unknown, c: Contract) => c.revenueReceived.text,
    },
  ];
  const yearContracts = contracts.filter((c) => c.signedOn.startsWith(String(shownYear)));

  return (
    <>
      <BackToList listPath={CENTRES_PATH} label={t("centres.backToList")} />
      <PageHeader
        title={centre.name}
        description={`${centre.typeLabel} · ${centre.province?.name ?? t("centres.regional")}`}
      />
      <Card variant="outlined" style={{ marginBottom: 16 }}>
        <Descriptions column={{ xs: 1, md: 2 }} bordered size="small">
          <Descriptions.Item label={t("centres.parent")}>{centre.parent?.name ?? "—"}</Descriptions.Item>
          <Descriptions.Item label={t("centres.province")}>{centre.province?.name ?? "—"}</Descriptions.Item>
          <Descriptions.Item label={t("centres.validity")}>{validity}</Descriptions.Item>
          <Descriptions.Item label={t("centres.latestStaffing")}>
            {centre.latestStaffing
              ? `${count(centre.latestStaffing.total)} (${count(centre.latestStaffing.permanent)}) · ${formatDate(centre.latestStaffing.asOf)}`
              : t("centres.noStaffing")}
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <Flex vertical gap={24}>
        <Section
          title={t("centres.staffingTitle")}
          extra={page.data.canEdit ? <StaffingForm centreId={centre.id} /> : null}
        >
          <Table<Snapshot>
            rowKey="id"
            size="small"
            columns={staffingColumns}
            dataSource={staffing}
            pagination={false}
            scroll={{ x: 720 }}
            locale={{ emptyText: t("centres.noSnapshots") }}
          />
        </Section>
        <Section
          title={t("centres.consultingTitle", { year: shownYear })}
          extra={
            <InputNumber
              aria-label={t("centres.year")}
              min={2007}
              max={2100}
              value={shownYear}
              onChange={(value) => value && setYear(value)}
            />
          }
        >
          <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
            <Col xs={12} md={6}>
              <Statistic title={t("centres.contracts")} value={formatNumber(consulting.contractCount)} />
            </Col>
            <Col xs={12} md={6}>
              <Statistic title={t("centres.revenue")} value={consulting.revenue.text} />
            </Col>
            <Col xs={12} md={6}>
              <Statistic
                title={t("centres.yearPlan")}
                value={consulting.yearPlan?.text ?? t("centres.noPlan")}
              />
            </Col>
            <Col xs={12} md={6}>
              <Statistic title={t("centres.ofPlan")} value={consulting.percentOfYearPlanText} />
              <Typography.Text type="secondary">
                {t("centres.ofLastYear")}: {consulting.percentOfSamePeriodText}
              </Typography.Text>
            </Col>
          </Row>
          <Typography.Paragraph>{consulting.sentenceVi}</Typography.Paragraph>
          <Table<Contract>
            rowKey="id"
            size="small"
            columns={contractColumns}
            dataSource={yearContracts}
            pagination={{ pageSize: 20, hideOnSinglePage: true }}
            scroll={{ x: 860 }}
            locale={{ emptyText: t("centres.noContracts") }}
          />
        </Section>
      </Flex>
    </>
  );
}
