import { entryStatusCodes, entryStatusLabels, productGroupCodes, productGroupLabels } from "@kc/domain";
import { Button, Card, Flex, Image, Select, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ClampText, type DataColumn, DataTable } from "../../../components/data-table";
import { ListEmptyState } from "../../../components/empty-state";
import { ErrorState, LoadingSkeleton } from "../../../components/query-state";
import { SearchInput } from "../../../components/search-input";
import { formatNumber } from "../../../lib/format";
import { DEFAULT_PAGE_SIZE, serverPagination } from "../../../lib/pagination";
import { useAbility } from "../../auth/current-user";
import { type Entry, type EntryListParams, useRoundEntries } from "./api";
import { EntryDrawer } from "./entry-drawer";
import { EntryFormModal } from "./entry-form-modal";
import { EntryImportModal } from "./entry-import-modal";
import { EligibilityTag, EntryStatusTag } from "./entry-tags";
import { NominationModal } from "./nomination-modal";

type Dialog = { kind: "form"; entry: Entry | null } | { kind: "import" } | { kind: "nominate" } | null;

/**
 * The round page's "Sản phẩm đăng ký" tab (issue 16 item 3): the entries with their front photo, S1/S2 badge and
 * status, filtered by group, status and a diacritics-free search; registration, import of a short list and
 * nomination from the lower level for the organiser's staff (the server refuses them outside the call period).
 */
export function RoundEntriesTab({ roundId }: { roundId: string }) {
  const { t } = useTranslation();
  const canManage = useAbility("selection.manage");
  const [params, setParams] = useState<EntryListParams>({ page: 1, pageSize: DEFAULT_PAGE_SIZE });
  const [openEntry, setOpenEntry] = useState<string | null>(null);
  const [dialog, setDialog] = useState<Dialog>(null);
  const list = useRoundEntries(roundId, params);
  const filtered = Boolean(params.q || params.status || params.productGroup);
  const change = (next: Partial<EntryListParams>) => setParams((p) => ({ ...p, ...next, page: 1 }));

  const columns: DataColumn<Entry>[] = [
    {
      key: "photo",
      title: t("selectionEntries.photo"),
      width: 72,
      render: (_, entry) => {
        const front = entry.photos[0];
        return front ? (
          <Image
            src={front.thumbnailUrl}
            alt={entry.productName}
            width={48}
            height={48}
            preview={false}
            style={{ objectFit: "cover", borderRadius: 4 }}
          />
        ) : (
          <div style={{ width: 48, height: 48, background: "#f5f5f5", borderRadius: 4 }} />
        );
      },
    },
    {
      key: "product",
      title: t("selectionEntries.product"),
      width: 260,
      alwaysVisible: true,
      render: (_, entry) => (
        <Button
          type="link"
          style={{ padding: 0, height: "auto", textAlign: "left", whiteSpace: "normal" }}
          onClick={() => setOpenEntry(entry.id)}
        >
          {entry.productName}
        </Button>
      ),
    },
    {
      key: "eligibility",
      title: t("selectionEntries.eligibility"),
      width: 160,
      render: (_, e) => <EligibilityTag eligibility={e.eligibility} />,
    },
    {
      key: "status",
      title: t("selectionEntries.status"),
      width: 170,
      render: (_, e) => <EntryStatusTag status={e.status} />,
    },
    {
      key: "establishment",
      title: t("selectionEntries.establishment"),
      width: 260,
      render: (_, e) => <ClampText text={e.establishmentName} />,
    },
    {
      key: "group",
      title: t("selectionEntries.group"),
      width: 90,
      render: (_, e) => <span title={productGroupLabels[e.productGroup]}>{e.productGroup}</span>,
    },
  ];

  return (
    <Card>
      <Flex vertical gap={12}>
        <Flex gap={8} wrap justify="space-between">
          <Flex gap={8} wrap>
            <SearchInput
              value={params.q ?? ""}
              onSearch={(q) => change({ q: q || undefined })}
              placeholder={t("selectionEntries.search")}
              label={t("selectionEntries.search")}
            />
            <Select
              aria-label={t("selectionEntries.group")}
              style={{ width: 200 }}
              allowClear
              placeholder={t("selectionEntries.allGroups")}
              value={params.productGroup}
              onChange={(productGroup) => change({ productGroup })}
              options={productGroupCodes.map((code) => ({
                value: code,
                label: `${code}: ${productGroupLabels[code]}`,
              }))}
            />
            <Select
              aria-label={t("selectionEntries.status")}
              style={{ width: 200 }}
              allowClear
              placeholder={t("selectionEntries.allStatuses")}
              value={params.status}
              onChange={(status) => change({ status })}
              options={entryStatusCodes.map((code) => {
                const n = list.data?.statusCounts.find((s) => s.status === code)?.count ?? 0;
                return { value: code, label: `${entryStatusLabels[code]} (${formatNumber(n)})` };
              })}
            />
          </Flex>
          {canManage ? (
            <Flex gap={8} wrap>
              <Button type="primary" onClick={() => setDialog({ kind: "form", entry: null })}>
                {t("selectionEntries.register")}
              </Button>
              <Button onClick={() => setDialog({ kind: "import" })}>{t("selectionEntries.import")}</Button>
              <Button onClick={() => setDialog({ kind: "nominate" })}>
                {t("selectionEntries.nominate")}
              </Button>
            </Flex>
          ) : null}
        </Flex>
        {list.isPending ? <LoadingSkeleton /> : null}
        {list.error ? <ErrorState error={list.error} onRetry={() => void list.refetch()} /> : null}
        {list.data ? (
          <DataTable<Entry>
            tableId="selection-entries"
            countLine={
              <Typography.Text aria-live="polite">
                <Typography.Text strong>{formatNumber(list.data.total)}</Typography.Text>{" "}
                {t("selectionEntries.countSuffix")}
              </Typography.Text>
            }
            rowKey="id"
            columns={columns}
            dataSource={list.data.items}
            loading={list.isFetching && list.isPlaceholderData}
            locale={{
              emptyText: (
                <ListEmptyState
                  what={t("selectionEntries.what")}
                  filtered={filtered}
                  onClearFilters={() => setParams({ page: 1, pageSize: params.pageSize })}
                />
              ),
            }}
            pagination={serverPagination(params, list.data.total, (paging) =>
              setParams((p) => ({ ...p, ...paging })),
            )}
          />
        ) : null}
      </Flex>
      <EntryDrawer
        roundId={roundId}
        entryId={openEntry}
        onClose={() => setOpenEntry(null)}
        onEdit={(entry) => setDialog({ kind: "form", entry })}
      />
      <EntryFormModal
        roundId={roundId}
        entry={dialog?.kind === "form" ? dialog.entry : null}
        open={dialog?.kind === "form"}
        onClose={() => setDialog(null)}
      />
      <EntryImportModal roundId={roundId} open={dialog?.kind === "import"} onClose={() => setDialog(null)} />
      <NominationModal roundId={roundId} open={dialog?.kind === "nominate"} onClose={() => setDialog(null)} />
    </Card>
  );
}
