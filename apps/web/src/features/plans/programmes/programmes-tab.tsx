import { PlusOutlined } from "@ant-design/icons";
import { formatDate } from "@kc/domain";
import { Button, Flex, Table, Tag, Typography } from "antd";
import { useState } from "react";
import type { Programme, ProgrammeTarget } from "../../../api/types";
import { ClampText, type DataColumn, DataTable } from "../../../components/data-table";
import { ListEmptyState } from "../../../components/empty-state";
import { ErrorState, LoadingSkeleton } from "../../../components/query-state";
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

  const columns: DataColumn<Programme>[] = [
    {
      title: t("plans.programmes.level"),
      key: "level",
      width: 150,
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
    {
      title: t("plans.programmes.name"),
      key: "name",
      dataIndex: "nameVi",
      width: 280,
      alwaysVisible: true,
      render: (name: string) => <ClampText text={name} lines={3} />,
    },
    {
      title: t("plans.programmes.decision"),
      key: "decision",
      width: 170,
      render: (_, programme) =>
        t("plans.decisionOf", { number: programme.decisionNumber, date: formatDate(programme.decisionDate) }),
    },
    {
      title: t("plans.programmes.issuer"),
      key: "issuer",
      dataIndex: "issuerVi",
      width: 180,
      render: (issuer: string) => <ClampText text={issuer} />,
    },
    {
      title: t("plans.programmes.period"),
      key: "period",
      width: 100,
      render: (_, programme) => `${programme.yearFrom}–${programme.yearTo}`,
    },
    {
      title: t("plans.programmes.targets"),
      key: "targets",
      width: 96,
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
        <DataTable<Programme>
          tableId="programmes"
          data-testid="programmes-table"
          rowKey="id"
          columns={columns}
          dataSource={programmes.data}
          pagination={false}
          locale={{
            emptyText: (
              <ListEmptyState what={t("plans.programmes.emptyWhat")} filtered={false} scoped={false} />
            ),
          }}
          expandable={{ expandedRowRender: (programme) => <TargetsTable targets={programme.targets} /> }}
        />
      )}
      {canManage ? <ProgrammeFormDrawer open={adding} onClose={() => setAdding(false)} /> : null}
    </>
  );
}
