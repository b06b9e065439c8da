import { ColumnHeightOutlined, SettingOutlined } from "@ant-design/icons";
import { Button, Checkbox, Dropdown, Flex, Popover, Tooltip, Typography } from "antd";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { type Density, densities } from "./table-settings";

export type ChooserColumn = {
  key: string;
  label: string;
  visible: boolean;
  hiddenByDefault: boolean;
  alwaysVisible: boolean;
};

type TableSettingsBarProps = {
  tableId: string;
  /** Left of the buttons: usually the count line ("12 đề án"). */
  countLine?: ReactNode;
  columns: ChooserColumn[];
  density: Density;
  onColumnChange: (column: ChooserColumn, visible: boolean) => void;
  onResetColumns: () => void;
  onDensityChange: (density: Density) => void;
};

/** The count line and, at its right, the column chooser and the density switch of one table. */
export function TableSettingsBar({
  tableId,
  countLine,
  columns,
  density,
  onColumnChange,
  onResetColumns,
  onDensityChange,
}: TableSettingsBarProps) {
  const { t } = useTranslation();
  const chooser = (
    <Flex vertical gap={6} style={{ maxWidth: 280 }} data-testid={`${tableId}-column-chooser`}>
      {columns.map((column) => (
        <Checkbox
          key={column.key}
          checked={column.visible}
          disabled={column.alwaysVisible}
          onChange={(event) => onColumnChange(column, event.target.checked)}
        >
          {column.label}
        </Checkbox>
      ))}
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t("tables.columnsHint")}
      </Typography.Text>
      <Button size="small" onClick={onResetColumns} style={{ alignSelf: "flex-start" }}>
        {t("tables.resetColumns")}
      </Button>
    </Flex>
  );

  return (
    <Flex justify="space-between" align="center" gap={8} wrap className="kc-table-bar">
      <div className="kc-table-count">{countLine}</div>
      <Flex gap={4}>
        <Dropdown
          trigger={["click"]}
          menu={{
            selectable: true,
            selectedKeys: [density],
            items: densities.map((key) => ({ key, label: t(`tables.densities.${key}`) })),
            onClick: ({ key }) => onDensityChange(key as Density),
          }}
        >
          <Tooltip title={t("tables.density")}>
            <Button type="text" icon={<ColumnHeightOutlined />} aria-label={t("tables.density")} />
          </Tooltip>
        </Dropdown>
        <Popover trigger="click" placement="bottomRight" title={t("tables.columns")} content={chooser}>
          <Tooltip title={t("tables.columns")}>
            <Button type="text" icon={<SettingOutlined />} aria-label={t("tables.columns")} />
          </Tooltip>
        </Popover>
      </Flex>
    </Flex>
  );
}
