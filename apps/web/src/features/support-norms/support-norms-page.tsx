import { PlusOutlined } from "@ant-design/icons";
import { type FundingLevel, fundingLevelCodes, todayInVietnam } from "@kc/domain";
import { Button, Card, DatePicker, Flex, Form, Select, Tag, Typography } from "antd";
import dayjs from "dayjs";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import type { SupportNormSet } from "../../api/types";
import { type DataColumn, DataTable } from "../../components/data-table";
import { PageHeader } from "../../components/page-header";
import { EmptyState, ErrorState, LoadingSkeleton } from "../../components/query-state";
import { DATE_FORMAT, formatNumber } from "../../lib/format";
import { firstPage, type Paging, serverPagination } from "../../lib/pagination";
import { foldedSelectSearch } from "../../lib/text";
import { useProvinceOptions } from "../admin-units/api";
import { useAbility } from "../auth/current-user";
import { ConfidenceTag } from "../legal-documents/confidence-tag";
import { useSupportNormSets } from "./api";
import { CloseNormSetModal } from "./close-norm-set-modal";
import { NormSetDrawer, Validity } from "./norm-set-drawer";
import { NormSetFormDrawer } from "./norm-set-form-drawer";

/**
 * Support norms (DOMAIN §3.5): the dated norm sets, one legal table each, with the one that applies today
 * marked; users who manage norms add versions (copying an existing set) and end a table's validity.
 */
