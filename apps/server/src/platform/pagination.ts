import { z } from "@hono/zod-openapi";
import { searchTextSchema } from "@kc/domain";

/** The list query shared by every list route (DESIGN.md "Conventions of the API"). */
export const pageQuerySchema = z.object({
  page: z.coerce.number().int().min(1).max(100_000).default(1).openapi({ example: 1 }),
  pageSize: z.coerce.number().int().min(1).max(200).default(50).openapi({ example: 50 }),
  q: searchTextSchema(200)
    .optional()
    .openapi({ description: "Tìm kiếm không dấu, không phân biệt hoa thường" }),
});

export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  });
}

/**
 * A page of a large list whose count stops early: `total` is exact when `totalExact` is true, otherwise it is a
 * lower bound ("more than total") — see docs/decisions/0005-list-search-and-counts.md.
 */
export function boundedPageOf<T extends z.ZodType>(item: T) {
  return pageOf(item).extend({
    totalExact: z.boolean().openapi({
      description: "true: total là số chính xác; false: có nhiều hơn total kết quả (đếm dừng sớm)",
    }),
  });
}

export type Page<T> = { items: T[]; total: number; page: number; pageSize: number };

export function offsetOf(query: { page: number; pageSize: number }): number {
  return (query.page - 1) * query.pageSize;
}

/**
 * Bounded counting (docs/decisions/0005-list-search-and-counts.md): a list reads the ids of every match up to ten
 * pages past the current one (never fewer than 1,000) in ONE ordered, index-only walk, then keeps the page's ids
 * and counts the rest. One more id than the bound says "more than that".
 */
export const COUNT_AHEAD_PAGES = 10;
export const COUNT_FLOOR = 1_000;

export function countLimitFor(query: { page: number; pageSize: number }): number {
  return Math.max(COUNT_FLOOR, (query.page - 1 + COUNT_AHEAD_PAGES) * query.pageSize);
}

/** The page's ids and the bounded total, from the ids read with `LIMIT countLimitFor(query) + 1`. */
export function boundedPage<T>(ids: readonly T[], query: { page: number; pageSize: number }) {
  const limit = countLimitFor(query);
  const offset = offsetOf(query);
  return {
    pageIds: ids.slice(offset, offset + query.pageSize),
    total: Math.min(ids.length, limit),
    totalExact: ids.length <= limit,
  };
}
