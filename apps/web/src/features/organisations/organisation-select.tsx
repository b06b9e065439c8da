import { todayInVietnam } from "@kc/domain";
import { Select, type SelectProps } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useDebouncedValue } from "../../lib/use-debounced-value";
import { useOrganisations } from "./api";

type Option = { value: string; label: string };

type OrganisationSelectProps = Omit<SelectProps<string, Option>, "options" | "showSearch" | "mode"> & {
  /** Limit the choice to one province's organisations. */
  provinceId?: string;
  /** The current value's option, so it shows its name before any search. */
  initialOption?: Option | null;
  /** Several organisations (coordinating bodies of a project); their current options in `initialOptions`. */
  multiple?: boolean;
  initialOptions?: Option[];
};

/** Organisation picker that searches on the server (accent-insensitive), among organisations in force today. */
export function OrganisationSelect({
  provinceId,
  initialOption,
  multiple,
  initialOptions,
  ...props
}: OrganisationSelectProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState("");
  const q = useDebouncedValue(search.trim(), 300);
  const organisations = useOrganisations({
    asOf: todayInVietnam(),
    q: q || undefined,
    provinceId,
    page: 1,
    pageSize: 20,
  });

  const found: Option[] = (organisations.data?.items ?? []).map((o) => ({ value: o.id, label: o.name }));
  const known = [...(initialOption ? [initialOption] : []), ...(initialOptions ?? [])];
  const options = [...known.filter((k) => !found.some((option) => option.value === k.value)), ...found];

  return (
    <Select<string, Option>
      allowClear
      placeholder={t("users.organisationPlaceholder")}
      {...props}
      {...(multiple ? { mode: "multiple" as const } : {})}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      options={options}
      loading={organisations.isFetching}
      onOpenChange={(open) => {
        if (!open) setSearch("");
      }}
    />
  );
}
