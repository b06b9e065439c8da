import { conferenceOrdinalLabel, extensionCentreLimits, regionLabels, todayInVietnam } from "@kc/domain";
import { App, Col, DatePicker, Form, Input, InputNumber, Modal, Row, Select, Typography } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { half } from "../../components/form-columns";
import { FormRefusals } from "../../components/form-refusals";
import { DATE_FORMAT, toIsoDate } from "../../lib/format";
import { foldedSelectSearch } from "../../lib/text";
import { useRegions } from "../regions/api";
import { placeFieldErrors } from "../trade-promotion/showrooms/form-errors";
import { type ConferencePage, type RegionFilter, useSaveConference } from "./api";
import { conferencePath } from "./paths";

type Conference = ConferencePage["conference"];

type Values = {
  regionCode?: RegionFilter;
  ordinal?: number | null;
  heldOn?: Dayjs;
  hostProvinceId?: string;
  nextHostProvinceId?: string | null;
  organisers?: string;
  venue?: string;
  periodFrom?: Dayjs;
  periodTo?: Dayjs;
  note?: string;
};
const fields = [
  "regionCode",
  "ordinal",
  "heldOn",
  "hostProvinceId",
  "nextHostProvinceId",
  "organisers",
  "venue",
  "periodFrom",
  "periodTo",
  "note",
] as const;

const regionOptions = (Object.keys(regionLabels) as RegionFilter[]).map((code) => ({
  value: code,
  label: regionLabels[code].vi,
}));

/**
 * The figures a conference presents run from 1 January to the end of the last whole month before it (the 2018
 * Southern conference of August presented 7 months); offered when the day is picked, still editable.
 */
function defaultPeriod(heldOn: Dayjs): { periodFrom: Dayjs; periodTo: Dayjs } {
  const lastMonth = heldOn.subtract(1, "month").endOf("month");
  const periodTo = lastMonth.year() === heldOn.year() ? lastMonth : heldOn.endOf("month");
  return { periodFrom: heldOn.startOf("year"), periodTo: periodTo.startOf("day") };
}

function valuesOf(c: Conference | undefined): Values {
  if (!c) {
    const heldOn = dayjs(todayInVietnam());
    return { heldOn, ...defaultPeriod(heldOn), venue: "", note: "" };
  }
  return {
    regionCode: c.regionCode as RegionFilter,
    ordinal: c.ordinal,
    heldOn: dayjs(c.heldOn),
    hostProvinceId: c.host.id,
    nextHostProvinceId: c.nextHost?.id ?? null,
    organisers: c.organisers,
    venue: c.venue,
    periodFrom: dayjs(c.periodFrom),
    periodTo: dayjs(c.periodTo),
    note: c.note,
  };
}

type Props = {
  /** The conference to edit; none to record a new one. */
  conference?: Conference;
  onClose: () => void;
  reload?: () => Promise<unknown>;
};

/**
 * A regional conference: the region's series and its ordinal (shown as the reports print it, "lần thứ IX"), the
 * day, the host and the province handed the flag (provinces of the region on that day), the organisers, the
 * venue and the window of the figures it presents. The server checks the same and names the field it refuses.
 */
