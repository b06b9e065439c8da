import { bigint, date, timestamp } from "drizzle-orm/pg-core";

/** Column kinds shared by the business tables: integer đồng, instants and calendar days. */
export const money = (name: string) => bigint(name, { mode: "bigint" });
export const at = (name: string) => timestamp(name, { withTimezone: true, mode: "date" });
export const day = (name: string) => date(name, { mode: "string" });
