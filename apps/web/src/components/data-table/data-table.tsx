import { Table, type TableColumnType, type TableProps } from "antd";
import type { ReactNode } from "react";
import { useCurrentUser } from "../../features/auth/current-user";
import { usePhoneLayout } from "../../lib/use-phone-layout";
import { isColumnVisible, useTableSettings } from "./table-settings";
import { type ChooserColumn, TableSettingsBar } from "./table-settings-bar";

/** A column of a list table, with what the column chooser needs to know about it. */
export type DataColumn<T> = Omit<TableColumnType<T>, "key" | "title"> & {
  key: string;
  /** The header text; also the column's name in the chooser. */
  title: string;
  /** Rarely needed: off until the person turns it on in the column chooser. */
  hiddenByDefault?: boolean;
  /** What the row is (its name or code): the chooser cannot turn it off. */
  alwaysVisible?: boolean;
};

type DataTableProps<T> = Omit<TableProps<T>, "columns" | "size" | "scroll" | "title"> & {
  /** Names the table in the stored settings ("projects", "users"…); stable across releases. */
  tableId: string;
  columns: DataColumn<T>[];
  /** Shown left of the settings buttons, usually the count line. */
  countLine?: ReactNode;
  /** How many leading columns stay in place on a phone while the rest scrolls (default 1). */
  phoneFixedColumns?: number;
};

/** A column without a declared width still takes room; this is what it counts for in the scroll width. */
const UNDECLARED_WIDTH = 160;
/** On a phone a fixed first column leaves room for the others to scroll beside it. */
const PHONE_FIXED_MAX_WIDTH = 150;

/**
 * Every list table of the app: columns declared with widths so that status and money sit near the left and
 * fit at 1440 px; a column chooser and a density switch kept per user and table; on phones the first column
 * stays while the rest scrolls inside the table, never the page.
 */
export function DataTable<T extends object>({
  tableId,
  columns,
  countLine,
  phoneFixedColumns = 1,
  ...tableProps
}: DataTableProps<T>) {
  const me = useCurrentUser();
  const phone = usePhoneLayout();
  const { settings, setColumnVisible, setDensity, resetColumns } = useTableSettings(me.id, tableId);

  const chooserColumns: ChooserColumn[] = columns.map((column) => ({
    key: column.key,
    label: column.title,
    hiddenByDefault: column.hiddenByDefault ?? false,
    alwaysVisible: column.alwaysVisible ?? false,
    visible: column.alwaysVisible || isColumnVisible(settings, column.key, column.hiddenByDefault ?? false),
  }));
  const visibleKeys = new Set(chooserColumns.filter((column) => column.visible).map((column) => column.key));

  const shown: TableColumnType<T>[] = columns
    .filter((column) => visibleKeys.has(column.key))
    .map(({ hiddenByDefault: _hidden, alwaysVisible: _always, ...column }, index) => {
      if (!phone) return column;
      // On a phone: the leading columns stay, narrower; nothing is pinned to the right, where it would
      // cover most of a 390 px screen.
      const leading = index < phoneFixedColumns;
      const width = typeof column.width === "number" ? column.width : undefined;
      return {
        ...column,
        fixed: leading ? ("left" as const) : undefined,
        width: leading && width ? Math.min(width, PHONE_FIXED_MAX_WIDTH) : column.width,
      };
    });
  const scrollWidth = shown.reduce(
    (sum, column) => sum + (typeof column.width === "number" ? column.width : UNDECLARED_WIDTH),
    0,
  );

  return (
    <>
      <TableSettingsBar
        tableId={tableId}
        countLine={countLine}
        columns={chooserColumns}
        density={settings.density}
        onColumnChange={(column, visible) => setColumnVisible(column.key, visible, column.hiddenByDefault)}
        onResetColumns={resetColumns}
        onDensityChange={setDensity}
      />
      <Table<T>
        {...tableProps}
        className={["kc-data-table", tableProps.className].filter(Boolean).join(" ")}
        data-table-id={tableId}
        data-density={settings.density}
        size={settings.density}
        columns={shown}
        scroll={{ x: scrollWidth }}
      />
    </>
  );
}