export function ConferenceForm({ conference, onClose, reload }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const save = useSaveConference();
  const [conflict, setConflict] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [reloading, setReloading] = useState(false);
  const initial = valuesOf(conference);
  const regionCode = Form.useWatch("regionCode", form) ?? initial.regionCode;
  const ordinal = Form.useWatch("ordinal", form) ?? initial.ordinal;
  const heldOn = Form.useWatch("heldOn", form) ?? initial.heldOn;
  const day = toIsoDate(heldOn) ?? todayInVietnam();
  const regions = useRegions(day);
  const provinceOptions = (regions.data?.find((r) => r.code === regionCode)?.provinces ?? []).map((p) => ({
    value: p.id,
    label: p.name,
  }));

  const submit = (v: Values) => {
    setConflict(false);
    setError(null);
    const body = {
      regionCode: v.regionCode ?? "BAC",
      ordinal: v.ordinal ?? 0,
      heldOn: toIsoDate(v.heldOn) ?? "",
      hostProvinceId: v.hostProvinceId ?? "",
      nextHostProvinceId: v.nextHostProvinceId ?? null,
      organisers: v.organisers ?? "",
      venue: v.venue ?? "",
      periodFrom: toIsoDate(v.periodFrom) ?? "",
      periodTo: toIsoDate(v.periodTo) ?? "",
      note: v.note ?? "",
      ...(conference ? { version: conference.version } : {}),
    };
    save.mutate(
      { id: conference?.id, body },
      {
        onSuccess: (saved) => {
          void message.success(t("conferences.saved", { title: saved.conference.title }));
          onClose();
          if (!conference) void navigate(conferencePath(saved.conference.id));
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
    { required: true, whitespace: true, message: t("conferences.required", { field: label }) },
  ];
  const ordinalText = ordinal && ordinal > 0 ? conferenceOrdinalLabel(ordinal) : null;

  return (
    <Modal
      open
      title={conference ? t("conferences.edit") : t("conferences.add")}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t("common.save")}
      confirmLoading={save.isPending}
      width={800}
      destroyOnHidden
    >
      <FormRefusals
        conflict={conflict}
        conflictHint={t("conferences.conflictHint")}
        reloading={reloading}
        onReload={() => {
          setReloading(true);
          void (reload?.() ?? Promise.resolve()).finally(() => {
            setReloading(false);
            onClose();
          });
        }}
        error={error}
      />
      <Form<Values>
        form={form}
        name="conference-form"
        layout="vertical"
        requiredMark
        initialValues={initial}
        onFinish={submit}
        onValuesChange={(changed: Partial<Values>) => {
          if (changed.regionCode)
            form.setFieldsValue({ hostProvinceId: undefined, nextHostProvinceId: null });
          if (changed.heldOn && !conference) form.setFieldsValue(defaultPeriod(changed.heldOn));
        }}
      >
        <Row gutter={16}>
          <Col {...half}>
            <Form.Item
              name="regionCode"
              label={t("conferences.region")}
              rules={required(t("conferences.region"))}
            >
              <Select options={regionOptions} />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item
              name="ordinal"
              label={t("conferences.ordinal")}
              rules={[
                { required: true, message: t("conferences.required", { field: t("conferences.ordinal") }) },
              ]}
              extra={
                <Typography.Text data-testid="ordinal-preview">
                  {ordinalText ?? t("conferences.ordinalHint")}
                  {ordinalText && heldOn ? ` ${t("conferences.ofYear", { year: heldOn.year() })}` : ""}
                </Typography.Text>
              }
            >
              <InputNumber
                min={1}
                max={extensionCentreLimits.ordinalMax}
                precision={0}
                style={{ width: "100%" }}
              />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item name="heldOn" label={t("conferences.heldOn")} rules={[{ required: true }]}>
              <DatePicker format={DATE_FORMAT} style={{ width: "100%" }} />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item name="venue" label={t("conferences.venue")}>
              <Input maxLength={extensionCentreLimits.nameMax} />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item
              name="hostProvinceId"
              label={t("conferences.host")}
              rules={required(t("conferences.host"))}
            >
              <Select
                options={provinceOptions}
                showSearch={foldedSelectSearch}
                loading={regions.isFetching}
                placeholder={regionCode ? undefined : t("conferences.pickRegionFirst")}
              />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item name="nextHostProvinceId" label={t("conferences.nextHost")}>
              <Select
                allowClear
                options={provinceOptions}
                showSearch={foldedSelectSearch}
                loading={regions.isFetching}
                placeholder={t("conferences.unknown")}
              />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item
          name="organisers"
          label={t("conferences.organisers")}
          rules={required(t("conferences.organisers"))}
        >
          <Input.TextArea
            autoSize={{ minRows: 2, maxRows: 4 }}
            maxLength={extensionCentreLimits.nameMax * 2}
          />
        </Form.Item>
        <Row gutter={16}>
          <Col {...half}>
            <Form.Item name="periodFrom" label={t("conferences.periodFrom")} rules={[{ required: true }]}>
              <DatePicker format={DATE_FORMAT} style={{ width: "100%" }} />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item name="periodTo" label={t("conferences.periodTo")} rules={[{ required: true }]}>
              <DatePicker format={DATE_FORMAT} style={{ width: "100%" }} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="note" label={t("conferences.note")}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={extensionCentreLimits.textMax} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
