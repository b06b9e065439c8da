/**
 * Accent-insensitive matching for client-side filters (select boxes): "dong thap" matches "Đồng Tháp".
 * Lists that page on the server are searched there with the same folding.
 */
export function foldVietnamese(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .toLowerCase()
    .trim();
}

/** `showSearch` option for an antd Select whose options have string labels. */
export const foldedSelectSearch = {
  filterOption: (input: string, option?: { label?: unknown }) =>
    foldVietnamese(String(option?.label ?? "")).includes(foldVietnamese(input)),
};
