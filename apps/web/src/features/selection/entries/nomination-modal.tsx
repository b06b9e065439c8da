import { formatDate } from "@kc/domain";
import { App, Modal, Table, Tag, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../../components/error-alert";
import { type NominationCandidate, useNominate, useNominationCandidates } from "./api";

/** The lower level's short list: products recognised below with a valid certificate, chosen and entered at once. */
export function NominationModal({
  roundId,
  open,
  onClose,
}: {
  roundId: string;
  open: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const candidates = useNominationCandidates(roundId, open);
  const nominate = useNominate(roundId);
  const [chosen, setChosen] = useState<string[]>([]);
  const close = () => {
    setChosen([]);
    nominate.reset();
    onClose();
  };
  return (
    <Modal
      open={open}
      title={t("selectionEntries.nominateTitle")}
      onCancel={close}
      width={900}
      okText={t("selectionEntries.nominateNow", { count: chosen.length })}
      okButtonProps={{ disabled: chosen.length === 0 }}
      cancelText={t("selectionEntries.cancel")}
      confirmLoading={nominate.isPending}
      onOk={() =>
        nominate.mutate(chosen, {
          onSuccess: (result) => {
            void message.success(t("selectionEntries.imported", { count: result.created.length }));
            close();
          },
        })
      }
    >
      <Typography.Paragraph type="secondary">{t("selectionEntries.nominateHelp")}</Typography.Paragraph>
      {candidates.error ? <ErrorAlert error={candidates.error} /> : null}
      {nominate.error ? <ErrorAlert error={nominate.error} /> : null}
      <Table<NominationCandidate>
        size="small"
        rowKey="entryId"
        loading={candidates.isPending}
        dataSource={candidates.data?.items ?? []}
        locale={{ emptyText: t("selectionEntries.noCandidates") }}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        scroll={{ x: 800 }}
        rowSelection={{
          selectedRowKeys: chosen,
          onChange: (keys) => setChosen(keys as string[]),
          getCheckboxProps: (row) => ({ disabled: row.alreadyEntered }),
        }}
        columns={[
          { key: "product", title: t("selectionEntries.product"), dataIndex: "productName", width: 220 },
          {
            key: "establishment",
            title: t("selectionEntries.establishment"),
            dataIndex: "establishmentName",
            width: 220,
          },
          { key: "group", title: t("selectionEntries.group"), dataIndex: "productGroup", width: 70 },
          {
            key: "certificate",
            title: t("selectionEntries.number"),
            width: 220,
            render: (_, row) => `${row.certificateNumber} (${formatDate(row.validUntil)})`,
          },
          {
            key: "round",
            title: t("selectionEntries.lowerRound"),
            width: 200,
            render: (_, row) =>
              row.alreadyEntered ? (
                <Tag>{t("selectionEntries.alreadyEntered")}</Tag>
              ) : (
                `${row.roundTitle} (${row.roundYear})`
              ),
          },
        ]}
      />
    </Modal>
  );
}
