import { formatDate } from "@kc/domain";
import { Card, Descriptions, Flex, Result, Table } from "antd";
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
import { ConsultingSection } from "./consulting-section";
import { CENTRES_PATH } from "./paths";
import { StaffingForm } from "./staffing-form";

type Snapshot = Page["staffing"][number];

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
  const { centre, staffing } = page.data;
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
              ? `${count(centre.latestStaffing.total)} (${count(centre.latestStaffing.permanent)}) · ${t("centres.figuresOf", { day: formatDate(centre.latestStaffing.asOf) })}`
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
        <ConsultingSection page={page.data} onYear={setYear} reload={() => page.refetch()} />
      </Flex>
    </>
  );
}
