import { createRoute, z } from "@hono/zod-openapi";
import { productGroupCodes } from "@kc/domain";
import { actionAvailabilitySchema } from "../../../platform/action-availability";
import { cookieAuth, createRouter, errorResponses, idParam, requestMeta } from "../../../platform/router";
import { certificatePolicy } from "./certificates.policy";
import { roundCertificateState } from "./round-certificates";

const roundCertificatesSchema = z
  .object({
    recognised: z
      .array(
        z.object({
          entryId: z.string(),
          productName: z.string(),
          productGroup: z.enum(productGroupCodes),
          establishmentName: z.string(),
          meanScore: z.string().nullable().describe("Điểm trung bình của ban giám khảo"),
          rank: z.number().int().nullable(),
          certificateId: z.string().nullable(),
          certificateNumber: z.string().nullable(),
        }),
      )
      .describe("Sản phẩm được công nhận, theo thứ hạng, kèm giấy chứng nhận đã cấp (nếu có)"),
    actions: z.object({ issue: actionAvailabilitySchema }),
  })
  .openapi("SelectionRoundCertificates");

/** The certificates tab's starting point: recognised products and whether the caller may issue now. */
export const roundCertificateRoutes = createRouter().openapi(
  createRoute({
    method: "get",
    path: "/selection-rounds/{id}/certificates",
    tags: ["Bình chọn sản phẩm"],
    summary: "Sản phẩm được công nhận của đợt và việc cấp giấy chứng nhận",
    security: cookieAuth,
    request: { params: idParam },
    responses: {
      200: {
        content: { "application/json": { schema: roundCertificatesSchema } },
        description: "Sản phẩm được công nhận và thao tác cấp giấy",
      },
      ...errorResponses,
    },
  }),
  async (c) => {
    const actor = await certificatePolicy.authorize(c, "selection.read");
    const state = await roundCertificateState(
      c.get("deps").db,
      actor,
      requestMeta(c),
      c.req.valid("param").id,
    );
    return c.json(
      {
        recognised: state.recognised.map((entry) => ({ ...entry, meanScore: entry.meanScore ?? null })),
        actions: { issue: state.issue },
      },
      200,
    );
  },
);
