import type { ScopeKind } from "@kc/domain";
import { useQueryClient } from "@tanstack/react-query";
import { Alert, App, Button, Form, Input, Modal, Select } from "antd";
import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import type { User } from "../../api/types";
import { ErrorAlert } from "../../components/error-alert";
import { type ApiError, isApiError } from "../../lib/api";
import { useCreateUser, useRoles, userKeys, useUpdateUser } from "./api";
import { type FormValues, fieldOf, scopeOf } from "./user-form";
import { UserScopeFields } from "./user-scope-fields";

type UserFormModalProps = {
  open: boolean;
  /** The user to edit; none to create one. */
  user: User | null;
  onClose: () => void;
};

function isVersionConflict(error: unknown, editing: boolean): error is ApiError {
  return isApiError(error) && (error.code === "VERSION_CONFLICT" || (editing && error.status === 409));
}

export function UserFormModal({ open, user, onClose }: UserFormModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<FormValues>();
  const editing = user !== null;
  const roles = useRoles();
  const create = useCreateUser();
  const update = useUpdateUser();
  const mutation = editing ? update : create;

  const roleCode = Form.useWatch("role", form);
  // The server documents scope kinds as strings; they are the domain's codes.
  const allowedKinds = roles.data?.find((role) => role.code === roleCode)?.scopeKinds as
    | ScopeKind[]
    | undefined;

  // Reset only when the modal opens or shows another user.
  // biome-ignore lint/correctness/useExhaustiveDependencies: mutations and form are stable enough here.
  useEffect(() => {
    if (!open) return;
    create.reset();
    update.reset();
    form.resetFields();
    if (user) {
      form.setFieldsValue({
        email: user.email,
        name: user.name,
        role: user.role,
        scopeKind: user.scope.kind as ScopeKind,
        regionCode: user.scope.regionCode ?? undefined,
        provinceId: user.scope.provinceId ?? undefined,
        organisationId: user.organisation?.id ?? user.scope.organisationId ?? undefined,
      });
    } else {
      form.setFieldsValue({ scopeKind: "NATIONAL" });
    }
  }, [open, user]);

  const onRoleChange = (code: string) => {
    const kinds = (roles.data?.find((role) => role.code === code)?.scopeKinds ?? []) as ScopeKind[];
    const first = kinds[0];
    if (first && !kinds.includes(form.getFieldValue("scopeKind"))) form.setFieldsValue({ scopeKind: first });
  };

  const submit = (values: FormValues) => {
    const scope = scopeOf(values);
    const onError = (error: Error) => {
      if (!isApiError(error)) return;
      form.setFields(
        error.errors.flatMap((item) => {
          const name = fieldOf[item.path.replace(/^body\./, "")];
          return name ? [{ name, errors: [item.message] }] : [];
        }),
      );
    };
    if (user) {
      const organisationId = values.organisationId ?? (user.organisation ? null : undefined);
      update.mutate(
        {
          id: user.id,
          version: user.version,
          name: values.name.trim(),
          role: values.role,
          scope,
          organisationId,
        },
        {
          onSuccess: () => {
            void message.success(t("users.saved"));
            onClose();
          },
          onError,
        },
      );
    } else {
      const email = values.email.trim();
      create.mutate(
        {
          email,
          name: values.name.trim(),
          role: values.role,
          scope,
          organisationId: values.organisationId,
          password: values.password ?? "",
        },
        {
          onSuccess: () => {
            void message.success(t("users.created", { email }));
            onClose();
          },
          onError,
        },
      );
    }
  };

  const conflict = isVersionConflict(mutation.error, editing);

  return (
    <Modal
      open={open}
      title={user ? t("users.editTitle", { email: user.email }) : t("users.createTitle")}
      onCancel={onClose}
      okText={t("common.save")}
      cancelText={t("common.cancel")}
      onOk={() => form.submit()}
      confirmLoading={mutation.isPending}
      forceRender
      width={640}
    >
      {conflict ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={t("errors.versionConflict")}
          action={
            <Button
              size="small"
              onClick={() => {
                void queryClient.invalidateQueries({ queryKey: userKeys.lists() });
                onClose();
              }}
            >
              {t("common.reload")}
            </Button>
          }
        />
      ) : mutation.error &&
        !(
          isApiError(mutation.error) &&
          mutation.error.errors.some((e) => fieldOf[e.path.replace(/^body\./, "")])
        ) ? (
        <div style={{ marginBottom: 16 }}>
          <ErrorAlert error={mutation.error} />
        </div>
      ) : null}
      <Form<FormValues> form={form} name="user-form" layout="vertical" requiredMark onFinish={submit}>
        <Form.Item
          label={t("users.email")}
          name="email"
          rules={[
            { required: true, whitespace: true, message: t("auth.emailRequired") },
            { type: "email", message: t("auth.emailInvalid") },
          ]}
        >
          <Input type="email" autoComplete="off" disabled={editing} />
        </Form.Item>
        <Form.Item
          label={t("users.name")}
          name="name"
          rules={[{ required: true, whitespace: true, message: t("users.nameRequired") }]}
        >
          <Input autoComplete="off" maxLength={200} />
        </Form.Item>
        <Form.Item
          label={t("users.role")}
          name="role"
          rules={[{ required: true, message: t("users.roleRequired") }]}
        >
          <Select
            loading={roles.isPending}
            options={(roles.data ?? []).map((role) => ({ value: role.code, label: role.label }))}
            onChange={onRoleChange}
          />
        </Form.Item>
        <UserScopeFields allowedKinds={allowedKinds} user={user} />
        {editing ? null : (
          <Form.Item
            label={t("users.password")}
            name="password"
            extra={t("users.passwordHint")}
            rules={[
              { required: true, message: t("users.passwordRequired") },
              { min: 8, message: t("users.passwordTooShort") },
            ]}
          >
            <Input.Password autoComplete="new-password" maxLength={128} />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
