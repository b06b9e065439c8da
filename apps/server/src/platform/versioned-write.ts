import { z } from "@hono/zod-openapi";
import { and, eq, type SQL } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import { AppError } from "./errors";

/**
 * Optimistic concurrency for every edit of a versioned row (docs/ARCHITECTURE.md "A request", step 4): inside one
 * transaction the row is locked (`for update`), its version compared with the one the writer read (409
 * VERSION_CONFLICT when another write came first), updated with the version moved on, and audited by the use
 * case. The UPDATE repeats the version in its WHERE, so a write that slipped past the lock still cannot land.
 */

/** The locked row when it exists and is at the version the writer read: 404 or 409 otherwise. */
export function atExpectedVersion<T extends { version: number }>(
  current: T | null | undefined,
  expected: number,
): T {
  if (!current) throw new AppError("NOT_FOUND");
  if (current.version !== expected) throw new AppError("VERSION_CONFLICT");
  return current;
}

/** Columns every versioned UPDATE sets besides its own: the next version and the time of the change. */
export function nextVersion(current: { version: number }) {
  return { version: current.version + 1, updatedAt: new Date() };
}

/** The UPDATE's WHERE: this row, still at the version the writer read. */
export function rowAtVersion(
  columns: { id: AnyPgColumn; version: AnyPgColumn },
  id: string,
  version: number,
): SQL | undefined {
  return and(eq(columns.id, id), eq(columns.version, version));
}

/** The row the versioned UPDATE returned; none means another write moved the version first (409). */
export function updatedRow<T>(rows: T[]): T {
  const [row] = rows;
  if (!row) throw new AppError("VERSION_CONFLICT");
  return row;
}

/** The body of an edit that carries nothing but the version the writer read (disable, enable, archive, restore). */
export const versionOnlySchema = z.strictObject({ version: z.number().int().min(1) });
