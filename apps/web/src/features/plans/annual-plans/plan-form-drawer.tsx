import {
  Alert,
  App,
  Button,
  Col,
  DatePicker,
  Drawer,
  Flex,
  Form,
  Input,
  Row,
  Select,
  Typography,
} from "antd";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { PlanDetail } from "../../../api/types";
import { ErrorState, LoadingSkeleton } from "../../../components/query-state";
import { DATE_FORMAT } from "../../../lib/format";
import { foldedSelectSearch } from "../../../lib/text";
import { useAnnualPlan, useCreateAnnualPlan, useProgrammes, useReviseAnnualPlan } from "../api";
import { PlanUnitSelect, YearSelect } from "../filters";
import { applyServerErrors, FormProblemAlert } from "../form-problem";
import { usePlansT } from "../use-plans-t";
import {
  initialCreateValues,
  initialReviseValues,
  limits,
  type PlanFormValues,
  planFormLayout,
  programmeOptions,
  toCreateInput,
  toRevisionInput,
} from "./plan-form-values";
import { PlanLinesField } from "./plan-lines-field";

/** What the form is open for: a new plan (with the list's filters as defaults) or a revision of one plan. */
export type PlanFormTarget =
  | { mode: "create"; year?: number; unitId?: string }
  | { mode: "revise"; planId: string };

type PlanFormDrawerProps = {
  target: PlanFormTarget | null;
  onClose: () => void;
  onSaved: (plan: PlanDetail) => void;
};

/** Adds an annual plan, or records a revising decision with the complete lines after it. */
export function PlanFormDrawer({ target, onClose, onSaved }: PlanFormDrawerProps) {
  const t = usePlansT();
  const { t: common } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<PlanFormValues>();
  const reviseId = target?.mode === "revise" ? target.planId : null;
  const current = useAnnualPlan(reviseId);
  const programmes = useProgrammes();
  const create = useCreateAnnualPlan();
  const revise = useReviseAnnualPlan(reviseId ?? "");
  const mutation = reviseId ? revise : create;
  // The version the revision is based on: the one the form was filled from, so a concurrent save is detected.
  const [version, setVersion] = useState<number | null>(null);
  const year = Form.useWatch("year", form);
  const programmeId = Form.useWatch("programmeId", form);
  const ready = target !== null && (target.mode === "create" || current.data !== undefined);

  const fill = (plan?: PlanDetail) => {
    create.reset();
    revise.reset();
    form.resetFields();
    if (target?.mode === "create") form.setFieldsValue(initialCreateValues(target));
    if (plan) {
      form.setFieldsValue(initialReviseValues(plan));
      setVersion(plan.version);
    }
  };

  // Fill once per opening; re-filling on a background refetch would wipe what the user typed.
  // biome-ignore lint/correctness/useExhaustiveDependencies: keyed on the opening, not on every render.
  useEffect(() => {
    if (ready) fill(current.data);
  }, [ready, target]);

  const reload = () => {
    void current.refetch().then((result) => {
      if (result.data) fill(result.data);
    });
  };

  // Enter in a field may submit twice; only the first submission is sent.
  const busy = useRef(false);
  const submit = (values: PlanFormValues) => {
    if (busy.current || !target) return;
    busy.current = true;
    const callbacks = {
      onSettled: () => {
        busy.current = false;
      },
      onSuccess: (plan: PlanDetail) => {
        void message.success(
          reviseId
            ? t("plans.form.revised")
            : t("plans.form.created", { year: plan.year, unit: plan.unitLabelVi }),
        );
        onSaved(plan);
      },
      onError: (error: unknown) => applyServerErrors(form, error, planFormLayout),
    };
    if (reviseId) revise.mutate(toRevisionInput(values, version ?? 0), callbacks);
    else create.mutate(toCreateInput(values), callbacks);
  };

  const required = { required: true, message: t("plans.form.required") };
  const options = programmeOptions(programmes.data ?? [], year, programmeId);
  const plan = current.data;

  return (
    <Drawer
      open={target !== null}
      onClose={onClose}
      size={1100}
      destroyOnHidden
      title={
        reviseId && plan
          ? t("plans.form.reviseTitle", { unit: plan.unitLabelVi, year: plan.year })
          : t("plans.form.createTitle")
      }
      footer={
        <Flex justify="flex-end" gap={8}>
          <Button onClick={onClose}>{common("common.cancel")}</Button>
          <Button type="primary" loading={mutation.isPending} disabled={!ready} onClick={() => form.submit()}>
            {reviseId ? t("plans.form.submitRevise") : t("plans.form.submitCreate")}
          </Button>
        </Flex>
      }
    >
      {reviseId && current.isError ? (
        <ErrorState error={current.error} onRetry={() => void current.refetch()} />
      ) : !ready ? (
        <LoadingSkeleton />
      ) : (
        <Flex vertical gap={16}>
          {reviseId ? <Alert type="info" showIcon title={t("plans.form.reviseHint")} /> : null}
          <FormProblemAlert
            error={mutation.error}
            layout={planFormLayout}
            onReload={reviseId ? reload : undefined}
          />
          <Form<PlanFormValues>
            form={form}
            name="annual-plan"
            layout="vertical"
            onFinish={submit}
            data-testid="plan-form"
          >
            <Row gutter={16}>
              <Col xs={12} md={4}>
                <Form.Item label={t("plans.form.year")} name="year" rules={[required]}>
                  <YearSelect disabled={Boolean(reviseId)} style={{ width: "100%" }} />
                </Form.Item>
              </Col>
              <Col xs={12} md={8}>
                <Form.Item label={t("plans.form.unit")} name="unitId" rules={[required]}>
                  <PlanUnitSelect year={year} disabled={Boolean(reviseId)} style={{ width: "100%" }} />
                </Form.Item>
              </Col>
              <Col xs={24} md={12}>
                <Form.Item
                  label={t("plans.form.programme")}
                  name="programmeId"
                  rules={[required]}
                  extra={reviseId ? undefined : t("plans.form.programmeHint")}
                >
                  {reviseId && plan ? (
                    // A revision keeps its programme; the body of the revision does not carry one.
                    <Select disabled options={[{ value: plan.programmeId, label: plan.programmeNameVi }]} />
                  ) : (
                    <Select
                      showSearch={foldedSelectSearch}
                      loading={programmes.isPending}
                      options={options}
                      notFoundContent={t("plans.form.noProgramme")}
                    />
                  )}
                </Form.Item>
              </Col>
              <Col xs={12} md={6}>
                <Form.Item
                  label={t("plans.form.decisionNumber")}
                  name="decisionNumber"
                  rules={[{ ...required, whitespace: true }]}
                >
                  <Input maxLength={limits.decisionNumber} autoComplete="off" />
                </Form.Item>
              </Col>
              <Col xs={12} md={6}>
                <Form.Item label={t("plans.form.decisionDate")} name="decisionDate" rules={[required]}>
                  <DatePicker format={DATE_FORMAT} style={{ width: "100%" }} />
                </Form.Item>
              </Col>
              <Col xs={24} md={12}>
                <Form.Item label={t("plans.form.note")} name="noteVi">
                  <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={limits.note} />
                </Form.Item>
              </Col>
            </Row>
            <Typography.Title level={3} style={{ fontSize: 16 }}>
              {t("plans.form.lines")}
            </Typography.Title>
            <PlanLinesField />
          </Form>
        </Flex>
      )}
    </Drawer>
  );
}
