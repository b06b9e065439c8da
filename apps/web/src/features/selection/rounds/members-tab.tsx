import { type MemberBody, memberBodyCodes, memberBodyLabels, memberRoleLabels } from "@kc/domain";
import { Alert, Button, Flex, Tag, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ActionButton } from "../../../components/action-button";
import { ClampText, type DataColumn, DataTable } from "../../../components/data-table";
import { ErrorState, LoadingSkeleton } from "../../../components/query-state";
import { Section } from "../../../components/section";
import { AccountModal } from "./account-modal";
import { type RoundMember, useRoundMembers } from "./api";
import { MemberModal } from "./member-modal";

const canHaveAccount = (m: RoundMember) =>
  m.active && !m.userId && (m.body === "JURY" || m.role === "SECRETARY");

/** The council, the jury and the expert team, each as a table, with the size rule (S3) as it stands now. */
export function MembersTab({ roundId }: { roundId: string }) {
  const { t } = useTranslation();
  const members = useRoundMembers(roundId);
  const [editing, setEditing] = useState<{ member?: RoundMember; body?: MemberBody } | null>(null);
  const [account, setAccount] = useState<RoundMember | null>(null);
  if (members.isPending) return <LoadingSkeleton />;
  if (members.isError) return <ErrorState error={members.error} onRetry={() => void members.refetch()} />;
  const { items, composition, canManage } = members.data;
  const manageable = canManage?.available === true;

  const columns: DataColumn<RoundMember>[] = [
    {
      title: t("selectionRounds.members.columns.name"),
      key: "name",
      width: 200,
      alwaysVisible: true,
      render: (_, m) => (
        <Flex vertical gap={2}>
          <Typography.Text strong>{m.fullName}</Typography.Text>
          {m.active ? null : <Tag>{t("selectionRounds.members.inactive")}</Tag>}
        </Flex>
      ),
    },
    {
      title: t("selectionRounds.members.columns.role"),
      key: "role",
      width: 170,
      render: (_, m) => memberRoleLabels[m.role],
    },
    {
      title: t("selectionRounds.members.columns.position"),
      key: "position",
      width: 150,
      render: (_, m) => <ClampText text={m.position} />,
    },
    {
      title: t("selectionRounds.members.columns.organisation"),
      key: "organisation",
      width: 190,
      render: (_, m) => <ClampText text={m.organisationName} />,
    },
    {
      title: t("selectionRounds.members.columns.account"),
      key: "account",
      width: 180,
      render: (_, m) =>
        m.accountEmail ? (
          <ClampText text={m.accountEmail} lines={1} />
        ) : (
          <Typography.Text type="secondary">{t("selectionRounds.members.noAccount")}</Typography.Text>
        ),
    },
    {
      title: t("selectionRounds.members.columns.conflicts"),
      key: "conflicts",
      width: 160,
      hiddenByDefault: true,
      render: (_, m) => <ClampText text={m.conflictEstablishmentIds.join(", ")} />,
    },
    ...(canManage
      ? [
          {
            title: t("selectionRounds.members.columns.actions"),
            key: "actions",
            width: 160,
            render: (_: unknown, m: RoundMember) => (
              <Flex gap={4} wrap>
                <Button size="small" disabled={!manageable} onClick={() => setEditing({ member: m })}>
                  {t("selectionRounds.members.edit")}
                </Button>
                {canHaveAccount(m) ? (
                  <Button size="small" disabled={!manageable} onClick={() => setAccount(m)}>
                    {t("selectionRounds.members.account")}
                  </Button>
                ) : null}
              </Flex>
            ),
          },
        ]
      : []),
  ];

  return (
    <Flex vertical gap={16}>
      <Alert
        type={composition.problems.length === 0 ? "success" : "warning"}
        showIcon
        message={t("selectionRounds.members.rule", {
          min: composition.councilMin,
          max: composition.councilMax,
          council: composition.councilSize,
          jury: composition.jurySize,
        })}
        description={
          composition.problems.length === 0 ? (
            t("selectionRounds.members.ruleMet")
          ) : (
            <ul style={{ margin: 0, paddingLeft: 18 }}>
              {composition.problems.map((p) => (
                <li key={p.messageVi}>{p.messageVi}</li>
              ))}
            </ul>
          )
        }
      />
      {memberBodyCodes.map((body) => (
        <Section
          key={body}
          title={memberBodyLabels[body]}
          extra={
            <ActionButton action={canManage} onClick={() => setEditing({ body })}>
              {t("selectionRounds.members.add")}
            </ActionButton>
          }
        >
          <DataTable<RoundMember>
            tableId={`selection-members-${body.toLowerCase()}`}
            rowKey="id"
            columns={columns}
            dataSource={items.filter((m) => m.body === body)}
            pagination={false}
            locale={{ emptyText: t("selectionRounds.members.empty") }}
          />
        </Section>
      ))}
      {editing ? (
        <MemberModal
          roundId={roundId}
          member={editing.member}
          body={editing.body}
          onClose={() => setEditing(null)}
        />
      ) : null}
      {account ? <AccountModal roundId={roundId} member={account} onClose={() => setAccount(null)} /> : null}
    </Flex>
  );
}
