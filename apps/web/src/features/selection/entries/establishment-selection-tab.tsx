import { certificateStatusLabels, formatDate, selectionLevelLabels } from "@kc/domain";
import { Flex, Table, Tag, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { ErrorState, LoadingSkeleton } from "../../../components/query-state";
import { type EstablishmentSelection, useEstablishmentSelection } from "./api";
import { EntryStatusTag } from "./entry-tags";

const certificateColour = { VALID: "green", EXPIRED: "default", REVOKED: "red" } as const;

/**
 * The establishment page's "Bình chọn sản phẩm" tab (issue 16 item 7): the products it entered in any round and
 * the certificates it holds, with their state today (an expired or revoked certificate says so).
 */
export function EstablishmentSelectionTab({ establishmentId }: { establishmentId: string }) {
  const { t } = useTranslation();
  const query = useEstablishmentSelection(establishmentId);
  if (query.isPending) return <LoadingSkeleton />;
  if (query.error) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  const { entries, certificates } = query.data;
  return (
    <Flex vertical gap={16}>
      <Typography.Title level={5} style={{ margin: 0 }}>
        {t("selectionEntries.certificates")}
      </Typography.Title>
      <Table<EstablishmentSelection["certificates"][number]>
        size="small"
        rowKey="id"
        dataSource={certificates}
        pagination={false}
        scroll={{ x: 760 }}
        locale={{ emptyText: t("selectionEntries.noCertificates") }}
        columns={[
          { key: "number", title: t("selectionEntries.number"), dataIndex: "number", width: 220 },
          { key: "product", title: t("selectionEntries.product"), dataIndex: "productName", width: 240 },
          {
            key: "level",
            title: t("selectionEntries.level"),
            width: 130,
            render: (_, c) => selectionLevelLabels[c.level],
          },
          {
            key: "status",
            title: t("selectionEntries.status"),
            width: 140,
            render: (_, c) => (
              <Tag color={certificateColour[c.status]}>{certificateStatusLabels[c.status]}</Tag>
            ),
          },
          {
            key: "validUntil",
            title: t("selectionEntries.validUntil"),
            width: 120,
            render: (_, c) => formatDate(c.validUntil),
          },
        ]}
      />
      <Typography.Title level={5} style={{ margin: 0 }}>
        {t("selectionEntries.entries")}
      </Typography.Title>
      <Table<EstablishmentSelection["entries"][number]>
        size="small"
        rowKey="id"
        dataSource={entries}
        pagination={false}
        scroll={{ x: 760 }}
        locale={{ emptyText: t("selectionEntries.noEntries") }}
        columns={[
          { key: "product", title: t("selectionEntries.product"), dataIndex: "productName", width: 240 },
          { key: "round", title: t("selectionEntries.round"), dataIndex: "roundTitle", width: 260 },
          {
            key: "level",
            title: t("selectionEntries.level"),
            width: 130,
            render: (_, e) => selectionLevelLabels[e.roundLevel],
          },
          { key: "year", title: t("selectionEntries.year"), dataIndex: "roundYear", width: 70 },
          {
            key: "status",
            title: t("selectionEntries.status"),
            width: 170,
            render: (_, e) => <EntryStatusTag status={e.status} />,
          },
        ]}
      />
    </Flex>
  );
}
