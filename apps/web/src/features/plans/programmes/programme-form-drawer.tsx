import { DeleteOutlined, PlusOutlined } from "@ant-design/icons";
import type { ReportedIndicator } from "@kc/domain";
import { App, Button, Col, DatePicker, Drawer, Flex, Form, Input, Row, Select, Typography } from "antd";
import type { Dayjs } from "dayjs";
import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import type { ProgrammeInput } from "../../../api/types";
import { AmountInput } from "../../../components/amount-input";
import { DATE_FORMAT, toIsoDate } from "../../../lib/format";
import { foldedSelectSearch } from "../../../lib/text";
import { useCreateProgramme } from "../api";
import { BUDGET_EXEC, enteredIndicators } from "../constants";
import { currentYear, PlanUnitSelect, YearSelect } from "../filters";
import { applyServerErrors, type FieldLayout, FormProblemAlert } from "../form-problem";
import { usePlanLabels, usePlansT } from "../use-plans-t";

type ProgrammeFormValues = {
  unitId?: string;
  nameVi?: string;
  decisionNumber?: string;
  decisionDate?: Dayjs | null;
  issuerVi?: string;
  yearFrom?: number;
  yearTo?: number;
  targets?: { indicator?: ReportedIndicator; target?: string | null }[];
};

const layout: FieldLayout = {
  top: ["unitId", "nameVi", "decisionNumber", "decisionDate", "issuerVi", "yearFrom", "yearTo"],
  list: { name: "targets", fields: ["indicator", "target"] },
};

function toInput(values: ProgrammeFormValues): ProgrammeInput {
  return {
    level: "DIA_PHUONG",
    unitId: values.unitId ?? "",
    nameVi: (values.nameVi ?? "").trim(),
    decisionNumber: (values.decisionNumber ?? "").trim(),
    decisionDate: toIsoDate(values.decisionDate) ?? "",
    issuerVi: (values.issuerVi ?? "").trim(),
    yearFrom: values.yearFrom ?? 0,
    yearTo: values.yearTo ?? 0,
    targets: (values.targets ?? []).map((row) => ({
      indicator: row.indicator as ReportedIndicator,
      target: row.target ?? "",
    })),
  };
}

