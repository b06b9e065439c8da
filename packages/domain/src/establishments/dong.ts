import { z } from "zod";
import { establishmentLimits } from "./establishment.constants";

/**
 * Money in integer đồng travels as a decimal string (JSON numbers lose exactness beyond 2^53, and Excel keeps
 * only about 15 significant digits — RELIABILITY §5.5) and is computed with as `bigint`. At most 18 digits so
 * it fits a PostgreSQL `bigint`; no leading zeros and no "-0", so one amount has exactly one spelling.
 */
const DONG_PATTERN = new RegExp(`^-?(?:0|[1-9]\\d{0,${establishmentLimits.dongDigitsMax - 1}})$`, "u");

const DONG_MESSAGE =
  "Số tiền phải là số nguyên đồng dạng chuỗi chữ số, tối đa 18 chữ số, không có dấu phân cách";

/**
 * Both checks abort: the refinements chained after this schema (`BigInt(value) > 0n`) may only ever see text that
 * matched the pattern ("1.5", "1e3" or full-width digits would make BigInt throw).
 */
export const dongSchema = z
  .string({ error: DONG_MESSAGE })
  .max(establishmentLimits.dongDigitsMax + 1, { message: DONG_MESSAGE, abort: true })
  .regex(DONG_PATTERN, { message: DONG_MESSAGE, abort: true })
  .refine((value) => value !== "-0", "Số tiền không hợp lệ")
  .describe('Số tiền (đồng), số nguyên dạng chuỗi, ví dụ "1250000000"');
export type Dong = z.infer<typeof dongSchema>;

/** Capital, assets and revenue cannot be negative. */
export const nonNegativeDongSchema = dongSchema
  .refine((value) => !value.startsWith("-"), "Số tiền không được âm")
  .describe("Số tiền (đồng), số nguyên không âm dạng chuỗi");

/** Exact conversion; the input must already have passed `dongSchema`. */
export function dongToBigInt(value: Dong): bigint {
  return BigInt(value);
}

export function bigIntToDong(value: bigint): Dong {
  return value.toString();
}

/** For optional fields: null and undefined stay "not known". */
export function optionalDongToBigInt(value: Dong | null | undefined): bigint | null {
  return value === null || value === undefined ? null : BigInt(value);
}
