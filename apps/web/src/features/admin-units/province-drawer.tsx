import { formatDate } from "@kc/domain";
import { Button, Descriptions, type DescriptionsProps, Drawer, Flex, Table, Tag, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { AdminUnit, AdminUnitDetail, AdminUnitRef } from "../../api/types";
import { EmptyState, ErrorState, LoadingSkeleton } from "../../components/query-state";
import { formatNumber } from "../../lib/format";
import { type Paging, serverPagination } from "../../lib/pagination";
import { useAdminUnit, useAdminUnits } from "./api";

type ProvinceDrawerProps = {
  unitId: string | null;
  /** The date chosen on the page. */
  asOf: string;
  onClose: () => void;
  /** Opens another unit (a predecessor or successor) in the same drawer. */
  onOpenUnit: (id: string) => void;
};

/** A date inside the unit's validity: the page's date when it fits, else the nearest end of the range. */
function dateWithin(unit: AdminUnitDetail, asOf: string): string {
  if (asOf < unit.validFrom) return unit.validFrom;
  if (unit.validTo && asOf > unit.validTo) return unit.validTo;
  return asOf;
}

function LinkedUnits({ units, onOpen }: { units: AdminUnitRef[]; onOpen: (id: string) => void }) {
  const { t } = useTranslation();
  if (units.length === 0) return <>{t("common.none")}</>;
  return (
    <Flex gap={4} wrap>
      {units.map((unit) => (
        <Button key={unit.id} size="small" onClick={() => onOpen(unit.id)}>
          {unit.name} ({unit.code})
        </Button>
      ))}
    </Flex>
  );
}

function Communes({ unit, asOf }: { unit: AdminUnitDetail; asOf: string }) {
  const { t } = useTranslation();
  const [paging, setPaging] = useState<Paging>({ page: 1, pageSize: 10 });
  const communes = useAdminUnits({ level: "XA", parentId: unit.id, asOf: dateWithin(unit, asOf), ...paging });

  if (communes.isPending) return <LoadingSkeleton rows={3} />;
  if (communes.isError) return <ErrorState error={communes.error} onRetry={() => void communes.refetch()} />;
  if (communes.data.total === 0) {
    return <Typography.Paragraph type="secondary">{t("adminUnits.communesEmpty")}</Typography.Paragraph>;
  }
  return (
    <>
      <Typography.Title level={3} style={{ fontSize: 16 }}>
        {t("adminUnits.communes", { total: formatNumber(communes.data.total) })}
      </Typography.Title>
      <Table<AdminUnit>
        rowKey="id"
        size="small"
        dataSource={communes.data.items}
        loading={communes.isFetching}
        locale={{ emptyText: <EmptyState /> }}
        pagination={serverPagination(paging, communes.data.total, setPaging)}
        columns={[
          { title: t("common.code"), dataIndex: "code", width: 90 },
          { title: t("common.name"), dataIndex: "name" },
          { title: t("adminUnits.kind"), dataIndex: "kindLabel", width: 120 },
        ]}
      />
    </>
  );
}

/** Details of one provincial unit: validity, legal basis, mergers and its communes. */
export function ProvinceDrawer({ unitId, asOf, onClose, onOpenUnit }: ProvinceDrawerProps) {
  const { t } = useTranslation();
  const unit = useAdminUnit(unitId);
  const data = unit.data;

  const items: DescriptionsProps["items"] = data
    ? [
        { key: "code", label: t("common.code"), children: data.code },
        { key: "name", label: t("common.name"), children: data.name },
        { key: "kind", label: t("adminUnits.kind"), children: data.kindLabel },
        { key: "region", label: t("adminUnits.region"), children: data.regionLabel ?? t("common.none") },
        { key: "from", label: t("common.validFrom"), children: formatDate(data.validFrom) },
        {
          key: "to",
          label: t("common.validTo"),
          children: data.validTo ? (
            formatDate(data.validTo)
          ) : (
            <Tag color="green">{t("common.stillInForce")}</Tag>
          ),
        },
        {
          key: "basis",
          label: t("common.legalBasis"),
          children: data.legalBasis ? (
            <span>
              <Typography.Text strong>{data.legalBasis.number}</Typography.Text> — {data.legalBasis.title}
            </span>
          ) : (
            t("adminUnits.noLegalBasis")
          ),
        },
        {
          key: "predecessors",
          label: t("adminUnits.predecessors"),
          children: <LinkedUnits units={data.predecessors} onOpen={onOpenUnit} />,
        },
        {
          key: "successors",
          label: t("adminUnits.successors"),
          children: <LinkedUnits units={data.successors} onOpen={onOpenUnit} />,
        },
      ]
    : [];

  return (
    <Drawer
      open={Boolean(unitId)}
      onClose={onClose}
      size={720}
      title={data ? data.name : t("adminUnits.detailTitle")}
      destroyOnHidden
    >
      {unit.isPending ? (
        <LoadingSkeleton />
      ) : unit.isError ? (
        <ErrorState error={unit.error} onRetry={() => void unit.refetch()} />
      ) : data ? (
        <Flex vertical gap={24}>
          <Descriptions bordered size="small" column={1} items={items} />
          <Communes key={data.id} unit={data} asOf={asOf} />
        </Flex>
      ) : null}
    </Drawer>
  );
}
