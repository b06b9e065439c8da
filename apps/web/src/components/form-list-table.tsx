import { DeleteOutlined, PlusOutlined } from "@ant-design/icons";
import { Button, Flex, Form, type FormListFieldData, Table, type TableColumnsType } from "antd";
import { type ReactNode, useRef } from "react";
import { useTranslation } from "react-i18next";
import { useKeyboardScrollable } from "../lib/use-keyboard-scrollable";

type FormListTableProps = {
  /** The rows of a `Form.List` and its remove function. */
  fields: FormListFieldData[];
  remove: (name: number) => void;
  /** The columns of a row; the remove button column is added last. */
  columns: TableColumnsType<FormListFieldData>;
  removeLabel: (index: number) => string;
  emptyText: string;
  scrollX: number;
  /** Errors of the list itself (e.g. "at least one line"), from `Form.List`'s third argument. */
  errors?: ReactNode[];
  /** Names the keyboard stop of the table's sideways scroll for screen readers, e.g. "Dự toán kinh phí". */
  label?: string;
  addLabel: string;
  onAdd: () => void;
  addDisabled: boolean;
  /** Shown beside the add button, e.g. live totals. */
  footer?: ReactNode;
};

/**
 * An editable table of `Form.List` rows: one row per entry, a remove button per row, an add button below — the
 * layout the estimate lines, plan lines and reported figures share.
 */
export function FormListTable(props: FormListTableProps) {
  const { t } = useTranslation();
  const box = useRef<HTMLDivElement>(null);
  useKeyboardScrollable(box, props.label ?? t("common.wideTable"));
  const columns: TableColumnsType<FormListFieldData> = [
    ...props.columns,
    {
      key: "remove",
      width: 48,
      render: (_, field, index) => (
        <Button
          type="text"
          danger
          icon={<DeleteOutlined />}
          aria-label={props.removeLabel(index)}
          onClick={() => props.remove(field.name)}
        />
      ),
    },
  ];
  return (
    <Flex vertical gap={12} ref={box}>
      <Table<FormListFieldData>
        rowKey="key"
        size="small"
        pagination={false}
        columns={columns}
        dataSource={props.fields}
        tableLayout="fixed"
        scroll={{ x: props.scrollX }}
        locale={{ emptyText: props.emptyText }}
      />
      {props.errors ? <Form.ErrorList errors={props.errors} /> : null}
      <Flex justify="space-between" align="flex-start" gap={16} wrap>
        <Button icon={<PlusOutlined />} disabled={props.addDisabled} onClick={props.onAdd}>
          {props.addLabel}
        </Button>
        {props.footer}
      </Flex>
    </Flex>
  );
}
