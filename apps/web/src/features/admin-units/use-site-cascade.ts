import { todayInVietnam } from "@kc/domain";
import { Form } from "antd";
import { useProvinceOptions } from "./api";

/**
 * The province → commune cascade of one row of a `sites` form list (establishments' production sites, a
 * project's places): the row's province, the options for its province box, the commune's option to show before
 * any search, and `clearCommune` for when the province changes. Each form lays the row out its own way.
 */
export function useSiteCascade(name: number, communeLabels: Record<string, string>) {
  const form = Form.useFormInstance();
  const provinceId: string | undefined = Form.useWatch(["sites", name, "provinceId"], form);
  const communeId: string | undefined = Form.useWatch(["sites", name, "communeId"], form);
  const provinces = useProvinceOptions(todayInVietnam());
  const communeLabel = communeId ? communeLabels[communeId] : undefined;
  return {
    provinceId,
    provinces,
    communeOption: communeId && communeLabel ? { value: communeId, label: communeLabel } : null,
    clearCommune: () => form.setFieldValue(["sites", name, "communeId"], undefined),
  };
}
