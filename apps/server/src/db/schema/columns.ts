import { bigint, customType, date, timestamp } from "drizzle-orm/pg-core";

/** Column kinds shared by the business tables: integer đồng, instants and calendar days. */
export const money = (name: string) => bigint(name, { mode: "bigint" });
export const at = (name: string) => timestamp(name, { withTimezone: true, mode: "date" });
export const day = (name: string) => date(name, { mode: "string" });

/** Raw bytes: a Buffer for node-postgres, which PGlite accepts as the Uint8Array it is. */
export const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({
  dataType: () => "bytea",
  toDriver: (value) => Buffer.from(value.buffer, value.byteOffset, value.byteLength),
  fromDriver: (value) => new Uint8Array(value),
});
