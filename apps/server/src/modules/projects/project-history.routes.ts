import { createRoute } from "@hono/zod-openapi";
import { cookieAuth, createRouter, errorResponses, idParam } from "../../platform/router";
import { historySchema } from "../audit/audit.schemas";
import { recordHistory } from "../audit/record-history";
import { projectPolicy } from "./projects.policy";
import { findProjectInScope } from "./projects.queries";

/** A project's audit entries in words: who changed which field of the dossier, money and status, and when. */
export const projectHistoryRoutes = createRouter().openapi(
  createRoute({
    method: "get",
    path: "/projects/{id}/history",
    tags: ["Đề án khuyến công"],
    summary: "Lịch sử thay đổi của đề án (từ nhật ký hệ thống, bằng lời)",
    security: cookieAuth,
    request: { params: idParam },
    responses: {
      200: { content: { "application/json": { schema: historySchema } }, description: "Lịch sử" },
      ...errorResponses,
    },
  }),
  async (c) => {
    const { id } = c.req.valid("param");
    const actor = await projectPolicy.authorize(c, "projects.read", id);
    const { db } = c.get("deps");
    await projectPolicy.inScopeOr404(c, await findProjectInScope(db, actor, id), id);
    return c.json({ items: await recordHistory(db, "project", id) }, 200);
  },
);
