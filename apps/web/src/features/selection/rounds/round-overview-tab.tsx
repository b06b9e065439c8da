import { CheckCircleFilled, CloseCircleFilled, PaperClipOutlined } from "@ant-design/icons";
import { formatDate, memberRoleLabels, type RoundStep, selectionLevelLabels } from "@kc/domain";
import { Alert, Descriptions, Flex, List, Typography, theme } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ActionButton } from "../../../components/action-button";
import { Section } from "../../../components/section";
import { formatMoney } from "../../../lib/money";
import type { RoundDetail } from "./api";
import { placeOf } from "./labels";
import { RoundStatusTag } from "./round-status-tag";
import { RoundStepModal } from "./round-step-modal";

/** The round's record, the next steps with what each still needs (for everyone), and the decisions so far. */
export function RoundOverviewTab({ round }: { round: RoundDetail }) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const [step, setStep] = useState<RoundStep | null>(null);
  const none = t("selectionRounds.page.none");
  const plan = round.planDecision;
  return (
    <Flex vertical gap={16}>
      {round.parityWarning ? (
        <Alert
          type="warning"
          showIcon
          message={t("selectionRounds.page.parity")}
          description={round.parityWarning}
        />
      ) : null}
      <Descriptions
        bordered
        size="small"
        column={{ xs: 1, md: 2 }}
        items={[
          {
            key: "status",
            label: t("selectionRounds.columns.status"),
            children: <RoundStatusTag status={round.status} />,
          },
          {
            key: "level",
            label: t("selectionRounds.page.level"),
            children: selectionLevelLabels[round.level],
          },
          { key: "place", label: t("selectionRounds.page.place"), children: placeOf(round) },
          { key: "year", label: t("selectionRounds.page.year"), children: round.year },
          { key: "organiser", label: t("selectionRounds.page.organiser"), children: round.organiserName },
          {
            key: "funding",
            label: t("selectionRounds.page.funding"),
            children: round.fundingNormCode
              ? t("selectionRounds.page.fundingCap", {
                  code: round.fundingNormCode,
                  amount: round.fundingCapDong ? formatMoney(round.fundingCapDong) : none,
                })
              : t("selectionRounds.page.fundingNone"),
          },
          {
            key: "project",
            label: t("selectionRounds.page.fundingProject"),
            children: round.fundingProjectCode ?? none,
          },
          {
            key: "plan",
            label: t("selectionRounds.page.planDecision"),
            children: plan
              ? t("selectionRounds.page.decisionLine", {
                  number: plan.number,
                  date: plan.issuedOn ? formatDate(plan.issuedOn) : "",
                  signer: plan.signer ?? "",
                })
              : none,
          },
          ...(round.myRoles.length > 0
            ? [
                {
                  key: "mine",
                  label: t("selectionRounds.page.myRoles"),
                  children: round.myRoles.map((role) => memberRoleLabels[role]).join(", "),
                },
              ]
            : []),
        ]}
      />
      <Section title={t("selectionRounds.page.nextSteps")}>
        {round.nextSteps.length === 0 ? (
          <Typography.Text type="secondary">{t("selectionRounds.page.noNextStep")}</Typography.Text>
        ) : (
          <Flex vertical gap={12} data-testid="round-steps">
            {round.nextSteps.map((next) => (
              <section key={next.step} aria-label={next.labelVi}>
                <Flex gap={12} wrap align="center" justify="space-between">
                  <Typography.Text strong>
                    {next.labelVi}
                    {" — "}
                    <Typography.Text type={next.requirements.length === 0 ? "success" : "danger"}>
                      {next.requirements.length === 0
                        ? t("selectionRounds.page.ready")
                        : t("selectionRounds.page.notReady")}
                    </Typography.Text>
                  </Typography.Text>
                  <ActionButton
                    action={round.actions.steps[next.step]}
                    type="primary"
                    onClick={() => setStep(next.step)}
                  >
                    {next.labelVi}
                  </ActionButton>
                </Flex>
                {next.needsDecision ? (
                  <Typography.Text type="secondary">{next.documentVi}</Typography.Text>
                ) : null}
                <ul style={{ listStyle: "none", margin: "4px 0 0", padding: 0 }}>
                  {next.requirements.length === 0 ? (
                    <li>
                      <CheckCircleFilled style={{ color: token.colorSuccess }} aria-hidden />{" "}
                      {t("selectionRounds.page.ready")}
                    </li>
                  ) : (
                    next.requirements.map((reason) => (
                      <li key={reason.messageVi}>
                        <CloseCircleFilled style={{ color: token.colorError }} aria-hidden />{" "}
                        <Typography.Text type="danger">{reason.messageVi}</Typography.Text>
                      </li>
                    ))
                  )}
                </ul>
              </section>
            ))}
          </Flex>
        )}
      </Section>
      <Section title={t("selectionRounds.page.decisions")}>
        <List
          dataSource={round.decisions}
          locale={{ emptyText: t("selectionRounds.page.noDecisions") }}
          renderItem={(decision) => (
            <List.Item>
              <Flex vertical>
                <Typography.Text strong>{decision.title}</Typography.Text>
                <Typography.Text type="secondary">
                  {decision.number
                    ? t("selectionRounds.page.decisionLine", {
                        number: decision.number,
                        date: formatDate(decision.issuedOn),
                        signer: decision.signer ?? "",
                      })
                    : formatDate(decision.issuedOn)}
                </Typography.Text>
                {decision.note ? <Typography.Text>{decision.note}</Typography.Text> : null}
                {decision.fileUrl ? (
                  <Typography.Link href={decision.fileUrl} download={decision.fileName ?? undefined}>
                    <PaperClipOutlined aria-hidden /> {decision.fileName}
                  </Typography.Link>
                ) : null}
              </Flex>
            </List.Item>
          )}
        />
      </Section>
      {step ? <RoundStepModal round={round} step={step} onClose={() => setStep(null)} /> : null}
    </Flex>
  );
}
