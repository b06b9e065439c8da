import { createRoute, z } from "@hono/zod-openapi";
import {
  consultingContractCreateSchema,
  consultingContractUpdateSchema,
  consultingPlanSchema,
  staffingSnapshotCreateSchema,
  staffingSnapshotUpdateSchema,
  todayInVietnam,
} from "@kc/domain";
import type { Context } from "hono";
import type { AppEnv } from "../../platform/context";
import {
  conflictResponse,
  cookieAuth,
  createRouter,
  errorResponses,
  idParam,
  jsonBody,
  jsonResponse,
  pathIdSchema,
  requestMeta,
  unprocessableResponse,
} from "../../platform/router";
import { centreOr404, centrePage, centrePageQuerySchema, centrePageSchema } from "./centre-page";
import { centrePolicy } from "./centres.policy";
import {
  centreSummarySchema,
  presentAverages,
  presentCentreListRow,
  staffingAveragesSchema,
} from "./centres.presenter";
import {
  centreListQuerySchema,
  latestSnapshotDayInScope,
  listCentres,
  staffingAveragesInScope,
} from "./centres.queries";
import { createConsultingContract } from "./create-consulting-contract";
import { deleteConsultingContract } from "./delete-consulting-contract";
import { recordStaffingSnapshot } from "./record-staffing-snapshot";
import { setConsultingPlan } from "./set-consulting-plan";
import { updateConsultingContract } from "./update-consulting-contract";
import { updateStaffingSnapshot } from "./update-staffing-snapshot";

const tags = ["Trung tâm khuyến công"];
const pageResponse = { 200: jsonResponse(centrePageSchema, "Trang trung tâm") };
const writeResponses = { ...errorResponses, ...conflictResponse, ...unprocessableResponse };

const centreAndSnapshot = z.object({ id: pathIdSchema("id"), snapshotId: pathIdSchema("snapshotId") });
const centreAndContract = z.object({ id: pathIdSchema("id"), contractId: pathIdSchema("contractId") });
const versionQuery = z.strictObject({
  version: z.coerce.number().int().min(1).max(2_147_483_647).openapi({ description: "Phiên bản đã đọc" }),
});
const centreAndYear = z.object({
  id: pathIdSchema("id"),
  year: z.coerce
    .number({ error: "Năm phải là số" })
    .int("Năm phải là số nguyên")
    .min(2007, "Năm phải từ 2007")
    .max(2100, "Năm phải đến 2100")
    .openapi({ param: { name: "year", in: "path" } }),
});

/**
 * What every write on a centre starts from: the caller may manage centres (403 otherwise), the centre lies in the
 * caller's scope (a logged 404 otherwise), and the use case's common options.
 */
async function centreWrite(c: Context<AppEnv>, id: string) {
  const actor = await centrePolicy.authorize(c, "centres.manage", id);
  const centre = await centreOr404(c, id);
  return { db: c.get("deps").db, actor, meta: requestMeta(c), centre };
}

/** The year of a `YYYY-MM-DD` day: the centre's page answered after a write shows the year written to. */
const yearOf = (day: string) => Number(day.slice(0, 4));

/**
 * Extension centres (issue 17 item 6): the centres of the catalogue in the caller's scope with their staffing,
 * consulting contracts and revenue plans. Every write finds the centre in the scope first (a logged 404
 * outside it) and runs one use case in one transaction with its audit row.
 */
