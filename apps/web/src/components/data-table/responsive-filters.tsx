import { FilterOutlined } from "@ant-design/icons";
import { Badge, Button, Drawer, Flex } from "antd";
import { type ReactNode, useState } from "react";
import { useTranslation } from "react-i18next";
import { usePhoneLayout } from "../../lib/use-phone-layout";

type ResponsiveFiltersProps = {
  /** Names the filter bar for assistive technology (it is a `search` landmark). */
  label: string;
  /** How many filters are set: the phone's "Bộ lọc" button shows it, so a folded filter is not forgotten. */
  activeCount: number;
  /** Clears every filter (shown in the drawer when some are set). */
  onClear?: () => void;
  /** Always on screen, even on a phone (usually the search box). */
  always?: ReactNode;
  /** The filters: in a row on a wide screen, in a drawer on a phone. */
  children: ReactNode;
};

/** A list's filter bar; below 768 px the filters fold into a drawer opened by a "Bộ lọc" button. */
export function ResponsiveFilters({ label, activeCount, onClear, always, children }: ResponsiveFiltersProps) {
  const { t } = useTranslation();
  const phone = usePhoneLayout();
  const [open, setOpen] = useState(false);
  if (!phone) {
    return (
      <Flex gap={12} wrap align="center" className="kc-toolbar" role="search" aria-label={label}>
        {always}
        {children}
      </Flex>
    );
  }
  return (
    <Flex gap={8} align="center" className="kc-toolbar" role="search" aria-label={label}>
      <div style={{ flex: 1, minWidth: 0 }}>{always}</div>
      <Badge count={activeCount} size="small">
        <Button icon={<FilterOutlined />} onClick={() => setOpen(true)}>
          {t("tables.filters")}
        </Button>
      </Badge>
      <Drawer
        title={t("tables.filtersTitle")}
        placement="bottom"
        size="large"
        open={open}
        onClose={() => setOpen(false)}
        footer={
          <Flex gap={8} justify="flex-end">
            {onClear && activeCount > 0 ? (
              <Button onClick={onClear}>{t("emptyState.clearFilters")}</Button>
            ) : null}
            <Button type="primary" onClick={() => setOpen(false)}>
              {t("tables.showResults")}
            </Button>
          </Flex>
        }
      >
        <Flex vertical gap={12} className="kc-filter-drawer">
          {children}
        </Flex>
      </Drawer>
    </Flex>
  );
}
