import { type ReportedIndicator, type ValueKind, valueKindCodes } from "@kc/domain";
import { Alert, App, Button, Col, Drawer, Flex, Form, Input, Radio, Row, Select, Typography } from "antd";
import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import type { ReportedFiguresInput } from "../../../api/types";
import { useSaveReportedFigures } from "../api";
import { BUDGET_EXEC } from "../constants";
import { currentYear, PlanUnitSelect, YearSelect } from "../filters";
import { applyServerErrors, type FieldLayout, FormProblemAlert } from "../form-problem";
import { usePlansT } from "../use-plans-t";
import { FigureRowsField, type FigureRowValue } from "./figure-rows-field";

type FiguresFormValues = {
  unitId?: string;
  year?: number;
  cutoffMonth?: number;
  valueKind?: ValueKind;
  noteVi?: string;
  values?: FigureRowValue[];
};

const layout: FieldLayout = {
  top: ["unitId", "year", "cutoffMonth", "valueKind", "noteVi"],
  list: { name: "values", fields: ["indicator", "source", "value"] },
};

const months = Array.from({ length: 12 }, (_, index) => index + 1);

function toInput(values: FiguresFormValues): ReportedFiguresInput {
  return {
    unitId: values.unitId ?? "",
    year: values.year ?? 0,
    cutoffMonth: values.cutoffMonth ?? 12,
    valueKind: values.valueKind ?? "ACTUAL",
    noteVi: (values.noteVi ?? "").trim(),
    values: (values.values ?? []).map((row) => ({
      indicator: row.indicator as ReportedIndicator,
      // A source belongs to money only; a stale one left from an earlier indicator choice is not sent.
      ...(row.indicator === BUDGET_EXEC && row.source ? { source: row.source } : {}),
      value: row.value ?? "",
    })),
  };
}

type ReportedFiguresFormDrawerProps = {
  open: boolean;
  /** The list's filters, as the report's unit and year. */
  defaults: { year?: number; unitId?: string };
  onClose: () => void;
  onSaved: (saved: { year: number; unitId: string }) => void;
};

/** One report of a unit: its period and kind, and its values, saved all or nothing (PUT /reported-figures). */
export function ReportedFiguresFormDrawer({
  open,
  defaults,
  onClose,
  onSaved,
}: ReportedFiguresFormDrawerProps) {
  const t = usePlansT();
  const { t: common } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<FiguresFormValues>();
  const save = useSaveReportedFigures();
  const year = Form.useWatch("year", form);
  const required = { required: true, message: t("plans.figuresForm.required") };

  // biome-ignore lint/correctness/useExhaustiveDependencies: reset once per opening, from the filters of that moment.
  useEffect(() => {
    if (!open) return;
    save.reset();
    form.resetFields();
    form.setFieldsValue({
      year: defaults.year ?? currentYear() - 1,
      unitId: defaults.unitId,
      cutoffMonth: 12,
      valueKind: "ACTUAL",
      noteVi: "",
      values: [{ indicator: BUDGET_EXEC, source: "KCQG", value: null }],
    });
  }, [open]);

  const busy = useRef(false);
  const submit = (values: FiguresFormValues) => {
    if (busy.current) return;
    busy.current = true;
    const input = toInput(values);
    save.mutate(input, {
      onSettled: () => {
        busy.current = false;
      },
      onSuccess: (saved) => {
        void message.success(t("plans.figuresForm.saved", { count: saved.items.length }));
        onSaved({ year: input.year, unitId: input.unitId });
      },
      onError: (error) => applyServerErrors(form, error, layout),
    });
  };

  return (
    <Drawer
      open={open}
      onClose={onClose}
      size={980}
      destroyOnHidden
      title={t("plans.figuresForm.title")}
      footer={
        <Flex justify="flex-end" gap={8}>
          <Button onClick={onClose}>{common("common.cancel")}</Button>
          <Button type="primary" loading={save.isPending} onClick={() => form.submit()}>
            {t("plans.figuresForm.submit")}
          </Button>
        </Flex>
      }
    >
      <Flex vertical gap={16}>
        <Alert type="info" showIcon title={t("plans.figuresForm.help")} />
        <FormProblemAlert error={save.error} layout={layout} />
        <Form<FiguresFormValues> form={form} name="reported-figures" layout="vertical" onFinish={submit}>
          <Row gutter={16}>
            <Col xs={12} md={4}>
              <Form.Item label={t("plans.figuresForm.year")} name="year" rules={[required]}>
                <YearSelect
                  style={{ width: "100%" }}
                  onChange={() => form.setFieldValue("unitId", undefined)}
                />
              </Form.Item>
            </Col>
            <Col xs={12} md={8}>
              <Form.Item label={t("plans.figuresForm.unit")} name="unitId" rules={[required]}>
                <PlanUnitSelect year={year} style={{ width: "100%" }} />
              </Form.Item>
            </Col>
            <Col xs={12} md={6}>
              <Form.Item label={t("plans.figuresForm.cutoffMonth")} name="cutoffMonth" rules={[required]}>
                <Select
                  options={months.map((month) => ({
                    value: month,
                    label: t("plans.figuresForm.month", { month }),
                  }))}
                />
              </Form.Item>
            </Col>
            <Col xs={12} md={6}>
              <Form.Item label={t("plans.figuresForm.valueKind")} name="valueKind" rules={[required]}>
                <Radio.Group
                  optionType="button"
                  options={valueKindCodes.map((kind) => ({
                    value: kind,
                    label: t(`plans.figures.kinds.${kind}`),
                  }))}
                />
              </Form.Item>
            </Col>
            <Col span={24}>
              <Form.Item label={t("plans.figuresForm.note")} name="noteVi">
                <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={2000} />
              </Form.Item>
            </Col>
          </Row>
          <Typography.Title level={3} style={{ fontSize: 16 }}>
            {t("plans.figuresForm.rows")}
          </Typography.Title>
          <FigureRowsField />
        </Form>
      </Flex>
    </Drawer>
  );
}
