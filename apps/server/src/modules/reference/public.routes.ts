import { createRoute, z } from "@hono/zod-openapi";
import { todayInVietnam } from "@kc/domain";
import { cachedAnswer } from "../../platform/cached-answer";
import { createRouter, errorResponses } from "../../platform/router";
import { presentPublicAdminUnit, publicAdminUnitSchema } from "./admin-units.presenter";
import { listAdminUnits } from "./admin-units.queries";
import { asOfSchema } from "./reference.schemas";

const levels = { province: "TINH", commune: "XA" } as const;

/** Reference data is public: no sign-in, public presenter only. */
export const publicReferenceRoutes = createRouter().openapi(
  createRoute({
    method: "get",
    path: "/admin-units",
    tags: ["Công khai"],
    summary: "Đơn vị hành chính có hiệu lực tại một ngày, mỗi đơn vị kèm các đơn vị mà nó kế thừa",
    request: {
      query: z.object({
        level: z.enum(["province", "commune"]).default("province"),
        asOf: asOfSchema,
      }),
    },
    responses: {
      200: {
        content: {
          "application/json": {
            schema: z.object({
              asOf: z.string(),
              level: z.string(),
              total: z.number().int(),
              items: z.array(publicAdminUnitSchema),
            }),
          },
        },
        description: "Danh sách",
      },
      400: errorResponses[400],
    },
  }),
  async (c) => {
    const query = c.req.valid("query");
    const asOf = query.asOf ?? todayInVietnam();
    const answer = await cachedAnswer(c, async () => {
      const { items, total } = await listAdminUnits(c.get("deps").db, {
        level: levels[query.level],
        asOf,
        page: 1,
        pageSize: query.level === "province" ? 200 : 5000,
      });
      return { asOf, level: query.level, total, items: items.map(presentPublicAdminUnit) };
    });
    c.header("cache-control", "public, max-age=3600");
    return c.json(answer, 200);
  },
);
