import { App, Button, Flex, Popconfirm, Space, Tag, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ActionButton } from "../../../components/action-button";
import { ClampText, type DataColumn, DataTable } from "../../../components/data-table";
import { ListEmptyState } from "../../../components/empty-state";
import { ErrorAlert } from "../../../components/error-alert";
import { SearchInput } from "../../../components/search-input";
import { formatNumber, formatShareBps } from "../../../lib/format";
import { formatDong, formatMoney } from "../../../lib/money";
import { useDownload } from "../../../lib/use-download";
import {
  PARTICIPANT_TEMPLATE,
  type Participant,
  participantExport,
  useDeleteParticipation,
  useFairParticipants,
} from "./api";
import { ParticipantImportModal } from "./participant-import-modal";
import { ParticipationFormModal } from "./participation-form-modal";
import { ParticipationResultsModal } from "./participation-results-modal";

const PAGE_SIZE = 50;

/**
 * A fair's participants (issue 15 item 5): the fair's three counts as the server keeps them (participations,
 * standard booths with a shared booth once, support), the list with booths, rent and support under the norm, and
 * — for those who keep the fair — adding by hand, importing the host's confirmed list, and the acceptance export.
 */
export function FairParticipantsTab({ fairId, canEdit }: { fairId: string; canEdit: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [page, setPage] = useState(1);
  const [search, setSearch] = useState("");
  const q = search.trim();
  const list = useFairParticipants(fairId, { page, pageSize: PAGE_SIZE, q });
  const remove = useDeleteParticipation(fairId);
  const download = useDownload<"template" | "export">(() => t("fairParticipants.downloadFailed"));
  const [editing, setEditing] = useState<Participant | "new" | null>(null);
  const [importing, setImporting] = useState(false);
  const [reporting, setReporting] = useState<Participant | null>(null);

  const fair = list.data?.fair;
  const accepting = {
    available: fair?.acceptsParticipations ?? false,
    reasons: fair?.acceptsParticipations
      ? []
      : [
          {
            code: "FAIR_NOT_ACCEPTING_PARTICIPATIONS",
            messageVi: t("fairParticipants.closed", { status: fair?.status.label ?? "" }),
          },
        ],
  };
  const resultsOpen = {
    available: fair?.acceptsResults ?? false,
    reasons: fair?.acceptsResults
      ? []
      : [{ code: "FAIR_NOT_HELD", messageVi: t("fairParticipants.results.closed") }],
  };
  const writable = canEdit && fair !== undefined;

  const columns: DataColumn<Participant>[] = [
    {
      key: "establishment",
      title: t("fairParticipants.columns.establishment"),
      width: 240,
      alwaysVisible: true,
      render: (_, row) => (
        <Flex vertical gap={0}>
          <Typography.Text strong>
            {row.establishmentName}{" "}
            {row.establishmentArchived ? <Tag>{t("fairParticipants.archived")}</Tag> : null}
          </Typography.Text>
          <Typography.Text type="secondary">
            <ClampText lines={1} text={[row.taxCode, row.address].filter(Boolean).join(" · ")} />
          </Typography.Text>
        </Flex>
      ),
    },
    {
      key: "booths",
      title: t("fairParticipants.columns.booths"),
      width: 130,
      render: (_, row) =>
        [
          row.wholeBooths > 0 ? t("fairParticipants.boothsWhole", { count: row.wholeBooths }) : null,
          row.sharedBoothKey
            ? t("fairParticipants.boothsShared", {
                key: row.sharedBoothKey,
                share: formatShareBps(row.sharedBoothShareBps),
              })
            : null,
        ]
          .filter(Boolean)
          .join(" + "),
    },
    {
      key: "support",
      title: t("fairParticipants.columns.support"),
      width: 130,
      align: "right",
      render: (_, row) => formatDong(row.supportAmount),
    },
    {
      key: "rent",
      title: t("fairParticipants.columns.rent"),
      width: 130,
      align: "right",
      render: (_, row) => formatDong(row.boothRent),
    },
    {
      key: "share",
      title: t("fairParticipants.columns.share"),
      width: 100,
      align: "right",
      // The share is the support over the rent, both shown: on demand only, so the row actions fit at 1440 px.
      hiddenByDefault: true,
      render: (_, row) => formatShareBps(row.supportShareBps),
    },
    {
      key: "norm",
      title: t("fairParticipants.columns.norm"),
      width: 80,
      render: (_, row) => row.normLabel ?? "—",
    },
    {
      key: "products",
      title: t("fairParticipants.columns.products"),
      width: 200,
      hiddenByDefault: true,
      render: (_, row) => <ClampText text={row.productsShown} />,
    },
    {
      key: "sales",
      title: t("fairParticipants.columns.sales"),
      width: 130,
      align: "right",
      hiddenByDefault: true,
      render: (_, row) => formatDong(row.sales),
    },
    {
      key: "contracts",
      title: t("fairParticipants.columns.contracts"),
      width: 100,
      align: "right",
      hiddenByDefault: true,
      render: (_, row) => (row.contractsSigned === null ? "" : formatNumber(row.contractsSigned)),
    },
  ];
  if (writable) {
    columns.push({
      key: "actions",
      title: t("fairParticipants.columns.actions"),
      width: 200,
      alwaysVisible: true,
      // Pinned on the right at desktop sizes (the DataTable unpins it on a phone), so a person who turns on
      // more columns in the chooser still has the row's actions in view.
      fixed: "right",
      render: (_, row) => (
        <Space size={4}>
          <ActionButton size="small" action={resultsOpen} onClick={() => setReporting(row)}>
            {t("fairParticipants.results.action")}
          </ActionButton>
          <ActionButton size="small" action={accepting} onClick={() => setEditing(row)}>
            {t("fairParticipants.edit")}
          </ActionButton>
          <Popconfirm
            title={t("fairParticipants.removeConfirm")}
            okText={t("common.confirm")}
            cancelText={t("common.cancel")}
            onConfirm={() =>
              remove.mutate(
                { id: row.id, version: row.version },
                { onSuccess: () => void message.success(t("fairParticipants.removed")) },
              )
            }
          >
            <Button size="small" danger disabled={!accepting.available}>
              {t("fairParticipants.remove")}
            </Button>
          </Popconfirm>
        </Space>
      ),
    });
  }

  return (
    <Flex vertical gap={12}>
      {fair ? (
        <div>
          <Typography.Text strong>
            {t("fairParticipants.supportTotal", { support: formatMoney(fair.supportTotal) })}
          </Typography.Text>
          <br />
          <Typography.Text type="secondary">{t("fairParticipants.countsNote")}</Typography.Text>
        </div>
      ) : null}
      <Flex wrap gap={8} justify="space-between">
        <SearchInput
          value={search}
          onSearch={(value) => {
            setSearch(value);
            setPage(1);
          }}
          placeholder={t("fairParticipants.search")}
        />
        <Space wrap>
          {writable ? (
            <>
              <ActionButton type="primary" action={accepting} onClick={() => setEditing("new")}>
                {t("fairParticipants.add")}
              </ActionButton>
              <ActionButton action={accepting} onClick={() => setImporting(true)}>
                {t("fairParticipants.import")}
              </ActionButton>
              <Button
                loading={download.pending === "template"}
                onClick={() => download.run("template", PARTICIPANT_TEMPLATE)}
              >
                {t("fairParticipants.template")}
              </Button>
            </>
          ) : null}
          <Button
            loading={download.pending === "export"}
            onClick={() => download.run("export", participantExport(fairId))}
          >
            {t("fairParticipants.export")}
          </Button>
        </Space>
      </Flex>
      {list.isError ? <ErrorAlert error={list.error} /> : null}
      {remove.isError ? <ErrorAlert error={remove.error} /> : null}
      <DataTable<Participant>
        tableId="fair-participants"
        rowKey="id"
        columns={columns}
        dataSource={list.data?.items ?? []}
        loading={list.isFetching}
        locale={{
          emptyText: (
            <ListEmptyState
              what={t("fairParticipants.what")}
              filtered={q !== ""}
              onClearFilters={() => setSearch("")}
            />
          ),
        }}
        pagination={{
          current: page,
          pageSize: PAGE_SIZE,
          total: list.data?.total ?? 0,
          showSizeChanger: false,
          onChange: setPage,
        }}
      />
      {editing !== null && fair ? (
        <ParticipationFormModal
          fairId={fairId}
          abroad={fair.abroad}
          participation={editing === "new" ? null : editing}
          onClose={() => setEditing(null)}
        />
      ) : null}
      {reporting ? (
        <ParticipationResultsModal
          fairId={fairId}
          participation={reporting}
          onClose={() => setReporting(null)}
        />
      ) : null}
      {importing ? <ParticipantImportModal fairId={fairId} onClose={() => setImporting(false)} /> : null}
    </Flex>
  );
}
