import { todayInVietnam } from "@kc/domain";
import { Select, type SelectProps } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useDebouncedValue } from "../../lib/use-debounced-value";
import { useAdminUnits } from "./api";

type Option = { value: string; label: string };

type CommuneSelectProps = Omit<SelectProps<string, Option>, "options" | "showSearch" | "mode"> & {
  /** Communes of this province; without it the box is disabled. */
  provinceId: string | undefined;
  /** The current value's option, so it shows its name before any search. */
  initialOption?: Option | null;
};

/** Commune (xã/phường) picker for one province, searched on the server without diacritics ("tan an"). */
export function CommuneSelect({ provinceId, initialOption, placeholder, ...props }: CommuneSelectProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState("");
  const q = useDebouncedValue(search.trim(), 300);
  const communes = useAdminUnits(
    { level: "XA", parentId: provinceId, asOf: todayInVietnam(), q: q || undefined, page: 1, pageSize: 200 },
    { enabled: Boolean(provinceId) },
  );
  // While another province's answer is still shown as placeholder, its communes are not offered.
  const found: Option[] = (communes.data?.items ?? [])
    .filter((unit) => provinceId && unit.parentId === provinceId)
    .map((unit) => ({ value: unit.id, label: unit.name }));
  const options =
    initialOption && !found.some((option) => option.value === initialOption.value)
      ? [initialOption, ...found]
      : found;

  return (
    <Select<string, Option>
      allowClear
      {...props}
      placeholder={
        provinceId
          ? (placeholder ?? t("establishments.communePlaceholder"))
          : t("establishments.communeNeedsProvince")
      }
      disabled={props.disabled || !provinceId}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      options={options}
      loading={Boolean(provinceId) && communes.isFetching}
      onOpenChange={(open) => {
        if (!open) setSearch("");
      }}
    />
  );
}
