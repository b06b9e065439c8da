import { PlusOutlined } from "@ant-design/icons";
import { formatDateTime, type RoleCode } from "@kc/domain";
import { Button, Card, Flex, Select, Tag, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { User } from "../../api/types";
import { ClampText, type DataColumn, DataTable, ResponsiveFilters } from "../../components/data-table";
import { ListEmptyState } from "../../components/empty-state";
import { PageHeader } from "../../components/page-header";
import { ErrorState, LoadingSkeleton } from "../../components/query-state";
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

  // Who, status, role and scope first, so they fit at 1440 px beside the actions; the organisation and the
  // second factor are in the column chooser.
  const columns: DataColumn<User>[] = [
    {
      title: t("users.name"),
      key: "name",
      width: 230,
      alwaysVisible: true,
      render: (_, user) => (
        <Flex vertical>
          <ClampText text={user.name} strong lines={1} />
          <Typography.Text type="secondary" style={{ fontSize: 12 }} ellipsis={{ tooltip: user.email }}>
            {user.email}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      title: t("users.status"),
      key: "status",
      dataIndex: "disabled",
      width: 120,
      render: (disabled: boolean) =>
        disabled ? (
          <Tag color="red">{t("users.disabled")}</Tag>
        ) : (
          <Tag color="green">{t("users.active")}</Tag>
        ),
    },
    {
      title: t("users.role"),
      key: "role",
      dataIndex: "roleLabel",
      width: 170,
      render: (label: string) => <ClampText text={label} />,
    },
    {
      title: t("users.scope"),
      key: "scope",
      width: 150,
      render: (_, user) => <ClampText text={user.scope.label} />,
    },
    {
      title: t("users.organisation"),
      key: "organisation",
      width: 200,
      hiddenByDefault: true,
      render: (_, user) => <ClampText text={user.organisation?.name} />,
    },
    {
      title: t("users.twoFactor"),
      key: "twoFactor",
      dataIndex: "twoFactorEnabled",
      width: 110,
      hiddenByDefault: true,
      render: (on: boolean) => (
        <Tag color={on ? "green" : "default"}>{on ? t("common.yes") : t("common.no")}</Tag>
      ),
    },
    {
      title: t("users.lastSignIn"),
      key: "lastSignIn",
      dataIndex: "lastSignInAt",
      width: 150,
      render: (at: string | null) =>
        at ? (
          <span className="kc-number">{formatDateTime(at, false)}</span>
        ) : (
          <Typography.Text type="secondary">{t("users.never")}</Typography.Text>
        ),
    },
  ];
  if (canManage) {
    columns.push({
      title: t("common.actions"),
      key: "actions",
      width: 200,
      alwaysVisible: true,
      fixed: "right",
      render: (_, user) => <UserRowActions user={user} onEdit={openForm} onResetPassword={setResetting} />,
    });
  }
  const filtered = Boolean(q) || role !== undefined || status !== undefined;
  const clearFilters = () => {
    setQ("");
    setRole(undefined);
    setStatus(undefined);
    toFirstPage();
  };

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
        <ResponsiveFilters
          label={t("users.filters")}
          activeCount={[role, status].filter((value) => value !== undefined).length}
          onClear={clearFilters}
          always={
            <SearchInput
              value={q}
              placeholder={t("users.searchPlaceholder")}
              onSearch={(value) => {
                setQ(value);
                toFirstPage();
              }}
            />
          }
        >
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
        </ResponsiveFilters>
        {users.isPending ? (
          <LoadingSkeleton />
        ) : users.isError ? (
          <ErrorState error={users.error} onRetry={() => void users.refetch()} />
        ) : (
          <DataTable<User>
            tableId="users"
            rowKey="id"
            columns={columns}
            dataSource={users.data.items}
            loading={users.isFetching && users.isPlaceholderData}
            locale={{
              emptyText: (
                <ListEmptyState
                  what={t("users.emptyWhat")}
                  filtered={filtered}
                  onClearFilters={clearFilters}
                />
              ),
            }}
            pagination={serverPagination(paging, users.data.total, setPaging)}
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
