import { UploadOutlined } from "@ant-design/icons";
import { todayInVietnam } from "@kc/domain";
import { Button, Card, Flex, Tag, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { AdminUnit, AdminUnitRef } from "../../api/types";
import { AsOfPicker } from "../../components/as-of-picker";
import { type DataColumn, DataTable } from "../../components/data-table";
import { PageHeader } from "../../components/page-header";
import { EmptyState, ErrorState, LoadingSkeleton } from "../../components/query-state";
import { SearchInput } from "../../components/search-input";
import { formatNumber } from "../../lib/format";
import { firstPage, type Paging, serverPagination } from "../../lib/pagination";
import { useAbility } from "../auth/current-user";
import { useAdminUnits } from "./api";
import { CommuneImportModal } from "./commune-import-modal";
import { ProvinceDrawer } from "./province-drawer";

export function UnitTags({ units, color, self }: { units: AdminUnitRef[]; color?: string; self?: string }) {
  const { t } = useTranslation();
  if (units.length === 0) return <Typography.Text type="secondary">{t("common.none")}</Typography.Text>;
  // A province that went through 2025 unchanged is linked to its own former record: say so plainly.
  if (self && units.length === 1 && units[0]?.name === self) {
    return <Typography.Text type="secondary">{t("adminUnits.unchanged")}</Typography.Text>;
  }
  return (
    <Flex gap={4} wrap>
      {units.map((unit) => (
        <Tag key={unit.id} color={color} title={unit.code} style={{ marginInlineEnd: 0 }}>
          {unit.name}
        </Tag>
      ))}
    </Flex>
  );
}

/** Provincial units in force at a date, with their merger history (Resolution 202/2025/QH15). */
export function ProvincesPage() {
  const { t } = useTranslation();
  const canManage = useAbility("catalogues.manage");
  const [asOf, setAsOf] = useState(todayInVietnam);
  const [q, setQ] = useState("");
  const [paging, setPaging] = useState<Paging>(() => firstPage(100));
  const [selected, setSelected] = useState<string | null>(null);
  const [importOpen, setImportOpen] = useState(false);
  const units = useAdminUnits({ level: "TINH", asOf, q: q || undefined, ...paging });

  const columns: DataColumn<AdminUnit>[] = [
    { title: t("common.code"), key: "code", dataIndex: "code", width: 80 },
    {
      title: t("common.name"),
      key: "name",
      dataIndex: "name",
      render: (name: string) => <Typography.Text strong>{name}</Typography.Text>,
    },
    { title: t("adminUnits.kind"), key: "kindLabel", dataIndex: "kindLabel", width: 200 },
    {
      title: t("adminUnits.region"),
      key: "regionLabel",
      dataIndex: "regionLabel",
      render: (label: string | null) => label ?? t("common.none"),
    },
    {
      title: t("adminUnits.predecessors"),
      key: "predecessors",
      render: (_, unit) => <UnitTags units={unit.predecessors} self={unit.name} />,
    },
    {
      title: t("adminUnits.successors"),
      key: "successors",
      render: (_, unit) => <UnitTags units={unit.successors} color="blue" self={unit.name} />,
    },
  ];

  const changeAsOf = (value: string) => {
    setAsOf(value);
    setPaging((current) => ({ ...current, page: 1 }));
  };

  return (
    <>
      <PageHeader
        title={t("adminUnits.title")}
        description={t("adminUnits.description")}
        extra={
          canManage ? (
            <Button icon={<UploadOutlined />} onClick={() => setImportOpen(true)}>
              {t("adminUnits.importCommunes")}
            </Button>
          ) : null
        }
      />
      <Card variant="outlined">
        <Flex gap={16} wrap justify="space-between" align="center" className="kc-toolbar">
          <AsOfPicker value={asOf} onChange={changeAsOf} />
          <SearchInput
            value={q}
            placeholder={t("adminUnits.searchPlaceholder")}
            onSearch={(value) => {
              setQ(value);
              setPaging((current) => ({ ...current, page: 1 }));
            }}
          />
        </Flex>
        {units.isPending ? (
          <LoadingSkeleton />
        ) : units.isError ? (
          <ErrorState error={units.error} onRetry={() => void units.refetch()} />
        ) : (
          <>
            <Typography.Paragraph className="kc-count-line" aria-live="polite">
              <Typography.Text strong>
                <span data-testid="unit-count">{formatNumber(units.data.total)}</span>
              </Typography.Text>{" "}
              {t("adminUnits.countSuffix")}
            </Typography.Paragraph>
            <DataTable<AdminUnit>
              tableId="provinces"
              rowKey="id"
              columns={columns}
              dataSource={units.data.items}
              loading={units.isFetching && units.isPlaceholderData}
              locale={{ emptyText: <EmptyState /> }}
              pagination={serverPagination(paging, units.data.total, setPaging)}
              rowClassName={() => "kc-clickable-row"}
              onRow={(unit) => ({
                onClick: () => setSelected(unit.id),
                onKeyDown: (event) => {
                  if (event.key === "Enter") setSelected(unit.id);
                },
                tabIndex: 0,
              })}
            />
          </>
        )}
      </Card>
      <ProvinceDrawer
        unitId={selected}
        asOf={asOf}
        onClose={() => setSelected(null)}
        onOpenUnit={setSelected}
      />
      {canManage ? <CommuneImportModal open={importOpen} onClose={() => setImportOpen(false)} /> : null}
    </>
  );
}
