import { Alert, Descriptions, Flex, Table, type TableColumnsType, Typography } from "antd";
import { useTranslation } from "react-i18next";
import type { ImportIssue, ImportResult } from "../../../api/types";
import { formatNumber } from "../../../lib/format";

/** Rows that carry at least one error (a row may have several). */
export function rowsWithErrors(result: ImportResult): number {
  return new Set(result.errors.map((issue) => issue.row)).size;
}

/** Rows a "valid rows only" import leaves out. */
export function skippedRows(result: ImportResult): number {
  return Math.max(result.totalRows - result.validRows, rowsWithErrors(result));
}

type KeyedIssue = ImportIssue & { key: number };

/** Two identical issues may be reported for one cell, so rows are keyed by position. */
const keyed = (issues: ImportIssue[]): KeyedIssue[] =>
  issues.map((issue, index) => ({ ...issue, key: index }));

function Count({ testId, value }: { testId: string; value: number }) {
  return (
    <Typography.Text strong>
      <span data-testid={testId}>{formatNumber(value)}</span>
    </Typography.Text>
  );
}

/** The dry run's report: counts, then every error (Dòng, Cột, Lỗi) and every conversion warning. */
export function ImportReport({ result }: { result: ImportResult }) {
  const { t } = useTranslation();
  const none = t("common.none");
  const columnCell = (column: string | null) => column ?? none;
  const pagination = { pageSize: 10, hideOnSinglePage: true, showSizeChanger: false } as const;

  const errorColumns: TableColumnsType<KeyedIssue> = [
    { title: t("establishmentImport.row"), dataIndex: "row", width: 80 },
    { title: t("establishmentImport.column"), dataIndex: "column", width: 160, render: columnCell },
    { title: t("establishmentImport.error"), dataIndex: "message" },
  ];
  const warningColumns: TableColumnsType<KeyedIssue> = [
    { title: t("establishmentImport.row"), dataIndex: "row", width: 80 },
    { title: t("establishmentImport.column"), dataIndex: "column", width: 140, render: columnCell },
    { title: t("establishmentImport.warning"), dataIndex: "message" },
    {
      title: t("establishmentImport.change"),
      key: "change",
      render: (_, issue) =>
        issue.before != null || issue.after != null ? (
          <span className="kc-diff-value">
            {issue.before ?? none} → {issue.after ?? none}
          </span>
        ) : (
          none
        ),
    },
  ];

  const errorCount = result.errors.length;
  return (
    <Flex vertical gap={16}>
      <Descriptions
        bordered
        size="small"
        column={{ xs: 2, sm: 3 }}
        items={[
          {
            key: "total",
            label: t("establishmentImport.totalRows"),
            children: <Count testId="import-total-rows" value={result.totalRows} />,
          },
          {
            key: "valid",
            label: t("establishmentImport.validRows"),
            children: <Count testId="import-valid-rows" value={result.validRows} />,
          },
          {
            key: "create",
            label: t("establishmentImport.willCreate"),
            children: <Count testId="import-will-create" value={result.created} />,
          },
          {
            key: "update",
            label: t("establishmentImport.willUpdate"),
            children: <Count testId="import-will-update" value={result.updated} />,
          },
          {
            key: "errors",
            label: t("establishmentImport.errorCount"),
            children: <Count testId="import-error-count" value={errorCount} />,
          },
          {
            key: "warnings",
            label: t("establishmentImport.warningCount"),
            children: <Count testId="import-warning-count" value={result.warnings.length} />,
          },
        ]}
      />
      {errorCount === 0 ? (
        <Alert type="success" showIcon title={t("establishmentImport.noErrors")} />
      ) : (
        <Alert
          type="warning"
          showIcon
          title={t("establishmentImport.hasErrors", {
            count: errorCount,
            rows: formatNumber(rowsWithErrors(result)),
          })}
        />
      )}
      {errorCount > 0 ? (
        <section aria-label={t("establishmentImport.errorsTitle")}>
          <Typography.Title level={3} style={{ fontSize: 15 }}>
            {t("establishmentImport.errorsTitle")}
          </Typography.Title>
          <Table<KeyedIssue>
            size="small"
            dataSource={keyed(result.errors)}
            columns={errorColumns}
            pagination={pagination}
          />
        </section>
      ) : null}
      {result.warnings.length > 0 ? (
        <section aria-label={t("establishmentImport.warningsTitle")}>
          <Typography.Title level={3} style={{ fontSize: 15 }}>
            {t("establishmentImport.warningsTitle")}
          </Typography.Title>
          <Table<KeyedIssue>
            size="small"
            dataSource={keyed(result.warnings)}
            columns={
              result.warnings.some((issue) => issue.before != null || issue.after != null)
                ? warningColumns
                : warningColumns.filter((column) => column.key !== "change")
            }
            pagination={pagination}
          />
        </section>
      ) : null}
    </Flex>
  );
}
