import {
  type ConsultingContractState,
  consultingContractStateLabels,
  consultingContractStates,
  extensionCentreLimits,
  todayInVietnam,
} from "@kc/domain";
import { App, Col, DatePicker, Flex, Form, Input, Modal, Radio, Row, Select } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { AmountInput } from "../../components/amount-input";
import { half } from "../../components/form-columns";
import { FormRefusals } from "../../components/form-refusals";
import { DATE_FORMAT, toIsoDate } from "../../lib/format";
import { EstablishmentSelect } from "../projects/form/establishment-select";
import { placeFieldErrors } from "../trade-promotion/showrooms/form-errors";
import { type CentrePage, useSaveContract } from "./api";

export type Contract = CentrePage["contracts"][number];

type Values = {
  clientKind: "REGISTRY" | "NAME";
  clientEstablishmentId?: string;
  clientName?: string;
  subject: string;
  contractNumber?: string;
  value?: string | null;
  signedOn?: Dayjs;
  state: ConsultingContractState;
  finishedOn?: Dayjs | null;
  revenueReceived?: string | null;
};
const fields = [
  "clientEstablishmentId",
  "clientName",
  "subject",
  "contractNumber",
  "value",
  "signedOn",
  "state",
  "finishedOn",
  "revenueReceived",
] as const;

function valuesOf(c: Contract | undefined): Values {
  if (!c) {
    return { clientKind: "NAME", subject: "", state: "IN_PROGRESS", signedOn: dayjs(todayInVietnam()) };
  }
  return {
    clientKind: c.client.establishmentId ? "REGISTRY" : "NAME",
    clientEstablishmentId: c.client.establishmentId ?? undefined,
    clientName: c.client.establishmentId ? undefined : c.client.name,
    subject: c.subject,
    contractNumber: c.contractNumber ?? undefined,
    value: c.value.dong,
    signedOn: dayjs(c.signedOn),
    state: c.state,
    finishedOn: c.finishedOn ? dayjs(c.finishedOn) : null,
    revenueReceived: c.revenueReceived.dong,
  };
}

type Props = {
  centreId: string;
  /** The contract to edit; none to record a new one. */
  contract?: Contract;
  open: boolean;
  onClose: () => void;
  /** Reads the centre's page again after a version conflict. */
  reload: () => Promise<unknown>;
  /** Told the signing day saved, so the page can show that year's figures. */
  onSaved: (signedOn: string) => void;
};

/**
 * A centre's consulting or service contract: the client (an establishment of the registry or a name), what is
 * advised, the value and the revenue received in đồng, the signing day and where the contract stands. The server
 * checks the same rules and names the field it refuses; a 409 asks to reload what someone else saved.
 */
export function ContractForm({ centreId, contract, open, onClose, reload, onSaved }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const save = useSaveContract(centreId);
  const [conflict, setConflict] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [reloading, setReloading] = useState(false);
  const clientKind = Form.useWatch("clientKind", form) ?? valuesOf(contract).clientKind;
  const state = Form.useWatch("state", form) ?? valuesOf(contract).state;

  const submit = (v: Values) => {
    setConflict(false);
    setError(null);
    const body = {
      clientEstablishmentId: v.clientKind === "REGISTRY" ? (v.clientEstablishmentId ?? null) : null,
      clientName: v.clientKind === "NAME" ? (v.clientName ?? "") : null,
      subject: v.subject,
      contractNumber: v.contractNumber?.trim() ? v.contractNumber : null,
      value: v.value ?? "0",
      signedOn: toIsoDate(v.signedOn) ?? "",
      state: v.state,
      finishedOn: v.state === "IN_PROGRESS" ? null : (toIsoDate(v.finishedOn) ?? null),
      revenueReceived: v.revenueReceived ?? "0",
      ...(contract ? { version: contract.version } : {}),
    };
    save.mutate(
      { id: contract?.id, body },
      {
        onSuccess: () => {
          void message.success(contract ? t("centres.contractSaved") : t("centres.contractCreated"));
          onSaved(body.signedOn);
          onClose();
        },
        onError: (failure) => {
          const placed = placeFieldErrors(form, failure, fields);
          setConflict(placed.conflict);
          setError(placed.unplaced);
        },
      },
    );
  };
  const required = (label: string) => [
    { required: true, whitespace: true, message: t("centres.required", { field: label }) },
  ];

  return (
    <Modal
      open={open}
      title={contract ? t("centres.editContract") : t("centres.addContract")}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t("common.save")}
      confirmLoading={save.isPending}
      width={760}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        name="contract-form"
        layout="vertical"
        requiredMark
        initialValues={valuesOf(contract)}
        onFinish={submit}
      >
        <Flex vertical gap={8} style={{ marginBottom: 8 }}>
          <FormRefusals
            conflict={conflict}
            conflictHint={t("centres.contractConflictHint")}
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
        </Flex>
        <Form.Item name="clientKind" label={t("centres.clientKind")}>
          <Radio.Group
            options={[
              { value: "REGISTRY", label: t("centres.clientRegistry") },
              { value: "NAME", label: t("centres.clientTyped") },
            ]}
          />
        </Form.Item>
        {clientKind === "REGISTRY" ? (
          <Form.Item
            name="clientEstablishmentId"
            label={t("centres.clientEstablishment")}
            rules={[{ required: true, message: t("centres.required", { field: t("centres.client") }) }]}
          >
            <EstablishmentSelect
              initialOption={
                contract?.client.establishmentId
                  ? { value: contract.client.establishmentId, label: contract.client.name }
                  : null
              }
            />
          </Form.Item>
        ) : (
          <Form.Item
            name="clientName"
            label={t("centres.clientName")}
            rules={required(t("centres.clientName"))}
          >
            <Input maxLength={extensionCentreLimits.nameMax} />
          </Form.Item>
        )}
        <Form.Item name="subject" label={t("centres.subject")} rules={required(t("centres.subject"))}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} maxLength={extensionCentreLimits.nameMax} />
        </Form.Item>
        <Row gutter={16}>
          <Col {...half}>
            <Form.Item name="contractNumber" label={t("centres.contractNumber")}>
              <Input maxLength={100} />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item name="signedOn" label={t("centres.signedOn")} rules={[{ required: true }]}>
              <DatePicker format={DATE_FORMAT} style={{ width: "100%" }} />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item name="value" label={t("centres.valueDong")} rules={required(t("centres.valueDong"))}>
              <AmountInput unit="đ" />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item
              name="revenueReceived"
              label={t("centres.revenueReceivedDong")}
              rules={required(t("centres.revenueReceivedDong"))}
            >
              <AmountInput unit="đ" />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item name="state" label={t("centres.state")}>
              <Select
                options={consultingContractStates.map((code) => ({
                  value: code,
                  label: consultingContractStateLabels[code],
                }))}
              />
            </Form.Item>
          </Col>
          <Col {...half}>
            {state === "IN_PROGRESS" ? null : (
              <Form.Item name="finishedOn" label={t("centres.finishedOn")} rules={[{ required: true }]}>
                <DatePicker format={DATE_FORMAT} style={{ width: "100%" }} />
              </Form.Item>
            )}
          </Col>
        </Row>
      </Form>
    </Modal>
  );
}
