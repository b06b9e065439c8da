import { createRoute } from "@hono/zod-openapi";
import { projectCreateSchema, projectListQuerySchema, projectUpdateSchema } from "@kc/domain";
import { boundedPageOf } from "../../platform/pagination";
import {
  conflictResponse,
  cookieAuth,
  createRouter,
  errorResponses,
  idParam,
  jsonBody,
  requestMeta,
  unprocessableResponse,
} from "../../platform/router";
import { createProject } from "./create-project";
import { detailResponse, projectPage } from "./project-page";
import { projectPolicy } from "./projects.policy";
import { presentListItem, projectListItemSchema } from "./projects.presenter";
import { listProjects } from "./projects.queries";
import { updateProject } from "./update-project";

const tags = ["Đề án khuyến công"];

export const projectRoutes = createRouter()
  .openapi(
    createRoute({
      method: "get",
      path: "/projects",
      tags,
      summary:
        "Danh sách đề án trong phạm vi dữ liệu: lọc theo tỉnh, năm, trạng thái, nội dung, cấp kinh phí, chậm báo cáo",
      security: cookieAuth,
      request: { query: projectListQuerySchema },
      responses: {
        200: {
          content: { "application/json": { schema: boundedPageOf(projectListItemSchema) } },
          description: "Trang kết quả",
        },
        ...errorResponses,
      },
    }),
    async (c) => {
      const actor = await projectPolicy.authorize(c, "projects.read");
      const query = c.req.valid("query");
      const { rows, total, totalExact } = await listProjects(c.get("deps").db, actor, query);
      return c.json(
        {
          items: rows.map((row) => presentListItem(row)),
          total,
          totalExact,
          page: query.page,
          pageSize: query.pageSize,
        },
        200,
      );
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/projects",
      tags,
      summary: "Lập đề án mới (trạng thái Đang lập)",
      security: cookieAuth,
      request: { body: jsonBody(projectCreateSchema) },
      responses: { 201: detailResponse, ...errorResponses, ...unprocessableResponse },
    }),
    async (c) => {
      const actor = await projectPolicy.authorize(c, "projects.create");
      const row = await createProject({
        db: c.get("deps").db,
        actor,
        meta: requestMeta(c),
        input: c.req.valid("json"),
      });
      return c.json(await projectPage(c, row.id), 201);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/projects/{id}",
      tags,
      summary:
        "Một đề án: hồ sơ, dự toán, cơ sở thụ hưởng, tiến trình, văn bản, giải ngân và các bước được làm",
      security: cookieAuth,
      request: { params: idParam },
      responses: { 200: detailResponse, ...errorResponses },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      await projectPolicy.authorize(c, "projects.read", id);
      return c.json(await projectPage(c, id), 200);
    },
  )
  .openapi(
    createRoute({
      method: "put",
      path: "/projects/{id}",
      tags,
      summary: "Sửa hồ sơ đề án khi đang lập hoặc được trả lại (kiểm tra phiên bản)",
      security: cookieAuth,
      request: { params: idParam, body: jsonBody(projectUpdateSchema) },
      responses: { 200: detailResponse, ...errorResponses, ...conflictResponse, ...unprocessableResponse },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const actor = await projectPolicy.authorize(c, "projects.update", id);
      const body = c.req.valid("json");
      await updateProject({
        db: c.get("deps").db,
        actor,
        meta: requestMeta(c),
        id,
        version: body.version,
        input: body.project,
      });
      return c.json(await projectPage(c, id), 200);
    },
  );
