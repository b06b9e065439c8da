import { Table } from "antd";
import { useTranslation } from "react-i18next";
import type { ProjectDetail } from "../../../api/types";
import { EmptyState } from "../../../components/query-state";
import { formatNumber } from "../../../lib/format";
import { useCodeLabel } from "../labels";

type Indicator = ProjectDetail["indicators"][number];

const number = (value: string | null, none: string) => (value === null ? none : formatNumber(Number(value)));

/** Kết quả: the output indicators with their target and what was achieved. */
export function OutputsTab({ project }: { project: ProjectDetail }) {
  const { t } = useTranslation();
  const label = useCodeLabel();
  const none = t("common.none");
  return (
    <Table<Indicator>
      rowKey="code"
      size="small"
      pagination={false}
      dataSource={project.indicators}
      locale={{ emptyText: <EmptyState description={t("projects.outputs.empty")} /> }}
      columns={[
        {
          title: t("projects.outputs.indicator"),
          dataIndex: "code",
          render: (code: string) => label("indicators", code),
        },
        {
          title: t("projects.outputs.unit"),
          dataIndex: "code",
          key: "unit",
          width: 120,
          render: (code: string) => label("indicatorUnits", code),
        },
        {
          title: t("projects.outputs.target"),
          dataIndex: "target",
          width: 140,
          align: "right",
          render: (v) => number(v, none),
        },
        {
          title: t("projects.outputs.achieved"),
          dataIndex: "achieved",
          width: 140,
          align: "right",
          render: (v) => number(v, none),
        },
      ]}
    />
  );
}
