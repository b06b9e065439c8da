import { z } from "@hono/zod-openapi";
import type { ActionAvailability, ErrorCode } from "@kc/domain";
import { AppError } from "./errors";

/**
 * An action of a record with the reasons it would be refused now (issue 14, item 2): each module's answer carries
 * its actions in this shape, and its use cases call `assertAvailable` on the same availability, so the page and
 * the server cannot disagree.
 */
export const actionAvailabilitySchema = z
  .object({
    available: z.boolean().describe("Thao tác thành công nếu biểu mẫu (nếu có) điền đúng"),
    reasons: z
      .array(z.object({ code: z.string(), messageVi: z.string() }))
      .describe("Lý do máy chủ sẽ từ chối thao tác lúc này, cùng mã với lỗi trả về"),
  })
  .openapi("ActionAvailability");

/** Refuses an unavailable action with its first reason's code, every reason in the detail. */
export function assertAvailable(action: ActionAvailability<ErrorCode>): void {
  const [first] = action.reasons;
  if (action.available || !first) return;
  throw new AppError(first.code, { detail: action.reasons.map((reason) => reason.messageVi).join("; ") });
}
