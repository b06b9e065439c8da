import { App, Form, InputNumber, Modal } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { AmountInput } from "../../components/amount-input";
import { FormRefusals } from "../../components/form-refusals";
import { placeFieldErrors } from "../trade-promotion/showrooms/form-errors";
import { type CentrePage, useSetConsultingPlan } from "./api";

type Plan = CentrePage["plans"][number];
type Values = { revenuePlan?: string | null; plannedProjects?: number | null };

type Props = {
  centreId: string;
  year: number;
  /** The year's plan as read; none when the year has no plan yet. */
  plan: Plan | undefined;
  open: boolean;
  onClose: () => void;
  reload: () => Promise<unknown>;
};

/**
 * The consulting plan of a year: the revenue the centre plans to earn and the number of consulting projects, the
 * figures the year's revenue and contracts are measured against. The first plan of a year is sent without a
 * version; a change carries the version read, so two officers setting it at once get a 409, not a lost update.
 */
export function PlanForm({ centreId, year, plan, open, onClose, reload }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const save = useSetConsultingPlan(centreId);
  const [conflict, setConflict] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [reloading, setReloading] = useState(false);
  const submit = (v: Values) => {
    setConflict(false);
    setError(null);
    save.mutate(
      {
        year,
        body: {
          revenuePlan: v.revenuePlan ?? "0",
          plannedProjects: v.plannedProjects ?? null,
          version: plan?.version ?? null,
        },
      },
      {
        onSuccess: () => {
          void message.success(t("centres.planSaved", { year }));
          onClose();
        },
        onError: (failure) => {
          const placed = placeFieldErrors(form, failure, ["revenuePlan", "plannedProjects"]);
          setConflict(placed.conflict);
          setError(placed.unplaced);
        },
      },
    );
  };
  return (
    <Modal
      open={open}
      title={t("centres.planTitle", { year })}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t("common.save")}
      confirmLoading={save.isPending}
      destroyOnHidden
    >
      <FormRefusals
        conflict={conflict}
        conflictHint={t("centres.planConflictHint")}
        reloading={reloading}
        onReload={() => {
          setReloading(true);
          void reload().finally(() => {
            setReloading(false);
            onClose();
          });
        }}
        error={error}
      />
      <Form<Values>
        form={form}
        name="plan-form"
        layout="vertical"
        requiredMark
        initialValues={{
          revenuePlan: plan?.revenuePlan.dong,
          plannedProjects: plan?.plannedProjects ?? null,
        }}
        onFinish={submit}
      >
        <Form.Item name="revenuePlan" label={t("centres.revenuePlanDong")} rules={[{ required: true }]}>
          <AmountInput unit="đ" />
        </Form.Item>
        <Form.Item name="plannedProjects" label={t("centres.plannedProjects")}>
          <InputNumber min={0} max={10000} precision={0} style={{ width: "100%" }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
