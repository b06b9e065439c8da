import { DeleteOutlined, EditOutlined, PlusOutlined } from "@ant-design/icons";
import { formatDate } from "@kc/domain";
import {
  App,
  Button,
  Col,
  Flex,
  InputNumber,
  Popconfirm,
  Row,
  Statistic,
  Table,
  Tag,
  Tooltip,
  Typography,
} from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Section } from "../../components/section";
import { isApiError } from "../../lib/api";
import { formatNumber } from "../../lib/format";
import { type CentrePage, useDeleteContract } from "./api";
import { type Contract, ContractForm } from "./contract-form";
import { PlanForm } from "./plan-form";

type Props = {
  page: CentrePage;
  onYear: (year: number) => void;
  reload: () => Promise<unknown>;
};

/** Which contract form is open: none, a new contract, or an existing one. */
type Editing = { contract?: Contract } | null;

const stateColour = { IN_PROGRESS: "processing", ACCEPTED: "success", LIQUIDATED: "default" } as const;

/**
 * A centre's consulting and services for a year: the figure the server computed from the contracts against the
 * year's plan (revenue and number of projects), the contracts signed that year, and, for those who may keep
 * them, the forms to record, correct and delete contracts and to set the plan.
 */
export function ConsultingSection({ page, onYear, reload }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { centre, contracts, consulting, plans, canEdit } = page;
  const shownYear = Number(consulting.from.slice(0, 4));
  const plan = plans.find((p) => p.year === shownYear);
  const [editing, setEditing] = useState<Editing>(null);
  const [planOpen, setPlanOpen] = useState(false);
  const remove = useDeleteContract(centre.id);
  const deleteContract = (c: Contract) =>
    remove.mutate(
      { id: c.id, version: c.version },
      {
        onSuccess: () => void message.success(t("centres.contractDeleted")),
        onError: (error) => {
          const conflict = isApiError(error) && error.code === "VERSION_CONFLICT";
          void message.error(
            conflict
              ? t("centres.contractConflictHint")
              : isApiError(error)
                ? error.displayMessage
                : t("errors.unexpected"),
          );
        },
      },
    );

  const columns = [
    {
      title: t("centres.signedOn"),
      key: "signedOn",
      render: (_: unknown, c: Contract) => formatDate(c.signedOn),
    },
    { title: t("centres.client"), key: "client", render: (_: unknown, c: Contract) => c.client.name },
    { title: t("centres.subject"), key: "subject", render: (_: unknown, c: Contract) => c.subject },
    {
      title: t("centres.contractNumber"),
      key: "number",
      render: (_: unknown, c: Contract) => c.contractNumber ?? "—",
    },
    {
      title: t("centres.state"),
      key: "state",
      render: (_: unknown, c: Contract) => (
        <Flex vertical gap={2}>
          <Tag color={stateColour[c.state]} style={{ width: "fit-content" }}>
            {c.stateLabel}
          </Tag>
          {c.finishedOn ? (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {formatDate(c.finishedOn)}
            </Typography.Text>
          ) : null}
        </Flex>
      ),
    },
    {
      title: t("centres.value"),
      key: "value",
      align: "right" as const,
      render: (_: unknown, c: Contract) => c.value.text,
    },
    {
      title: t("centres.revenueReceived"),
      key: "revenue",
      align: "right" as const,
      render: (_: unknown, c: Contract) => c.revenueReceived.text,
    },
    ...(canEdit
      ? [
          {
            title: t("centres.actions"),
            key: "actions",
            // Kept in view on a phone, where the table scrolls sideways.
            fixed: "right" as const,
            render: (_: unknown, c: Contract) => (
              <Flex gap={4}>
                <Button
                  size="small"
                  icon={<EditOutlined />}
                  aria-label={t("centres.editContractOf", { subject: c.subject })}
                  onClick={() => setEditing({ contract: c })}
                />
                <Tooltip title={c.deletionRefusal ?? undefined}>
                  <Popconfirm
                    title={t("centres.deleteContractConfirm")}
                    okText={t("centres.delete")}
                    okButtonProps={{ danger: true }}
                    disabled={c.deletionRefusal !== null}
                    onConfirm={() => deleteContract(c)}
                  >
                    <Button
                      size="small"
                      danger
                      icon={<DeleteOutlined />}
                      disabled={c.deletionRefusal !== null}
                      aria-label={t("centres.deleteContractOf", { subject: c.subject })}
                    />
                  </Popconfirm>
                </Tooltip>
              </Flex>
            ),
          },
        ]
      : []),
  ];
  const yearContracts = contracts.filter((c) => c.signedOn.startsWith(String(shownYear)));
  const projectsOfPlan =
    plan?.plannedProjects === null || plan?.plannedProjects === undefined
      ? null
      : t("centres.ofPlannedProjects", { count: plan.plannedProjects });

  return (
    <Section
      title={t("centres.consultingTitle", { year: shownYear })}
      extra={
        <Flex gap={8} wrap justify="flex-end">
          <InputNumber
            aria-label={t("centres.year")}
            min={2007}
            max={2100}
            value={shownYear}
            onChange={(value) => value && onYear(value)}
          />
          {canEdit ? (
            <>
              <Button onClick={() => setPlanOpen(true)}>{t("centres.setPlan", { year: shownYear })}</Button>
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({})}>
                {t("centres.addContract")}
              </Button>
            </>
          ) : null}
        </Flex>
      }
    >
      <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
        <Col xs={12} md={6}>
          <Statistic
            title={t("centres.contracts")}
            value={formatNumber(consulting.contractCount)}
            suffix={projectsOfPlan ? <span style={{ fontSize: 14 }}>{projectsOfPlan}</span> : null}
          />
        </Col>
        <Col xs={12} md={6}>
          <Statistic title={t("centres.revenue")} value={consulting.revenue.text} />
        </Col>
        <Col xs={12} md={6}>
          <Statistic title={t("centres.yearPlan")} value={consulting.yearPlan?.text ?? t("centres.noPlan")} />
        </Col>
        <Col xs={12} md={6}>
          <Statistic title={t("centres.ofPlan")} value={consulting.percentOfYearPlanText} />
          <Typography.Text type="secondary">
            {t("centres.ofLastYear")}: {consulting.percentOfSamePeriodText}
          </Typography.Text>
        </Col>
      </Row>
      <Typography.Paragraph data-testid="consulting-sentence">{consulting.sentenceVi}</Typography.Paragraph>
      <Table<Contract>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={yearContracts}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        scroll={{ x: 980 }}
        locale={{ emptyText: t("centres.noContracts") }}
      />
      {editing ? (
        <ContractForm
          key={editing.contract ? `${editing.contract.id}-${editing.contract.version}` : "new"}
          centreId={centre.id}
          contract={editing.contract}
          open
          onClose={() => setEditing(null)}
          reload={reload}
          onSaved={(signedOn) => onYear(Number(signedOn.slice(0, 4)))}
        />
      ) : null}
      {planOpen ? (
        <PlanForm
          centreId={centre.id}
          year={shownYear}
          plan={plan}
          open
          onClose={() => setPlanOpen(false)}
          reload={reload}
        />
      ) : null}
    </Section>
  );
}
