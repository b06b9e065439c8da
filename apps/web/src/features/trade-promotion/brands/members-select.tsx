import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { Select, type SelectProps } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { ResponseOf } from "../../../api/types";
import { api } from "../../../lib/api";
import { useDebouncedValue } from "../../../lib/use-debounced-value";

type Option = { value: string; label: string };

type MembersSelectProps = Omit<SelectProps<string[], Option>, "options" | "showSearch" | "mode"> & {
  provinceId?: string;
  initialOptions?: Option[];
};

/** Several establishments of one province from the register (the members of a collective mark). */
export function MembersSelect({ provinceId, initialOptions = [], ...props }: MembersSelectProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState("");
  const q = useDebouncedValue(search.trim(), 300);
  const found = useQuery({
    queryKey: ["establishments", "list", "members-picker", { q, provinceId }],
    queryFn: ({ signal }) =>
      api.get<ResponseOf<"/api/v1/establishments", "get">>("/establishments", {
        query: { q: q || undefined, provinceId, status: "ACTIVE", page: 1, pageSize: 20 },
        signal,
      }),
    placeholderData: keepPreviousData,
    enabled: Boolean(provinceId),
  });
  const options: Option[] = (found.data?.items ?? []).map((item) => ({ value: item.id, label: item.name }));
  const all = [...initialOptions.filter((o) => !options.some((f) => f.value === o.value)), ...options];
  return (
    <Select<string[], Option>
      placeholder={t("projectForm.beneficiaryPlaceholder")}
      {...props}
      mode="multiple"
      showSearch={{ filterOption: false, onSearch: setSearch }}
      options={all}
      loading={found.isFetching || search.trim() !== q}
      onOpenChange={(open) => {
        if (!open) setSearch("");
      }}
    />
  );
}