export function SupportNormsPage() {
  const { t } = useTranslation();
  const dateId = useId();
  const canManage = useAbility("supportNorms.manage");
  const [fundingLevel, setFundingLevel] = useState<FundingLevel | undefined>();
  const [provinceId, setProvinceId] = useState<string | undefined>();
  const [asOf, setAsOf] = useState<string | undefined>();
  const [paging, setPaging] = useState<Paging>(() => firstPage(50));
  const [openId, setOpenId] = useState<string | null>(null);
  const [copyFrom, setCopyFrom] = useState<string | null>(null);
  const [ending, setEnding] = useState<SupportNormSet | null>(null);
  const provinces = useProvinceOptions(asOf ?? todayInVietnam());
  const sets = useSupportNormSets({ fundingLevel, provinceId, asOf, ...paging });
  // The default starting point of a new version: the national set in force today, else the latest one.
  const national = useSupportNormSets({ fundingLevel: "KCQG", page: 1, pageSize: 200 }).data?.items ?? [];
  const currentId = (national.find((set) => set.applies) ?? national.at(-1))?.id ?? null;
  const toFirstPage = () => setPaging((p) => ({ ...p, page: 1 }));

  const columns: DataColumn<SupportNormSet>[] = [
    {
      title: t("supportNorms.label"),
      key: "label",
      render: (_, set) => (
        <Flex vertical gap={4} align="flex-start">
          <Typography.Text strong>{set.labelVi}</Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 13 }}>
            {t("supportNorms.legalBasis")}: {set.legalDocument?.number ?? set.legalDocumentKey}
          </Typography.Text>
          <Flex gap={4} wrap>
            <Tag>{t("supportNorms.version", { version: set.version })}</Tag>
            {set.applies ? (
              <Tag color="green">{asOf ? t("supportNorms.appliesOn") : t("supportNorms.applies")}</Tag>
            ) : null}
          </Flex>
        </Flex>
      ),
    },
    {
      title: t("supportNorms.funding"),
      key: "funding",
      width: 170,
      render: (_, set) => (
        <>
          {set.fundingLevelLabel}
          {set.provinceName ? (
            <Typography.Text type="secondary"> — {set.provinceName}</Typography.Text>
          ) : null}
        </>
      ),
    },
    {
      title: t("supportNorms.validity"),
      key: "validity",
      width: 180,
      render: (_, set) => <Validity validFrom={set.validFrom} validTo={set.validTo} />,
    },
    {
      title: t("supportNorms.normCount"),
      key: "normCount",
      dataIndex: "normCount",
      width: 100,
      align: "right",
      render: (count: number) => formatNumber(count),
    },
    {
      title: t("supportNorms.confidence"),
      key: "confidence",
      width: 230,
      render: (_, set) => (
        <Flex vertical gap={4}>
          <span>
            <Typography.Text type="secondary">{t("supportNorms.confidenceValues")}: </Typography.Text>
            <ConfidenceTag value={set.confidence} />
          </span>
          <span>
            <Typography.Text type="secondary">{t("supportNorms.confidenceDates")}: </Typography.Text>
            <ConfidenceTag value={set.datesConfidence} />
          </span>
        </Flex>
      ),
    },
  ];

  return (
    <>
      <PageHeader
        title={t("supportNorms.title")}
        description={t("supportNorms.description")}
        extra={
          canManage ? (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              disabled={currentId === null}
              onClick={() => setCopyFrom(currentId)}
            >
              {t("supportNorms.addVersion")}
            </Button>
          ) : null
        }
      />
      <Card variant="outlined">
        <Flex gap={12} wrap align="center" className="kc-toolbar">
          <Select
            aria-label={t("supportNorms.fundingFilter")}
            placeholder={t("supportNorms.fundingFilter")}
            allowClear
            style={{ width: 220 }}
            value={fundingLevel}
            onChange={(value?: FundingLevel) => {
              setFundingLevel(value);
              if (value === "KCQG") setProvinceId(undefined);
              toFirstPage();
            }}
            options={fundingLevelCodes.map((code) => ({
              value: code,
              label: t(`supportNorms.fundingLevels.${code}`),
            }))}
          />
          <Select
            aria-label={t("supportNorms.provinceFilter")}
            placeholder={t("supportNorms.provinceFilter")}
            allowClear
            showSearch={foldedSelectSearch}
            loading={provinces.isPending}
            disabled={fundingLevel === "KCQG"}
            style={{ width: 220 }}
            value={provinceId}
            onChange={(value?: string) => {
              setProvinceId(value);
              toFirstPage();
            }}
            options={provinces.options}
          />
          <Form.Item label={t("supportNorms.onDate")} htmlFor={dateId} style={{ marginBottom: 0 }}>
            <DatePicker
              id={dateId}
              format={DATE_FORMAT}
              placeholder={t("supportNorms.allDates")}
              value={asOf ? dayjs(asOf) : null}
              onChange={(date) => {
                setAsOf(date ? date.format("YYYY-MM-DD") : undefined);
                toFirstPage();
              }}
            />
          </Form.Item>
        </Flex>
        {sets.isPending ? (
          <LoadingSkeleton />
        ) : sets.isError ? (
          <ErrorState error={sets.error} onRetry={() => void sets.refetch()} />
        ) : (
          <>
            <Typography.Paragraph className="kc-count-line" aria-live="polite">
              <Typography.Text strong>
                <span data-testid="norm-set-count">{formatNumber(sets.data.total)}</span>
              </Typography.Text>{" "}
              {t("supportNorms.countSuffix")}
            </Typography.Paragraph>
            <DataTable<SupportNormSet>
              tableId="support-norm-sets"
              rowKey="id"
              columns={columns}
              dataSource={sets.data.items}
              loading={sets.isFetching && sets.isPlaceholderData}
              locale={{ emptyText: <EmptyState /> }}
              pagination={serverPagination(paging, sets.data.total, setPaging)}
              rowClassName={() => "kc-clickable-row"}
              onRow={(set) => ({
                onClick: () => setOpenId(set.id),
                onKeyDown: (event) => {
                  if (event.key === "Enter") setOpenId(set.id);
                },
                tabIndex: 0,
              })}
            />
          </>
        )}
      </Card>
      <NormSetDrawer
        setId={openId}
        onClose={() => setOpenId(null)}
        onCopy={(set) => setCopyFrom(set.id)}
        onEnd={setEnding}
      />
      {canManage ? (
        <>
          <NormSetFormDrawer
            baseId={copyFrom}
            onClose={() => setCopyFrom(null)}
            onCreated={(id) => {
              setCopyFrom(null);
              setOpenId(id);
            }}
          />
          {ending ? <CloseNormSetModal set={ending} onClose={() => setEnding(null)} /> : null}
        </>
      ) : null}
    </>
  );
}
