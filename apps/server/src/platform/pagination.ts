import { z } from "@hono/zod-openapi";

/** The list query shared by every list route (DESIGN.md "Conventions of the API"). */
export const pageQuerySchema = z.object({
  page: z.coerce.number().int().min(1).max(100_000).default(1).openapi({ example: 1 }),
  pageSize: z.coerce.number().int().min(1).max(200).default(50).openapi({ example: 50 }),
  q: z
    .string()
    .max(200)
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
