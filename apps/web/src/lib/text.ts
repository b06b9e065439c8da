import { foldForSearch } from "@kc/domain";

/**
 * `showSearch` option for an antd Select whose options have string labels: accent-insensitive, with the same
 * folding the server searches with ("dong thap" finds "Đồng Tháp").
 */
export const foldedSelectSearch = {
  filterOption: (input: string, option?: { label?: unknown }) =>
    foldForSearch(String(option?.label ?? "")).includes(foldForSearch(input)),
};
