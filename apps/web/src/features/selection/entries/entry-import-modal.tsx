import { Alert, App, Button, Flex, Modal, Table, Typography, Upload } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../../components/error-alert";
import { ENTRY_IMPORT_TEMPLATE_URL, type EntryImportResult, useImportEntries } from "./api";

/**
 * The short-list import in two steps: a dry run that lists every row's problem, then the import itself, which
 * writes all rows or none (the server judges them again, exactly as in the dry run).
 */
export function EntryImportModal({
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
  const [file, setFile] = useState<File | null>(null);
  const [checked, setChecked] = useState<EntryImportResult | null>(null);
  const run = useImportEntries(roundId);
  const close = () => {
    setFile(null);
    setChecked(null);
    run.reset();
    onClose();
  };
  const check = (chosen: File) => run.mutate({ file: chosen, dryRun: true }, { onSuccess: setChecked });
  const importNow = () =>
    file &&
    run.mutate(
      { file, dryRun: false },
      {
        onSuccess: (result) => {
          setChecked(result);
          if (result.created > 0) {
            void message.success(t("selectionEntries.imported", { count: result.created }));
            close();
          }
        },
      },
    );
  const clean = checked !== null && checked.errors.length === 0 && checked.totalRows > 0;
  return (
    <Modal
      open={open}
      title={t("selectionEntries.importTitle")}
      onCancel={close}
      width={760}
      footer={
        <Flex gap={8} justify="end">
          <Button onClick={close}>{t("selectionEntries.cancel")}</Button>
          <Button type="primary" disabled={!clean} loading={run.isPending} onClick={importNow}>
            {t("selectionEntries.importNow", { count: checked?.validRows ?? 0 })}
          </Button>
        </Flex>
      }
    >
      <Flex vertical gap={12}>
        <Typography.Paragraph style={{ margin: 0 }}>{t("selectionEntries.importHelp")}</Typography.Paragraph>
        <Flex gap={8} wrap>
          <Button href={ENTRY_IMPORT_TEMPLATE_URL}>{t("selectionEntries.template")}</Button>
          <Upload
            accept=".xlsx,.csv"
            maxCount={1}
            showUploadList={false}
            beforeUpload={(chosen) => {
              setFile(chosen);
              setChecked(null);
              check(chosen);
              return false;
            }}
          >
            <Button loading={run.isPending}>{file ? file.name : t("selectionEntries.chooseFile")}</Button>
          </Upload>
        </Flex>
        {run.error ? <ErrorAlert error={run.error} /> : null}
        {checked ? (
          <Alert
            type={checked.errors.length === 0 ? "success" : "error"}
            showIcon
            title={t("selectionEntries.importRows", { valid: checked.validRows, total: checked.totalRows })}
          />
        ) : null}
        {checked && checked.errors.length > 0 ? (
          <Table
            size="small"
            rowKey={(row) => `${row.row}-${row.column}-${row.message}`}
            pagination={{ pageSize: 10, hideOnSinglePage: true }}
            dataSource={checked.errors}
            scroll={{ x: 600 }}
            columns={[
              { key: "row", title: t("selectionEntries.row"), dataIndex: "row", width: 70 },
              { key: "column", title: t("selectionEntries.column"), dataIndex: "column", width: 140 },
              { key: "message", title: t("selectionEntries.problem"), dataIndex: "message" },
            ]}
          />
        ) : null}
      </Flex>
    </Modal>
  );
}
