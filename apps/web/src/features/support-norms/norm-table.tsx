import { Table, type TableColumnsType, Typography } from "antd";
import { useTranslation } from "react-i18next";
import type { SupportNorm } from "../../api/types";
import { EmptyState } from "../../components/query-state";
import { formatShareBps } from "../../lib/format";
import { formatDong, formatMultiplier } from "./display";

/** The rows of one norm set, as the legal table reads: share, ceiling per unit, priority multiplier, basis. */
export function NormTable({ norms }: { norms: SupportNorm[] }) {
  const { t } = useTranslation();
  const none = <Typography.Text type="secondary">{t("supportNorms.norms.none")}</Typography.Text>;

  const columns: TableColumnsType<SupportNorm> = [
    {
      title: t("supportNorms.norms.code"),
      dataIndex: "code",
      width: 64,
      render: (code: string) => <Typography.Text strong>{code}</Typography.Text>,
    },
    { title: t("supportNorms.norms.activity"), dataIndex: "activityVi", width: 300 },
    {
      title: t("supportNorms.norms.maxShare"),
      key: "share",
      width: 150,
      align: "right",
      render: (_, norm) =>
        norm.maxShareBps === null ? (
          none
        ) : (
          <>
            {formatShareBps(norm.maxShareBps)}
            {norm.percentBase === "ITEM_COST" ? null : (
              <Typography.Text type="secondary" style={{ display: "block", fontSize: 12 }}>
                {t("supportNorms.norms.ofBase", { base: norm.percentBaseLabel.toLowerCase() })}
              </Typography.Text>
            )}
          </>
        ),
    },
    {
      title: t("supportNorms.norms.cap"),
      key: "cap",
      width: 170,
      align: "right",
      render: (_, norm) =>
        norm.capDong === null ? (
          none
        ) : (
          <span style={{ whiteSpace: "nowrap" }}>{formatDong(norm.capDong)}</span>
        ),
    },
    {
      title: t("supportNorms.norms.unit"),
      dataIndex: "capUnitLabel",
      width: 130,
      render: (label: string | null) => label ?? "",
    },
    {
      title: t("supportNorms.norms.multiplier"),
      dataIndex: "priorityMultiplierMaxBps",
      width: 110,
      align: "right",
      render: formatMultiplier,
    },
    { title: t("supportNorms.norms.legalBasis"), dataIndex: "legalBasis", width: 240 },
    {
      title: t("supportNorms.norms.note"),
      dataIndex: "noteVi",
      width: 260,
      render: (note: string | null) => note ?? "",
    },
  ];

  return (
    <Table<SupportNorm>
      rowKey="code"
      size="small"
      columns={columns}
      dataSource={norms}
      pagination={false}
      locale={{ emptyText: <EmptyState description={t("supportNorms.emptyNorms")} /> }}
      scroll={{ x: 1400 }}
      sticky
    />
  );
}
