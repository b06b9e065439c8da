import { createRoute, z } from "@hono/zod-openapi";
import {
  consultingContractCreateSchema,
  consultingContractUpdateSchema,
  consultingPlanSchema,
  staffingSnapshotCreateSchema,
  staffingSnapshotUpdateSchema,
  todayInVietnam,
} from "@kc/domain";
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
import { centreListQuerySchema, listCentres, staffingAveragesInScope } from "./centres.queries";
import { createConsultingContract } from "./create-consulting-contract";
import { recordStaffingSnapshot } from "./record-staffing-snapshot";
import { setConsultingPlan } from "./set-consulting-plan";
import { updateConsultingContract } from "./update-consulting-contract";
import { updateStaffingSnapshot } from "./update-staffing-snapshot";

const tags = ["Trung tâm khuyến công"];
const pageResponse = { 200: jsonResponse(centrePageSchema, "Trang trung tâm") };
const writeResponses = { ...errorResponses, ...conflictResponse, ...unprocessableResponse };

const centreAndSnapshot = z.object({ id: pathIdSchema("id"), snapshotId: pathIdSchema("snapshotId") });
const centreAndContract = z.object({ id: pathIdSchema("id"), contractId: pathIdSchema("contractId") });
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
      const averages = await staffingAveragesInScope(db, actor, day);
      return c.json({ day, averages: presentAverages(averages), items: rows.map(presentCentreListRow) }, 200);
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
      const actor = await centrePolicy.authorize(c, "centres.manage", id);
      const centre = await centreOr404(c, id);
      const input = c.req.valid("json");
      await recordStaffingSnapshot({ db: c.get("deps").db, actor, meta: requestMeta(c), centre, input });
      return c.json(await centrePage(c, id, Number(input.asOf.slice(0, 4))), 201);
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
      const actor = await centrePolicy.authorize(c, "centres.manage", id);
      const centre = await centreOr404(c, id);
      const input = c.req.valid("json");
      await updateStaffingSnapshot({
        db: c.get("deps").db,
        actor,
        meta: requestMeta(c),
        centre,
        snapshotId,
        input,
      });
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
      const actor = await centrePolicy.authorize(c, "centres.manage", id);
      const centre = await centreOr404(c, id);
      const input = c.req.valid("json");
      await createConsultingContract({ db: c.get("deps").db, actor, meta: requestMeta(c), centre, input });
      return c.json(await centrePage(c, id, Number(input.signedOn.slice(0, 4))), 201);
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
      const actor = await centrePolicy.authorize(c, "centres.manage", id);
      const centre = await centreOr404(c, id);
      const input = c.req.valid("json");
      await updateConsultingContract({
        db: c.get("deps").db,
        actor,
        meta: requestMeta(c),
        centre,
        contractId,
        input,
      });
      return c.json(await centrePage(c, id, Number(input.signedOn.slice(0, 4))), 200);
    },
  )
  .openapi(
    createRoute({
      method: "put",
      path: "/extension-centres/{id}/consulting-plans/{year}",
      tags,
      summary: "Đặt kế hoạch doanh thu tư vấn, dịch vụ của năm (lần đầu không kèm version)",
      security: cookieAuth,
      request: { params: centreAndYear, body: jsonBody(consultingPlanSchema) },
      responses: { ...pageResponse, ...writeResponses },
    }),
    async (c) => {
      const { id, year } = c.req.valid("param");
      const actor = await centrePolicy.authorize(c, "centres.manage", id);
      const centre = await centreOr404(c, id);
      const input = c.req.valid("json");
      await setConsultingPlan({ db: c.get("deps").db, actor, meta: requestMeta(c), centre, year, input });
      return c.json(await centrePage(c, id, year), 200);
    },
  );