/** A provincial programme (national ones come with the system): its decision, period and quantified targets. */
export function ProgrammeFormDrawer({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = usePlansT();
  const { t: common } = useTranslation();
  const labels = usePlanLabels();
  const { message } = App.useApp();
  const [form] = Form.useForm<ProgrammeFormValues>();
  const create = useCreateProgramme();
  const yearFrom = Form.useWatch("yearFrom", form);
  const targets = Form.useWatch("targets", form) ?? [];
  const required = { required: true, message: t("plans.programmeForm.required") };
  const indicatorOptions = enteredIndicators.map((code) => ({ value: code, label: labels.indicator(code) }));
  const rowLabel = (field: string, index: number) => t("plans.form.lineField", { field, index: index + 1 });

  // biome-ignore lint/correctness/useExhaustiveDependencies: reset once per opening only.
  useEffect(() => {
    if (!open) return;
    create.reset();
    form.resetFields();
    form.setFieldsValue({ yearFrom: currentYear(), yearTo: currentYear() + 4, targets: [] });
  }, [open]);

  const busy = useRef(false);
  const submit = (values: ProgrammeFormValues) => {
    if (busy.current) return;
    busy.current = true;
    create.mutate(toInput(values), {
      onSettled: () => {
        busy.current = false;
      },
      onSuccess: (programme) => {
        void message.success(t("plans.programmeForm.created", { name: programme.nameVi }));
        onClose();
      },
      onError: (error) => applyServerErrors(form, error, layout),
    });
  };

  return (
    <Drawer
      open={open}
      onClose={onClose}
      size={900}
      destroyOnHidden
      title={t("plans.programmeForm.title")}
      footer={
        <Flex justify="flex-end" gap={8}>
          <Button onClick={onClose}>{common("common.cancel")}</Button>
          <Button type="primary" loading={create.isPending} onClick={() => form.submit()}>
            {t("plans.programmeForm.submit")}
          </Button>
        </Flex>
      }
    >
      <Flex vertical gap={16}>
        <FormProblemAlert error={create.error} layout={layout} />
        <Form<ProgrammeFormValues> form={form} name="programme" layout="vertical" onFinish={submit}>
          <Row gutter={16}>
            <Col xs={12} md={6}>
              <Form.Item label={t("plans.programmeForm.yearFrom")} name="yearFrom" rules={[required]}>
                <YearSelect lastYear={currentYear() + 10} style={{ width: "100%" }} />
              </Form.Item>
            </Col>
            <Col xs={12} md={6}>
              <Form.Item
                label={t("plans.programmeForm.yearTo")}
                name="yearTo"
                dependencies={["yearFrom"]}
                rules={[
                  required,
                  ({ getFieldValue }) => ({
                    validator: async (_rule, value?: number) => {
                      const from = getFieldValue("yearFrom") as number | undefined;
                      if (from !== undefined && value !== undefined && value < from)
                        throw new Error(t("plans.programmeForm.yearToBeforeFrom"));
                    },
                  }),
                ]}
              >
                <YearSelect lastYear={currentYear() + 10} style={{ width: "100%" }} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              {/* The province as it was in the first year of the programme. */}
              <Form.Item label={t("plans.programmeForm.unit")} name="unitId" rules={[required]}>
                <PlanUnitSelect year={yearFrom} provincesOnly style={{ width: "100%" }} />
              </Form.Item>
            </Col>
            <Col span={24}>
              <Form.Item
                label={t("plans.programmeForm.name")}
                name="nameVi"
                rules={[{ ...required, whitespace: true }]}
              >
                <Input maxLength={500} />
              </Form.Item>
            </Col>
            <Col xs={12} md={6}>
              <Form.Item
                label={t("plans.programmeForm.decisionNumber")}
                name="decisionNumber"
                rules={[{ ...required, whitespace: true }]}
              >
                <Input maxLength={100} autoComplete="off" />
              </Form.Item>
            </Col>
            <Col xs={12} md={6}>
              <Form.Item label={t("plans.programmeForm.decisionDate")} name="decisionDate" rules={[required]}>
                <DatePicker format={DATE_FORMAT} style={{ width: "100%" }} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                label={t("plans.programmeForm.issuer")}
                name="issuerVi"
                rules={[{ ...required, whitespace: true }]}
              >
                <Input maxLength={300} placeholder={t("plans.programmeForm.issuerPlaceholder")} />
              </Form.Item>
            </Col>
          </Row>
          <Typography.Title level={3} style={{ fontSize: 16 }}>
            {t("plans.programmeForm.targets")}
          </Typography.Title>
          <Typography.Paragraph type="secondary">{t("plans.programmeForm.targetHint")}</Typography.Paragraph>
          <Form.List name="targets">
            {(fields, { add, remove }) => (
              <Flex vertical gap={8}>
                {fields.map((field, index) => (
                  <Flex key={field.key} gap={8} align="flex-start">
                    <Form.Item
                      name={[field.name, "indicator"]}
                      rules={[required]}
                      style={{ flex: 1, marginBottom: 0 }}
                    >
                      <Select
                        aria-label={rowLabel(t("plans.programmes.indicator"), index)}
                        showSearch={foldedSelectSearch}
                        options={indicatorOptions}
                      />
                    </Form.Item>
                    <Form.Item
                      name={[field.name, "target"]}
                      rules={[required]}
                      style={{ width: 240, marginBottom: 0 }}
                    >
                      <AmountInput
                        aria-label={rowLabel(t("plans.programmes.target"), index)}
                        unit={targets[index]?.indicator === BUDGET_EXEC ? "đ" : undefined}
                      />
                    </Form.Item>
                    <Button
                      type="text"
                      danger
                      icon={<DeleteOutlined />}
                      aria-label={t("plans.programmeForm.removeTarget", { index: index + 1 })}
                      onClick={() => remove(field.name)}
                    />
                  </Flex>
                ))}
                <Button icon={<PlusOutlined />} style={{ alignSelf: "flex-start" }} onClick={() => add({})}>
                  {t("plans.programmeForm.addTarget")}
                </Button>
              </Flex>
            )}
          </Form.List>
        </Form>
      </Flex>
    </Drawer>
  );
}
