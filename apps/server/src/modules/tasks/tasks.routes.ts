import { createRoute, z } from "@hono/zod-openapi";
import { taskKindCodes, todayInVietnam } from "@kc/domain";
import { cookieAuth, createRouter, errorResponses, requireActor } from "../../platform/router";
import { listMyTasks } from "./list-my-tasks";
import { taskCountSchema, taskListSchema } from "./tasks.presenter";
import { countTasks } from "./tasks.queries";

const tags = ["Việc cần xử lý"];

const taskQuerySchema = z.strictObject({
  kind: z.enum(taskKindCodes).optional().describe("Chỉ một loại việc"),
});

/**
 * The signed-in user's own tasks: nothing to authorise beyond the session, since every account may ask what waits
 * for it; the data scope and the transition table decide what is in the answer (a role that takes no project
 * step, such as the system administrator or an auditor, simply has none).
 */
export const taskRoutes = createRouter()
  .openapi(
    createRoute({
      method: "get",
      path: "/me/tasks",
      tags,
      summary:
        "Việc cần xử lý của người đang đăng nhập: hồ sơ chờ thẩm định, phê duyệt, điều chỉnh, hồ sơ bị trả lại, báo cáo tiến độ quá hạn",
      security: cookieAuth,
      request: { query: taskQuerySchema },
      responses: {
        200: { content: { "application/json": { schema: taskListSchema } }, description: "Danh sách việc" },
        ...errorResponses,
      },
    }),
    async (c) => {
      const actor = requireActor(c);
      const { db, now } = c.get("deps");
      const { kind } = c.req.valid("query");
      return c.json(await listMyTasks({ db, actor, today: todayInVietnam(now()), kind }), 200);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/me/tasks/count",
      tags,
      summary: "Số việc cần xử lý (huy hiệu trên đầu trang): một câu truy vấn đếm",
      security: cookieAuth,
      request: { query: z.strictObject({}) },
      responses: {
        200: { content: { "application/json": { schema: taskCountSchema } }, description: "Số việc" },
        ...errorResponses,
      },
    }),
    async (c) => {
      const actor = requireActor(c);
      const { count } = await countTasks(c.get("deps").db, actor, todayInVietnam(c.get("deps").now()));
      return c.json({ count }, 200);
    },
  );
