import { Select, type SelectProps } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useDebouncedValue } from "../../../../lib/use-debounced-value";
import { useProjects } from "../../../projects/api";

type Option = { value: string; label: string };

/**
 * The project (đề án) that funds the fair, searched on the server without diacritics among the projects the user
 * may see; the server checks the scope again when the fair is saved.
 */
export function FundingProjectSelect({
  initialOption,
  ...props
}: Omit<SelectProps<string, Option>, "options" | "showSearch"> & { initialOption?: Option | null }) {
  const { t } = useTranslation();
  const [search, setSearch] = useState("");
  const q = useDebouncedValue(search.trim(), 300);
  const projects = useProjects({ q: q || undefined, page: 1, pageSize: 20, view: "list" });
  const found: Option[] = (projects.data?.items ?? []).map((project) => ({
    value: project.id,
    label: `${project.code} — ${project.title}`,
  }));
  const options =
    initialOption && !found.some((option) => option.value === initialOption.value)
      ? [initialOption, ...found]
      : found;
  return (
    <Select<string, Option>
      allowClear
      {...props}
      placeholder={t("fairs.form.projectPlaceholder")}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      options={options}
      loading={projects.isFetching}
      popupMatchSelectWidth={false}
      onOpenChange={(open) => {
        if (!open) setSearch("");
      }}
    />
  );
}
