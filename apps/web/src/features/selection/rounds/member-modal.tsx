import {
  type MemberBody,
  type MemberRole,
  memberBodyCodes,
  memberBodyLabels,
  memberRoleLabels,
  memberRolesByBody,
} from "@kc/domain";
import { Checkbox, Col, Form, Input, Modal, Row, Select } from "antd";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../../components/error-alert";
import { half } from "../../../components/form-columns";
import { type MemberBody as MemberInput, type RoundMember, useAddMember, useUpdateMember } from "./api";
import { showServerFieldErrors } from "./server-field-errors";

/** A new member is most often an ordinary one: the chair, secretary and jury head are chosen on purpose. */
const ordinaryRole: Record<MemberBody, MemberRole> = {
  COUNCIL: "COUNCIL_MEMBER",
  JURY: "JUROR",
  EXPERT: "EXPERT",
};

type Values = Omit<MemberInput, "conflictEstablishmentIds"> & { conflicts?: string[] };

/** Adds a member to a body of the round, or edits one (at the version read), with their declared ties. */
export function MemberModal({
  roundId,
  member,
  body,
  onClose,
}: {
  roundId: string;
  member?: RoundMember;
  body?: MemberBody;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const add = useAddMember(roundId);
  const update = useUpdateMember(roundId);
  const chosenBody: MemberBody = Form.useWatch("body", form) ?? member?.body ?? body ?? "COUNCIL";
  const required = [{ required: true, message: t("selectionRounds.form.required") }];
  const error = add.error ?? update.error;

  const submit = ({ conflicts, ...v }: Values) => {
    const input: MemberInput = {
      ...v,
      position: v.position ?? "",
      organisationName: v.organisationName ?? "",
      userId: member?.userId ?? null,
      conflictEstablishmentIds: conflicts ?? [],
    };
    const options = { onSuccess: onClose, onError: (e: unknown) => showServerFieldErrors(form, e) };
    if (member) update.mutate({ memberId: member.id, version: member.version, member: input }, options);
    else add.mutate(input, options);
  };

  return (
    <Modal
      open
      title={t("selectionRounds.members.form.title")}
      onOk={() => form.submit()}
      okText={t("selectionRounds.form.save")}
      confirmLoading={add.isPending || update.isPending}
      onCancel={onClose}
      width={640}
      destroyOnHidden
    >
      {error ? <ErrorAlert error={error} /> : null}
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={
          member
            ? { ...member, conflicts: member.conflictEstablishmentIds }
            : { body: body ?? "COUNCIL", role: ordinaryRole[body ?? "COUNCIL"], active: true }
        }
      >
        <Row gutter={12}>
          <Col {...half}>
            <Form.Item label={t("selectionRounds.members.form.body")} name="body" rules={required}>
              <Select
                options={memberBodyCodes.map((code) => ({ value: code, label: memberBodyLabels[code] }))}
                onChange={(next: MemberBody) => form.setFieldValue("role", ordinaryRole[next])}
              />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item label={t("selectionRounds.members.form.role")} name="role" rules={required}>
              <Select
                options={memberRolesByBody[chosenBody].map((code) => ({
                  value: code,
                  label: memberRoleLabels[code],
                }))}
              />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item label={t("selectionRounds.members.form.fullName")} name="fullName" rules={required}>
          <Input maxLength={200} />
        </Form.Item>
        <Row gutter={12}>
          <Col {...half}>
            <Form.Item label={t("selectionRounds.members.form.position")} name="position">
              <Input maxLength={200} />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item label={t("selectionRounds.members.form.organisationName")} name="organisationName">
              <Input maxLength={500} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item label={t("selectionRounds.members.form.conflicts")} name="conflicts">
          <Select mode="tags" open={false} tokenSeparators={[",", " "]} />
        </Form.Item>
        <Form.Item name="active" valuePropName="checked">
          <Checkbox>{t("selectionRounds.members.form.active")}</Checkbox>
        </Form.Item>
      </Form>
    </Modal>
  );
}
