import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { Select, type SelectProps } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { EstablishmentListItem, ResponseOf } from "../../../api/types";
import { api } from "../../../lib/api";
import { useDebouncedValue } from "../../../lib/use-debounced-value";

type Option = { value: string; label: string };

type EstablishmentSelectProps = Omit<SelectProps<string, Option>, "options" | "showSearch" | "mode"> & {
  /** Establishments of this province only (the project's province). */
  provinceId?: string | null;
  /** The current value's option, so it shows its name before any search. */
  initialOption?: Option | null;
};

const describe = (item: EstablishmentListItem) =>
  [item.name, item.taxCode, `${item.commune.name} – ${item.province.name}`].filter(Boolean).join(" · ");

/** Picks a beneficiary from the establishment register, searched on the server without diacritics. */
export function EstablishmentSelect({ provinceId, initialOption, ...props }: EstablishmentSelectProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState("");
  const q = useDebouncedValue(search.trim(), 300);
  const found = useQuery({
    queryKey: ["establishments", "list", "picker", { q, provinceId }],
    queryFn: ({ signal }) =>
      api.get<ResponseOf<"/api/v1/establishments", "get">>("/establishments", {
        query: {
          q: q || undefined,
          provinceId: provinceId ?? undefined,
          status: "ACTIVE",
          page: 1,
          pageSize: 20,
        },
        signal,
      }),
    placeholderData: keepPreviousData,
  });
  const options: Option[] = (found.data?.items ?? []).map((item) => ({
    value: item.id,
    label: describe(item),
  }));
  const all =
    initialOption && !options.some((option) => option.value === initialOption.value)
      ? [initialOption, ...options]
      : options;

  return (
    <Select<string, Option>
      placeholder={t("projectForm.beneficiaryPlaceholder")}
      {...props}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      options={all}
      // Until the answer for what was typed is in (debounce included), the options shown are the previous
      // search's: the spinner says so, so nobody picks from a list about to be replaced under the pointer.
      loading={found.isFetching || search.trim() !== q}
      popupMatchSelectWidth={false}
      onOpenChange={(open) => {
        if (!open) setSearch("");
      }}
    />
  );
}
