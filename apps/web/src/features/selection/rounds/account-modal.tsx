import { Alert, Form, Input, Modal, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../../components/error-alert";
import { type MemberAccount, type RoundMember, useGrantMemberAccount } from "./api";
import { showServerFieldErrors } from "./server-field-errors";

/**
 * Gives a juror or the council secretary a sign-in account. The one-time password is shown here once (the
 * server keeps only its hash) and must be changed at the first sign-in.
 */
export function AccountModal({
  roundId,
  member,
  onClose,
}: {
  roundId: string;
  member: RoundMember;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ email: string }>();
  const grant = useGrantMemberAccount(roundId);
  const [granted, setGranted] = useState<MemberAccount | null>(null);
  const submit = ({ email }: { email: string }) =>
    grant.mutate(
      { memberId: member.id, version: member.version, email },
      { onSuccess: setGranted, onError: (e) => showServerFieldErrors(form, e) },
    );
  return (
    <Modal
      open
      title={t("selectionRounds.members.accountTitle", { name: member.fullName })}
      okText={granted ? t("selectionRounds.step.confirm") : t("selectionRounds.members.account")}
      onOk={() => (granted ? onClose() : form.submit())}
      confirmLoading={grant.isPending}
      onCancel={onClose}
      cancelButtonProps={granted ? { style: { display: "none" } } : undefined}
      destroyOnHidden
    >
      {grant.error ? <ErrorAlert error={grant.error} /> : null}
      {granted ? (
        <Alert
          type="success"
          showIcon
          message={t("selectionRounds.members.accountGranted")}
          description={
            <>
              <Typography.Paragraph>{granted.email}</Typography.Paragraph>
              <Typography.Text code copyable data-testid="one-time-password">
                {granted.oneTimePassword}
              </Typography.Text>
            </>
          }
        />
      ) : (
        <Form form={form} layout="vertical" onFinish={submit}>
          <Form.Item
            label={t("selectionRounds.members.accountEmail")}
            name="email"
            rules={[{ required: true, type: "email", message: t("selectionRounds.form.required") }]}
          >
            <Input type="email" autoComplete="off" maxLength={254} />
          </Form.Item>
        </Form>
      )}
    </Modal>
  );
}
