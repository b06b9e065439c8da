import { formatDate } from "@kc/domain";
import { Alert, Descriptions, Flex, Table, type TableColumnsType, Tag, Typography } from "antd";
import { useTranslation } from "react-i18next";
import type { EligibilityAssessment, RuleResult } from "../../../api/types";
import { EmptyState } from "../../../components/query-state";
import { CertificatePriorityTag } from "../../certificates/certificate-priority-tag";
import { ConfidenceTag } from "../../legal-documents/confidence-tag";
import { VerdictTag } from "../tags";

/**
 * "Điều kiện hưởng chính sách": the verdict the server computed (DOMAIN §9.4), the rule set and its confidence,
 * the summary, each rule's result and the priority flags. A rule set that is not CONFIRMED is flagged.
 */
export function EligibilityTab({ eligibility }: { eligibility: EligibilityAssessment }) {
  const { t } = useTranslation();
  const none = t("common.none");
  const ruleSet = eligibility.ruleSet;

  const columns: TableColumnsType<RuleResult> = [
    {
      title: t("establishments.ruleCode"),
      dataIndex: "code",
      width: 140,
      render: (code: string) => <Typography.Text code>{code}</Typography.Text>,
    },
    {
      title: t("establishments.ruleResult"),
      dataIndex: "verdict",
      width: 180,
      render: (verdict: string, rule) =>
        rule.applicable === false ? (
          <Tag style={{ marginInlineEnd: 0 }}>{t("establishments.notApplicable")}</Tag>
        ) : (
          <VerdictTag verdict={verdict} label={rule.verdictLabel} />
        ),
    },
    { title: t("establishments.ruleReason"), dataIndex: "reasonVi" },
  ];

  return (
    <Flex vertical gap={16}>
      {ruleSet && ruleSet.confidence !== "CONFIRMED" ? (
        <Alert
          type="warning"
          showIcon
          title={t("establishments.notConfirmedTitle")}
          description={t("establishments.notConfirmed")}
        />
      ) : null}
      {ruleSet ? null : <Alert type="info" showIcon title={t("establishments.noRuleSet")} />}
      <Descriptions
        bordered
        size="small"
        column={{ xs: 1, md: 2 }}
        items={[
          {
            key: "verdict",
            label: t("establishments.verdict"),
            children: <VerdictTag verdict={eligibility.verdict} label={eligibility.verdictLabel} />,
          },
          {
            key: "evaluated",
            label: t("establishments.evaluatedOn"),
            children: eligibility.evaluatedOn ? formatDate(eligibility.evaluatedOn) : none,
          },
          {
            key: "ruleSet",
            label: t("establishments.ruleSet"),
            children: ruleSet
              ? t("establishments.ruleSetVersion", { label: ruleSet.labelVi, version: ruleSet.version })
              : none,
          },
          {
            key: "confidence",
            label: t("establishments.confidence"),
            children: ruleSet ? <ConfidenceTag value={ruleSet.confidence} /> : none,
          },
          ...(eligibility.certificatePriority
            ? [
                {
                  key: "certificatePriority",
                  label: t("establishments.certificatePriority"),
                  span: "filled" as const,
                  children: <CertificatePriorityTag priority={eligibility.certificatePriority} showReason />,
                },
              ]
            : []),
          {
            key: "flags",
            label: t("establishments.priorityFlags"),
            span: "filled",
            children:
              eligibility.priorityFlags.length === 0 ? (
                <Typography.Text type="secondary">{t("establishments.noPriorityFlags")}</Typography.Text>
              ) : (
                <Flex gap={4} wrap>
                  {eligibility.priorityFlags.map((flag) => (
                    <Tag
                      key={flag.code}
                      color="purple"
                      title={flag.reasonVi || flag.code}
                      style={{ marginInlineEnd: 0 }}
                    >
                      {flag.labelVi}
                    </Tag>
                  ))}
                </Flex>
              ),
          },
        ]}
      />
      {eligibility.summaryVi ? (
        <Typography.Paragraph style={{ margin: 0 }} data-testid="eligibility-summary">
          {eligibility.summaryVi}
        </Typography.Paragraph>
      ) : null}
      <Table<RuleResult>
        rowKey="code"
        size="small"
        columns={columns}
        dataSource={eligibility.results}
        pagination={false}
        locale={{ emptyText: <EmptyState /> }}
      />
    </Flex>
  );
}
