import { Alert, Checkbox, DatePicker, Form, Modal } from "antd";
import dayjs from "dayjs";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../components/error-alert";
import { isApiError } from "../../lib/api";
import { DATE_FORMAT } from "../../lib/format";
import { type TemplateVersionDetail, useChangeVersion } from "./api";
import { messagesUnder, templateErrors } from "./server-errors";

/**
 * Sets a version's last day (or clears it). The server refuses an end that overlaps the next version or cuts
 * off the windows of reports opened on it, and asks to confirm one that leaves a gap: its words stand under the
 * date, and the confirmation box appears only then.
 */
export function SetValidToModal({
  version,
  onClose,
}: {
  version: TemplateVersionDetail;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const dateId = useId();
  const change = useChangeVersion(version.id);
  const [validTo, setValidTo] = useState<string | null>(version.validTo);
  const [confirmGap, setConfirmGap] = useState(false);
  const { byPath, gap } = templateErrors(change.error);
  const fieldMessages = messagesUnder(byPath, "validTo");
  const other = change.isError && fieldMessages.length === 0 ? change.error : null;

  const save = async () => {
    const saved = await change
      .mutateAsync({ revision: version.revision, validTo, acknowledgeGap: confirmGap })
      .catch(() => null);
    if (saved) onClose();
  };

  return (
    <Modal
      open
      title={t("reportTemplates.setValidTo")}
      okText={t("reportTemplates.save")}
      cancelText={t("reportTemplates.cancel")}
      confirmLoading={change.isPending}
      onOk={() => void save()}
      onCancel={onClose}
    >
      {other ? (
        <div style={{ marginBottom: 12 }}>
          {isApiError(other) && other.code === "VERSION_CONFLICT" ? (
            <Alert type="warning" showIcon title={t("reportTemplates.conflictHint")} />
          ) : (
            <ErrorAlert error={other} />
          )}
        </div>
      ) : null}
      <Form layout="vertical">
        <Form.Item
          label={t("reportTemplates.validTo")}
          htmlFor={dateId}
          extra={t("reportTemplates.validToHint")}
          validateStatus={fieldMessages.length > 0 ? (gap ? "warning" : "error") : undefined}
          help={fieldMessages.length > 0 ? fieldMessages.join("; ") : undefined}
        >
          <DatePicker
            id={dateId}
            format={DATE_FORMAT}
            value={validTo ? dayjs(validTo) : null}
            onChange={(date) => {
              setValidTo(date ? date.format("YYYY-MM-DD") : null);
              setConfirmGap(false);
              change.reset();
            }}
          />
        </Form.Item>
        {gap ? (
          <Checkbox checked={confirmGap} onChange={(event) => setConfirmGap(event.target.checked)}>
            {t("reportTemplates.confirmGap")}
          </Checkbox>
        ) : null}
      </Form>
    </Modal>
  );
}
