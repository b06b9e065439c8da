import {
  adjustmentTypeCodes,
  appraisalCriterionCodes,
  appraisalResultCodes,
  type TransitionCode,
} from "@kc/domain";
import { Checkbox, Form, Radio } from "antd";
import { useTranslation } from "react-i18next";
import { MoneyInput } from "../../../components/money-input";
import { useCodeOptions } from "../labels";

/** Steps whose form asks for more than dates and documents. */
const stepsWithAppraisal: readonly string[] = [
  "APPRAISE_BASE",
  "APPRAISE_CENTRAL",
  "REJECT_BASE",
  "REJECT_CENTRAL",
] satisfies TransitionCode[];
const stepsWithContractSupport: readonly string[] = [
  "SIGN_CONTRACT",
  "SIGN_LOCAL_CONTRACT",
  "AWARD_TENDER",
] satisfies TransitionCode[];
/** An approved change of the total support may carry the new contracted amount (optional). */
const stepsWithOptionalContractSupport: readonly string[] = ["APPROVE_ADJUSTMENT"] satisfies TransitionCode[];
const stepsWithAdjustmentTypes: readonly string[] = ["REQUEST_ADJUSTMENT"] satisfies TransitionCode[];
const stepsWithAcceptedSpend: readonly string[] = ["ACCEPT", "SETTLE_PARTIAL"] satisfies TransitionCode[];

/** Whether a step's form asks for anything beyond its date, note and documents. */
export function stepExtras(code: string) {
  return {
    appraisal: stepsWithAppraisal.includes(code),
    contractSupport: stepsWithContractSupport.includes(code),
    optionalContractSupport: stepsWithOptionalContractSupport.includes(code),
    adjustmentTypes: stepsWithAdjustmentTypes.includes(code),
    acceptedSpend: stepsWithAcceptedSpend.includes(code),
  };
}

/**
 * The inputs particular to a step: the appraisal result and failed criteria (appraisals and their refusals), the
 * contracted KC support (contracts), the kinds of change asked for (adjustment requests), the accepted spend.
 */
export function StepExtraFields({ code }: { code: string }) {
  const { t } = useTranslation();
  const extras = stepExtras(code);
  const results = useCodeOptions("appraisalResults", appraisalResultCodes);
  const criteria = useCodeOptions("appraisalCriteria", appraisalCriterionCodes);
  const adjustments = useCodeOptions("adjustmentTypes", adjustmentTypeCodes);
  const result = Form.useWatch(["appraisal", "result"]);
  const required = [{ required: true, message: t("projects.step.fieldRequired") }];

  return (
    <>
      {extras.appraisal ? (
        <>
          <Form.Item
            label={t("projects.step.appraisalResult")}
            name={["appraisal", "result"]}
            rules={required}
          >
            <Radio.Group options={results} />
          </Form.Item>
          {result && result !== "DAT" ? (
            <Form.Item label={t("projects.step.failedCriteria")} name={["appraisal", "failedCriteria"]}>
              <Checkbox.Group
                options={criteria}
                style={{ display: "flex", flexDirection: "column", gap: 4 }}
              />
            </Form.Item>
          ) : null}
        </>
      ) : null}
      {extras.contractSupport || extras.optionalContractSupport ? (
        <Form.Item
          label={t("projects.step.contractSupport")}
          name="contractSupport"
          rules={extras.contractSupport ? required : []}
          extra={extras.optionalContractSupport ? t("projects.step.contractSupportOptional") : undefined}
        >
          <MoneyInput style={{ maxWidth: 280 }} />
        </Form.Item>
      ) : null}
      {extras.adjustmentTypes ? (
        <Form.Item
          label={t("projects.step.adjustmentTypes")}
          name="adjustmentTypes"
          rules={[
            { required: true, type: "array", min: 1, message: t("projects.step.adjustmentTypesRequired") },
          ]}
        >
          <Checkbox.Group
            options={adjustments}
            style={{ display: "grid", gridTemplateColumns: "1fr 1fr", gap: 4 }}
          />
        </Form.Item>
      ) : null}
      {extras.acceptedSpend ? (
        <Form.Item label={t("projects.step.acceptedSpend")} name="acceptedSpend" rules={required}>
          <MoneyInput style={{ maxWidth: 280 }} />
        </Form.Item>
      ) : null}
    </>
  );
}
