// Loaded for its side effect: it gives zod schemas the `.openapi()` used below.
import "@hono/zod-openapi";
import { isoDateSchema } from "@kc/domain";

/** The `asOf` query parameter of the dated reference look-ups, shared by the reference, public and norm routes. */
export const asOfSchema = isoDateSchema("Thời điểm tra cứu")
  .optional()
  .openapi({ description: "Thời điểm tra cứu (YYYY-MM-DD); mặc định hôm nay", example: "2024-01-01" });
