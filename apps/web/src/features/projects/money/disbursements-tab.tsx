import { formatDate } from "@kc/domain";
import { Card, Flex, Table } from "antd";
import { useTranslation } from "react-i18next";
import type { ProjectDetail } from "../../../api/types";
import { EmptyState } from "../../../components/query-state";
import { Section } from "../../../components/section";
import { formatDong } from "../../../lib/money";
import { useCodeLabel } from "../labels";
import { DisbursementForm } from "./disbursement-form";
import { MoneySummary } from "./money-summary";

type Disbursement = ProjectDetail["disbursements"][number];

/** Giải ngân: the ledger's figures, every advance, payment and refund, and the form for the paying body. */
export function DisbursementsTab({ project, onReload }: { project: ProjectDetail; onReload: () => void }) {
  const { t } = useTranslation();
  const label = useCodeLabel();
  return (
    <Flex vertical gap={24}>
      <MoneySummary project={project} />
      <Section title={t("projects.sections.disbursements")}>
        <Table<Disbursement>
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={project.disbursements}
          locale={{ emptyText: <EmptyState description={t("projects.disbursements.empty")} /> }}
          columns={[
            {
              title: t("projects.disbursements.paidOn"),
              dataIndex: "paidOn",
              width: 130,
              render: formatDate,
            },
            {
              title: t("projects.disbursements.kind"),
              dataIndex: "kind",
              width: 180,
              render: (kind: string) => label("disbursementKinds", kind),
            },
            {
              title: t("projects.disbursements.amount"),
              dataIndex: "amount",
              align: "right",
              width: 180,
              render: (amount: string) => (
                <span style={{ fontVariantNumeric: "tabular-nums" }}>{formatDong(amount)}</span>
              ),
            },
            {
              title: t("projects.disbursements.treasuryRef"),
              dataIndex: "treasuryRef",
              render: (value: string | null) => value ?? t("common.none"),
            },
          ]}
        />
      </Section>
      {project.actions.disburse ? (
        <Card variant="outlined" title={t("projects.disbursements.formTitle")} size="small">
          <DisbursementForm project={project} onReload={onReload} />
        </Card>
      ) : null}
    </Flex>
  );
}
