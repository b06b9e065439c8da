import type { TablePaginationConfig } from "antd";
import i18n from "../i18n";
import { formatNumber } from "./format";

export const DEFAULT_PAGE_SIZE = 20;

export type Paging = { page: number; pageSize: number };

export const firstPage = (pageSize = DEFAULT_PAGE_SIZE): Paging => ({ page: 1, pageSize });

/** Ant Design pagination for a list paged on the server (`page`/`pageSize` → `{ items, total }`). */
export function serverPagination(
  paging: Paging,
  total: number | undefined,
  onChange: (paging: Paging) => void,
  totalExact = true,
): TablePaginationConfig {
  return {
    current: paging.page,
    pageSize: paging.pageSize,
    total: total ?? 0,
    showSizeChanger: true,
    pageSizeOptions: [10, 20, 50, 100],
    showTotal: (count) =>
      i18n.t(totalExact ? "common.totalRecords" : "common.moreThanRecords", { total: formatNumber(count) }),
    onChange: (page, pageSize) => onChange({ page: pageSize === paging.pageSize ? page : 1, pageSize }),
  };
}
