import { CheckCircleFilled, CloseCircleFilled, WarningFilled } from "@ant-design/icons";
import { Flex, Typography, theme } from "antd";
import { useTranslation } from "react-i18next";
import type { StepAction } from "../../../api/types";
import { useCodeLabel } from "../labels";

/** Why a step cannot be taken now, in one line: the server's reasons (its 422 would say the same). */
export function blockedReason(step: StepAction): string {
  return step.blockers.map((blocker) => blocker.messageVi).join("; ");
}

/** Ready now, ready only for a step dated before a passed deadline, or not ready. */
function readiness(step: StepAction): "ready" | "readyIfDated" | "notReady" {
  if (!step.available) return "notReady";
  return step.conditions.every((condition) => condition.met) ? "ready" : "readyIfDated";
}

/** Deadlines passed today that the step's date must still meet: said again in the step's form. */
export function dateLimits(step: StepAction) {
  const unmet = new Set(step.conditions.filter((condition) => !condition.met).map((c) => c.code));
  return step.formRequirements.filter((requirement) => unmet.has(requirement.code));
}

/**
 * The conditions of each step the user may take, as the server evaluated them today: met ✓ or unmet ✗ with the
 * reason, and the warnings the step will record. What the step's own form asks for is left to the form.
 */
export function StepChecklist({ steps }: { steps: readonly StepAction[] }) {
  const { t } = useTranslation();
  const label = useCodeLabel();
  const { token } = theme.useToken();
  const shown = steps.filter((step) => step.conditions.length > 0 || step.warnings.length > 0);
  if (shown.length === 0) return null;
  return (
    <Flex vertical gap={8} data-testid="step-checklist" style={{ marginTop: 12 }}>
      {shown.map((step) => (
        <section key={step.code} aria-label={label("steps", step.code, step.label)}>
          <Typography.Text strong>
            {label("steps", step.code, step.label)}
            {" — "}
            <Typography.Text
              type={step.available ? (readiness(step) === "ready" ? "success" : "warning") : "danger"}
            >
              {t(`projects.step.${readiness(step)}`)}
            </Typography.Text>
          </Typography.Text>
          <ul style={{ listStyle: "none", margin: "4px 0 0", padding: 0 }}>
            {step.conditions.map((condition) => {
              // A passed deadline is no blocker (a step dated before it is lawful); its reason is the form's.
              const reasons = [...step.blockers, ...step.formRequirements].filter(
                (reason) => reason.code === condition.code,
              );
              return (
                <li key={condition.code} data-met={condition.met}>
                  <Flex gap={6} align="baseline">
                    {condition.met ? (
                      <CheckCircleFilled
                        style={{ color: token.colorSuccess }}
                        aria-label={t("projects.step.met")}
                      />
                    ) : (
                      <CloseCircleFilled
                        style={{ color: token.colorError }}
                        aria-label={t("projects.step.unmet")}
                      />
                    )}
                    <span>
                      {condition.label}
                      {reasons.map((reason) => (
                        <Typography.Text key={reason.messageVi} type="danger" style={{ display: "block" }}>
                          {reason.messageVi}
                        </Typography.Text>
                      ))}
                    </span>
                  </Flex>
                </li>
              );
            })}
            {step.warnings.map((warning) => (
              <li key={`${warning.code}-${warning.messageVi}`}>
                <Flex gap={6} align="baseline">
                  <WarningFilled
                    style={{ color: token.colorWarning }}
                    aria-label={t("projects.problem.warnings")}
                  />
                  <Typography.Text type="warning">{warning.messageVi}</Typography.Text>
                </Flex>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </Flex>
  );
}
