import { Table, type TableColumnsType } from "antd";
import { useTranslation } from "react-i18next";
import type { YearData } from "../../../api/types";
import { EmptyState } from "../../../components/query-state";
import { formatNumber, formatPercent } from "../../../lib/format";
import { formatMoney } from "../../../lib/money";

/** "Số liệu theo năm": one row per year, newest first; money grouped from the decimal strings. */
export function YearDataTab({ yearData }: { yearData: YearData[] }) {
  const { t } = useTranslation();
  const none = t("common.none");
  const money = (value: string | null) => (value === null ? none : formatMoney(value));
  const flag = (value: boolean | null) => (value === null ? none : value ? t("common.yes") : t("common.no"));
  const rows = [...yearData].sort((a, b) => b.year - a.year);

  const columns: TableColumnsType<YearData> = [
    { title: t("establishments.year"), dataIndex: "year", width: 80 },
    {
      title: t("establishments.employees"),
      dataIndex: "employees",
      align: "right",
      render: (value: number | null) => (value === null ? none : formatNumber(value)),
    },
    { title: t("establishments.totalCapital"), dataIndex: "totalCapital", align: "right", render: money },
    { title: t("establishments.totalAssets"), dataIndex: "totalAssets", align: "right", render: money },
    { title: t("establishments.revenue"), dataIndex: "revenue", align: "right", render: money },
    {
      title: t("establishments.localMaterialSharePct"),
      dataIndex: "localMaterialSharePct",
      align: "right",
      render: (value: YearData["localMaterialSharePct"]) => (value === null ? none : formatPercent(value)),
    },
    { title: t("establishments.hasExportContract"), dataIndex: "hasExportContract", render: flag },
    { title: t("establishments.cnhtProduct"), dataIndex: "cnhtProduct", render: flag },
  ];

  return (
    <Table<YearData>
      rowKey="year"
      size="middle"
      columns={columns.map((column) => ({ ...column, onCell: () => ({ style: { whiteSpace: "nowrap" } }) }))}
      dataSource={rows}
      pagination={false}
      locale={{ emptyText: <EmptyState description={t("establishments.noYearData")} /> }}
      scroll={{ x: 1100 }}
    />
  );
}