export const centreRoutes = createRouter()
  .openapi(
    createRoute({
      method: "get",
      path: "/extension-centres",
      tags,
      summary: "Các trung tâm khuyến công tồn tại vào một ngày, trong phạm vi dữ liệu, và số người bình quân",
      security: cookieAuth,
      request: { query: centreListQuerySchema },
      responses: {
        200: jsonResponse(
          z
            .object({
              day: z.string(),
              averages: staffingAveragesSchema,
              latestSnapshotDay: z.string().nullable().openapi({
                description:
                  "Ngày số liệu gần nhất (đến ngày đang xem) của một trung tâm cấp tỉnh trong phạm vi, kể cả trung tâm đã sáp nhập; null khi chưa có",
              }),
              items: z.array(centreSummarySchema),
            })
            .openapi("ExtensionCentreList"),
          "Danh sách trung tâm",
        ),
        ...errorResponses,
      },
    }),
    async (c) => {
      const actor = await centrePolicy.authorize(c, "centres.read");
      const { db } = c.get("deps");
      const { day, rows } = await listCentres(db, actor, c.req.valid("query"), todayInVietnam());
      const [averages, latestSnapshotDay] = await Promise.all([
        staffingAveragesInScope(db, actor, day),
        latestSnapshotDayInScope(db, actor, day),
      ]);
      return c.json(
        {
          day,
          averages: presentAverages(averages),
          latestSnapshotDay,
          items: rows.map(presentCentreListRow),
        },
        200,
      );
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/extension-centres/{id}",
      tags,
      summary: "Một trung tâm: số người làm việc theo ngày, hợp đồng tư vấn, doanh thu so với kế hoạch",
      security: cookieAuth,
      request: { params: idParam, query: centrePageQuerySchema },
      responses: { ...pageResponse, ...errorResponses },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      await centrePolicy.authorize(c, "centres.read", id);
      return c.json(await centrePage(c, id, c.req.valid("query").year), 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/extension-centres/{id}/staffing",
      tags,
      summary: "Ghi số người làm việc của trung tâm tại một ngày (các bộ phận không vượt tổng số)",
      security: cookieAuth,
      request: { params: idParam, body: jsonBody(staffingSnapshotCreateSchema) },
      responses: { 201: pageResponse[200], ...writeResponses },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const input = c.req.valid("json");
      await recordStaffingSnapshot({ ...(await centreWrite(c, id)), input });
      return c.json(await centrePage(c, id, yearOf(input.asOf)), 201);
    },
  )
  .openapi(
    createRoute({
      method: "put",
      path: "/extension-centres/{id}/staffing/{snapshotId}",
      tags,
      summary: "Sửa số người làm việc tại một ngày (kèm version; 409 nếu người khác đã sửa)",
      security: cookieAuth,
      request: { params: centreAndSnapshot, body: jsonBody(staffingSnapshotUpdateSchema) },
      responses: { ...pageResponse, ...writeResponses },
    }),
    async (c) => {
      const { id, snapshotId } = c.req.valid("param");
      await updateStaffingSnapshot({ ...(await centreWrite(c, id)), snapshotId, input: c.req.valid("json") });
      return c.json(await centrePage(c, id), 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/extension-centres/{id}/consulting-contracts",
      tags,
      summary: "Thêm hợp đồng tư vấn, dịch vụ của trung tâm (khách hàng là cơ sở trong sổ hoặc ghi tên)",
      security: cookieAuth,
      request: { params: idParam, body: jsonBody(consultingContractCreateSchema) },
      responses: { 201: pageResponse[200], ...writeResponses },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const input = c.req.valid("json");
      await createConsultingContract({ ...(await centreWrite(c, id)), input });
      return c.json(await centrePage(c, id, yearOf(input.signedOn)), 201);
    },
  )
  .openapi(
    createRoute({
      method: "put",
      path: "/extension-centres/{id}/consulting-contracts/{contractId}",
      tags,
      summary: "Sửa hợp đồng tư vấn, dịch vụ (kèm version; 409 nếu người khác đã sửa)",
      security: cookieAuth,
      request: { params: centreAndContract, body: jsonBody(consultingContractUpdateSchema) },
      responses: { ...pageResponse, ...writeResponses },
    }),
    async (c) => {
      const { id, contractId } = c.req.valid("param");
      const input = c.req.valid("json");
      await updateConsultingContract({ ...(await centreWrite(c, id)), contractId, input });
      return c.json(await centrePage(c, id, yearOf(input.signedOn)), 200);
    },
  )
  .openapi(
    createRoute({
      method: "delete",
      path: "/extension-centres/{id}/consulting-contracts/{contractId}",
      tags,
      summary:
        "Xóa hợp đồng tư vấn ghi nhầm (chỉ khi đang thực hiện và chưa có doanh thu; kèm version; 409 nếu người khác đã sửa)",
      security: cookieAuth,
      request: { params: centreAndContract, query: versionQuery },
      responses: { 204: { description: "Đã xóa" }, ...errorResponses, ...conflictResponse },
    }),
    async (c) => {
      const { id, contractId } = c.req.valid("param");
      const { version } = c.req.valid("query");
      await deleteConsultingContract({ ...(await centreWrite(c, id)), contractId, version });
      return c.body(null, 204);
    },
  )
  .openapi(
    createRoute({
      method: "put",
      path: "/extension-centres/{id}/consulting-plans/{year}",
      tags,
      summary: "Đặt kế hoạch tư vấn, dịch vụ của năm: doanh thu và số dự án (lần đầu không kèm version)",
      security: cookieAuth,
      request: { params: centreAndYear, body: jsonBody(consultingPlanSchema) },
      responses: { ...pageResponse, ...writeResponses },
    }),
    async (c) => {
      const { id, year } = c.req.valid("param");
      await setConsultingPlan({ ...(await centreWrite(c, id)), year, input: c.req.valid("json") });
      return c.json(await centrePage(c, id, year), 200);
    },
  );
