import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { Select, type SelectProps } from "antd";
import { useState } from "react";
import type { ResponseOf } from "../../../api/types";
import { api } from "../../../lib/api";
import { useDebouncedValue } from "../../../lib/use-debounced-value";

type Option = { value: string; label: string };

type ProjectSelectProps = Omit<SelectProps<string, Option>, "options" | "showSearch" | "mode"> & {
  /** The current value's option, so it shows its code before any search. */
  initialOption?: Option | null;
};

/** Picks the project (đề án) that funds a record, searched on the server by code, title or implementer. */
export function ProjectSelect({ initialOption, ...props }: ProjectSelectProps) {
  const [search, setSearch] = useState("");
  const q = useDebouncedValue(search.trim(), 300);
  const found = useQuery({
    queryKey: ["projects", "list", "picker", { q }],
    queryFn: ({ signal }) =>
      api.get<ResponseOf<"/api/v1/projects", "get">>("/projects", {
        query: { q: q || undefined, page: 1, pageSize: 20 },
        signal,
      }),
    placeholderData: keepPreviousData,
  });
  const options: Option[] = (found.data?.items ?? []).map((item) => ({
    value: item.id,
    label: `${item.code} — ${item.title}`,
  }));
  const all =
    initialOption && !options.some((option) => option.value === initialOption.value)
      ? [initialOption, ...options]
      : options;
  return (
    <Select<string, Option>
      allowClear
      {...props}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      options={all}
      loading={found.isFetching || search.trim() !== q}
      popupMatchSelectWidth={false}
      onOpenChange={(open) => {
        if (!open) setSearch("");
      }}
    />
  );
}
