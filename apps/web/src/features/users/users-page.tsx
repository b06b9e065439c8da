import { PlusOutlined } from "@ant-design/icons";
import { formatDateTime, type RoleCode } from "@kc/domain";
import { Button, Card, Flex, Select, Table, type TableColumnsType, Tag, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { User } from "../../api/types";
import { PageHeader } from "../../components/page-header";
import { EmptyState, ErrorState, LoadingSkeleton } from "../../components/query-state";
import { SearchInput } from "../../components/search-input";
import { firstPage, type Paging, serverPagination } from "../../lib/pagination";
import { useAbility } from "../auth/current-user";
import { type UserListParams, useRoles, useUsers } from "./api";
import { ResetPasswordModal } from "./reset-password-modal";
import { UserFormModal } from "./user-form-modal";
import { UserRowActions } from "./user-row-actions";

type Status = NonNullable<UserListParams["status"]>;

/** Accounts, roles and data scopes. Read-only for users.read; users.manage may change them. */
export function UsersPage() {
  const { t } = useTranslation();
  const canManage = useAbility("users.manage");
  const [q, setQ] = useState("");
  const [role, setRole] = useState<RoleCode | undefined>();
  const [status, setStatus] = useState<Status | undefined>();
  const [paging, setPaging] = useState<Paging>(() => firstPage());
  const [editing, setEditing] = useState<User | null>(null);
  const [formOpen, setFormOpen] = useState(false);
  const [resetting, setResetting] = useState<User | null>(null);
  const roles = useRoles();
  const users = useUsers({ q: q || undefined, role, status, ...paging });
  const toFirstPage = () => setPaging((current) => ({ ...current, page: 1 }));

  const openForm = (user: User | null) => {
    setEditing(user);
    setFormOpen(true);
  };

  const columns: TableColumnsType<User> = [
    {
      title: t("users.name"),
      dataIndex: "name",
      render: (name: string) => <Typography.Text strong>{name}</Typography.Text>,
    },
    { title: t("users.email"), dataIndex: "email" },
    { title: t("users.role"), dataIndex: "roleLabel" },
    { title: t("users.scope"), key: "scope", render: (_, user) => user.scope.label },
    {
      title: t("users.organisation"),
      key: "organisation",
      render: (_, user) => user.organisation?.name ?? t("common.none"),
    },
    {
      title: t("users.twoFactor"),
      dataIndex: "twoFactorEnabled",
      width: 110,
      render: (on: boolean) => (
        <Tag color={on ? "green" : "default"}>{on ? t("common.yes") : t("common.no")}</Tag>
      ),
    },
    {
      title: t("users.status"),
      dataIndex: "disabled",
      width: 140,
      render: (disabled: boolean) =>
        disabled ? (
          <Tag color="red">{t("users.disabled")}</Tag>
        ) : (
          <Tag color="green">{t("users.active")}</Tag>
        ),
    },
    {
      title: t("users.lastSignIn"),
      dataIndex: "lastSignInAt",
      width: 170,
      render: (at: string | null) =>
        at ? formatDateTime(at) : <Typography.Text type="secondary">{t("users.never")}</Typography.Text>,
    },
  ];
  if (canManage) {
    columns.push({
      title: t("common.actions"),
      key: "actions",
      width: 220,
      fixed: "right",
      render: (_, user) => <UserRowActions user={user} onEdit={openForm} onResetPassword={setResetting} />,
    });
  }

  return (
    <>
      <PageHeader
        title={t("users.title")}
        description={t("users.description")}
        extra={
          canManage ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => openForm(null)}>
              {t("users.create")}
            </Button>
          ) : null
        }
      />
      <Card variant="outlined">
        <Flex gap={12} wrap className="kc-toolbar">
          <SearchInput
            value={q}
            placeholder={t("users.searchPlaceholder")}
            onSearch={(value) => {
              setQ(value);
              toFirstPage();
            }}
          />
          <Select
            aria-label={t("users.roleFilter")}
            placeholder={t("users.role")}
            allowClear
            loading={roles.isPending}
            style={{ width: 240 }}
            value={role}
            onChange={(value?: RoleCode) => {
              setRole(value);
              toFirstPage();
            }}
            options={(roles.data ?? []).map((item) => ({ value: item.code, label: item.label }))}
          />
          <Select<Status>
            aria-label={t("users.statusFilter")}
            placeholder={t("users.status")}
            allowClear
            style={{ width: 180 }}
            value={status}
            onChange={(value?: Status) => {
              setStatus(value);
              toFirstPage();
            }}
            options={[
              { value: "active", label: t("users.active") },
              { value: "disabled", label: t("users.disabled") },
            ]}
          />
        </Flex>
        {users.isPending ? (
          <LoadingSkeleton />
        ) : users.isError ? (
          <ErrorState error={users.error} onRetry={() => void users.refetch()} />
        ) : (
          <Table<User>
            rowKey="id"
            size="middle"
            columns={columns}
            dataSource={users.data.items}
            loading={users.isFetching && users.isPlaceholderData}
            locale={{ emptyText: <EmptyState /> }}
            pagination={serverPagination(paging, users.data.total, setPaging)}
            scroll={{ x: 1400 }}
          />
        )}
      </Card>
      {canManage ? (
        <>
          <UserFormModal open={formOpen} user={editing} onClose={() => setFormOpen(false)} />
          <ResetPasswordModal user={resetting} onClose={() => setResetting(null)} />
        </>
      ) : null}
    </>
  );
}
