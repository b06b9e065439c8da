import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, PlusOutlined } from "@ant-design/icons";
import { type ReportColumn, reportColumns } from "@kc/domain";
import { Button, Flex, Form, Input, Select, Tooltip, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { messagesUnder } from "./server-errors";
import { moved, newRow, type SectionDraft } from "./version-draft";

type Props = {
  section: SectionDraft;
  sectionIndex: number;
  /** Codes of the rows no other row refers to (the source's, plus every row added here). */
  removable: ReadonlySet<string>;
  errors: ReadonlyMap<string, string[]>;
  onChange: (section: SectionDraft) => void;
};

const COUNT_COLUMNS: ReportColumn[] = ["PLAN", "PERIOD", "PCT_OF_PLAN", "PREVIOUS", "GROWTH"];

/**
 * The rows of one section on the new-version form: relabel, reorder, remove a row nothing refers to, add a
 * typed-in row (code, label, unit, columns). The server's finding on a row stands under it.
 */
export function SectionRowsEditor({ section, sectionIndex, removable, errors, onChange }: Props) {
  const { t } = useTranslation();
  const setRows = (rows: SectionDraft["rows"]) => onChange({ ...section, rows });
  const patchRow = (index: number, patch: Partial<SectionDraft["rows"][number]>) =>
    setRows(section.rows.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  const path = (rowIndex: number) => `sections.${sectionIndex}.rows.${rowIndex}`;

  return (
    <Flex vertical gap={8}>
      <Typography.Text strong>{section.titleVi}</Typography.Text>
      {messagesUnder(errors, `sections.${sectionIndex}.rows`)
        .filter(() => section.rows.length === 0)
        .map((message) => (
          <Typography.Text key={message} type="danger">
            {message}
          </Typography.Text>
        ))}
      {section.rows.map((row, index) => {
        const messages = messagesUnder(errors, path(index));
        const canRemove = row.added || removable.has(row.code);
        return (
          <div key={row.key} className="kc-template-row" data-testid={`row-${row.code}`}>
            <Flex gap={8} wrap align="flex-start">
              <Form.Item
                label={t("reportTemplates.rowCode")}
                style={{ width: 190, marginBottom: 0 }}
                validateStatus={messagesUnder(errors, `${path(index)}.code`).length ? "error" : undefined}
              >
                <Input
                  value={row.code}
                  disabled={!row.added}
                  aria-label={`${t("reportTemplates.rowCode")} ${index + 1}`}
                  onChange={(event) => patchRow(index, { code: event.target.value.toUpperCase() })}
                />
              </Form.Item>
              <Form.Item
                label={t("reportTemplates.rowLabel")}
                style={{ flex: "1 1 260px", minWidth: 0, marginBottom: 0 }}
                validateStatus={messagesUnder(errors, `${path(index)}.labelVi`).length ? "error" : undefined}
              >
                <Input
                  value={row.labelVi}
                  aria-label={`${t("reportTemplates.rowLabel")} ${row.code}`}
                  onChange={(event) => patchRow(index, { labelVi: event.target.value })}
                />
              </Form.Item>
              {row.added ? (
                <>
                  <Form.Item
                    label={t("reportTemplates.newRowUnit")}
                    style={{ width: 130, marginBottom: 0 }}
                    validateStatus={messagesUnder(errors, `${path(index)}.unit`).length ? "error" : undefined}
                  >
                    <Input
                      value={row.unit.kind === "COUNT" ? row.unit.unitVi : ""}
                      aria-label={`${t("reportTemplates.newRowUnit")} ${row.code}`}
                      onChange={(event) =>
                        patchRow(index, { unit: { kind: "COUNT", unitVi: event.target.value } })
                      }
                    />
                  </Form.Item>
                  <Form.Item
                    label={t("reportTemplates.newRowColumns")}
                    style={{ flex: "1 1 240px", minWidth: 0, marginBottom: 0 }}
                  >
                    <Select
                      mode="multiple"
                      value={row.columns}
                      aria-label={`${t("reportTemplates.newRowColumns")} ${row.code}`}
                      options={COUNT_COLUMNS.map((code) => ({
                        value: code,
                        label: reportColumns[code].labelVi,
                      }))}
                      onChange={(columns: ReportColumn[]) => patchRow(index, { columns })}
                    />
                  </Form.Item>
                </>
              ) : null}
              <Flex gap={4} style={{ alignSelf: "flex-end" }}>
                <Tooltip title={t("reportTemplates.moveUp")}>
                  <Button
                    icon={<ArrowUpOutlined />}
                    aria-label={`${t("reportTemplates.moveUp")} ${row.code}`}
                    disabled={index === 0}
                    onClick={() => setRows(moved(section.rows, index, -1))}
                  />
                </Tooltip>
                <Tooltip title={t("reportTemplates.moveDown")}>
                  <Button
                    icon={<ArrowDownOutlined />}
                    aria-label={`${t("reportTemplates.moveDown")} ${row.code}`}
                    disabled={index === section.rows.length - 1}
                    onClick={() => setRows(moved(section.rows, index, 1))}
                  />
                </Tooltip>
                <Tooltip title={canRemove ? t("reportTemplates.removeRow") : t("reportTemplates.referenced")}>
                  <Button
                    danger
                    icon={<DeleteOutlined />}
                    aria-label={`${t("reportTemplates.removeRow")} ${row.code}`}
                    disabled={!canRemove}
                    onClick={() => setRows(section.rows.filter((_, i) => i !== index))}
                  />
                </Tooltip>
              </Flex>
            </Flex>
            {messages.map((message) => (
              <Typography.Text key={message} type="danger" style={{ display: "block" }}>
                {message}
              </Typography.Text>
            ))}
          </div>
        );
      })}
      <div>
        <Button
          icon={<PlusOutlined />}
          onClick={() => setRows([...section.rows, newRow(sectionIndex, section.rows.length)])}
        >
          {t("reportTemplates.addRow")}
        </Button>
      </div>
    </Flex>
  );
}
