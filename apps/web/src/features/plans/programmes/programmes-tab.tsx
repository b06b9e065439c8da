import { PlusOutlined } from "@ant-design/icons";
import { formatDate } from "@kc/domain";
import { Button, Flex, Table, type TableColumnsType, Tag, Typography } from "antd";
import { useState } from "react";
import type { Programme, ProgrammeTarget } from "../../../api/types";
import { EmptyState, ErrorState, LoadingSkeleton } from "../../../components/query-state";
import { formatNumber } from "../../../lib/format";
import { useAbility } from "../../auth/current-user";
import { useProgrammes } from "../api";
import { FigureValue } from "../figure-value";
import { usePlanLabels, usePlansT } from "../use-plans-t";
import { ProgrammeFormDrawer } from "./programme-form-drawer";

function TargetsTable({ targets }: { targets: readonly ProgrammeTarget[] }) {
  const t = usePlansT();
  const labels = usePlanLabels();
  return (
    <Table<ProgrammeTarget>
      rowKey="indicator"
      size="small"
      pagination={false}
      dataSource={[...targets]}
      locale={{ emptyText: t("plans.programmes.noTargets") }}
      columns={[
        {
          title: t("plans.programmes.indicator"),
          key: "indicator",
          render: (_, target) => labels.indicator(target.indicator, target.labelVi),
        },
        {
          title: t("plans.programmes.target"),
          key: "target",
          width: 220,
          align: "right",
          render: (_, target) => <FigureValue indicator={target.indicator} text={target.targetText} />,
        },
      ]}
    />
  );
}

/** Chương trình: the national and local industrial-extension programmes a plan belongs to, with their targets. */
export function ProgrammesTab() {
  const t = usePlansT();
  const canManage = useAbility("plans.manage");
  const [adding, setAdding] = useState(false);
  const programmes = useProgrammes();

  const columns: TableColumnsType<Programme> = [
    {
      title: t("plans.programmes.level"),
      key: "level",
      width: 170,
      render: (_, programme) => (
        <Flex vertical gap={4} align="flex-start">
          <Tag color={programme.level === "QUOC_GIA" ? "blue" : "green"}>
            {t(`plans.programmes.levels.${programme.level}`)}
          </Tag>
          {programme.unitLabelVi ? (
            <Typography.Text type="secondary">{programme.unitLabelVi}</Typography.Text>
          ) : null}
        </Flex>
      ),
    },
    { title: t("plans.programmes.name"), dataIndex: "nameVi" },
    {
      title: t("plans.programmes.decision"),
      key: "decision",
      width: 190,
      render: (_, programme) =>
        t("plans.decisionOf", { number: programme.decisionNumber, date: formatDate(programme.decisionDate) }),
    },
    { title: t("plans.programmes.issuer"), dataIndex: "issuerVi", width: 220 },
    {
      title: t("plans.programmes.period"),
      key: "period",
      width: 120,
      render: (_, programme) => `${programme.yearFrom}–${programme.yearTo}`,
    },
    {
      title: t("plans.programmes.targets"),
      key: "targets",
      width: 110,
      align: "right",
      render: (_, programme) => formatNumber(programme.targets.length),
    },
  ];

  return (
    <>
      <Flex gap={12} wrap align="center" justify="space-between" className="kc-toolbar">
        <Typography.Text aria-live="polite">
          {programmes.data ? (
            <>
              <Typography.Text strong>{formatNumber(programmes.data.length)}</Typography.Text>{" "}
              {t("plans.programmes.countSuffix")}
            </>
          ) : null}
        </Typography.Text>
        {canManage ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
            {t("plans.programmes.add")}
          </Button>
        ) : null}
      </Flex>
      {programmes.isPending ? (
        <LoadingSkeleton />
      ) : programmes.isError ? (
        <ErrorState error={programmes.error} onRetry={() => void programmes.refetch()} />
      ) : (
        <Table<Programme>
          data-testid="programmes-table"
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={programmes.data}
          pagination={false}
          locale={{ emptyText: <EmptyState /> }}
          expandable={{ expandedRowRender: (programme) => <TargetsTable targets={programme.targets} /> }}
          scroll={{ x: 1100 }}
        />
      )}
      {canManage ? <ProgrammeFormDrawer open={adding} onClose={() => setAdding(false)} /> : null}
    </>
  );
}
