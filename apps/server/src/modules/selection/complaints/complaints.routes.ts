import { createRoute, z } from "@hono/zod-openapi";
import {
  acceptsComplaints,
  can,
  complaintStatusCodes,
  complaintStatusLabels,
  freeTextSchema,
  idSchema,
  indexOverrides,
  isoDateSchema,
  recordComplaintAction,
  requiredTextSchema,
  resolveComplaintAction,
  todayInVietnam,
  workingDaysBetween,
} from "@kc/domain";
import { asc, eq } from "drizzle-orm";
import { selectionComplaint, selectionEntry } from "../../../db/schema/index";
import { modulePolicy } from "../../../platform/access";
import { actionAvailabilitySchema } from "../../../platform/action-availability";
import { AppError } from "../../../platform/errors";
import {
  conflictResponse,
  cookieAuth,
  createRouter,
  errorResponses,
  jsonBody,
  jsonResponse,
  pathIdSchema,
  requestMeta,
  unprocessableResponse,
} from "../../../platform/router";
import { calendarOverrides } from "../../calendar/calendar.queries";
import { loadRoundForActor, membershipsOf } from "../round-access";
import { recordComplaint, resolveComplaint, windowOf } from "./complaint-steps";

const tags = ["Bình chọn sản phẩm — khiếu nại"];
const policy = modulePolicy<"selection.read">("selection_round");
const roundParam = z.object({ id: pathIdSchema("id") });
const writeResponses = { ...errorResponses, ...conflictResponse, ...unprocessableResponse };

const complaintSchema = z
  .object({
    id: z.string(),
    entryId: z.string().nullable(),
    productName: z.string().nullable(),
    filedOn: z.string(),
    filedByName: z.string(),
    content: z.string(),
    receivedOn: z.string(),
    dueOn: z.string(),
    overdue: z.boolean().describe("Chưa giải quyết và đã quá hạn giải quyết (10 ngày làm việc)"),
    workingDaysLeft: z
      .number()
      .int()
      .nullable()
      .describe("Số ngày làm việc còn lại đến hạn giải quyết (âm khi quá hạn); null khi đã giải quyết"),
    status: z.enum(complaintStatusCodes),
    statusLabel: z.string(),
    resolution: z.string(),
    resolvedOn: z.string().nullable(),
    version: z.number().int(),
    actions: z.object({ resolve: actionAvailabilitySchema.optional() }),
  })
  .openapi("SelectionComplaint");

const complaintsPageSchema = z
  .object({
    notifiedOn: z.string().nullable(),
    lastDay: z
      .string()
      .nullable()
      .describe("Hạn cuối nhận khiếu nại (15 ngày làm việc kể từ ngày thông báo)"),
    windowWorkingDaysLeft: z
      .number()
      .int()
      .nullable()
      .describe("Số ngày làm việc còn lại đến hạn cuối nhận khiếu nại (âm khi đã hết hạn)"),
    open: z.boolean().describe("Đợt đang nhận khiếu nại"),
    canKeep: z.boolean().describe("Người đăng nhập ghi nhận, giải quyết được khiếu nại"),
    complaints: z.array(complaintSchema),
    actions: z.object({ record: actionAvailabilitySchema.optional() }),
  })
  .openapi("SelectionComplaints");

const complaintInputSchema = z.strictObject({
  entryId: idSchema("Sản phẩm").nullable().default(null),
  filedOn: isoDateSchema("Ngày gửi"),
  filedByName: requiredTextSchema(200, "Người khiếu nại"),
  content: requiredTextSchema(4000, "Nội dung khiếu nại"),
  receivedOn: isoDateSchema("Ngày nhận"),
});

const resolutionInputSchema = z.strictObject({
  version: z.number().int().min(1),
  status: z.enum(["UPHELD", "REJECTED", "WITHDRAWN"]),
  resolution: freeTextSchema(4000, "Nội dung trả lời"),
  resolvedOn: isoDateSchema("Ngày giải quyết"),
});

export const complaintRoutes = createRouter()
  .openapi(
    createRoute({
      method: "get",
      path: "/selection-rounds/{id}/complaints",
      tags,
      summary: "Khiếu nại kết quả của một đợt bình chọn, với hạn nhận và hạn giải quyết theo ngày làm việc",
      security: cookieAuth,
      request: { params: roundParam },
      responses: { 200: jsonResponse(complaintsPageSchema, "Khiếu nại"), ...errorResponses },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const actor = await policy.authorize(c, "selection.read", id);
      const db = c.get("deps").db;
      const round = await loadRoundForActor(db, actor, id, requestMeta(c));
      const window = await windowOf(db, round);
      const rows = await db
        .select({ complaint: selectionComplaint, productName: selectionEntry.productName })
        .from(selectionComplaint)
        .leftJoin(selectionEntry, eq(selectionEntry.id, selectionComplaint.entryId))
        .where(eq(selectionComplaint.roundId, id))
        .orderBy(asc(selectionComplaint.receivedOn), asc(selectionComplaint.createdAt));
      const today = todayInVietnam();
      const overrides = indexOverrides(await calendarOverrides(db));
      const daysLeft = (until: string) => workingDaysBetween(today, until, overrides);
      const seats = await membershipsOf(db, actor, id);
      const canKeep =
        can(actor.role, "selection.manage") ||
        seats.some((s) => s.body === "COUNCIL" && s.role === "SECRETARY");
      return c.json(
        {
          notifiedOn: window?.notifiedOn ?? null,
          lastDay: window?.lastDay ?? null,
          windowWorkingDaysLeft: window ? daysLeft(window.lastDay) : null,
          open: acceptsComplaints(round.status) && window !== null,
          canKeep,
          actions: canKeep
            ? { record: recordComplaintAction({ roundStatus: round.status, notified: window !== null }) }
            : {},
          complaints: rows.map(({ complaint, productName }) => ({
            id: complaint.id,
            entryId: complaint.entryId,
            productName,
            filedOn: complaint.filedOn,
            filedByName: complaint.filedByName,
            content: complaint.content,
            receivedOn: complaint.receivedOn,
            dueOn: complaint.dueOn,
            overdue: complaint.status === "OPEN" && today > complaint.dueOn,
            workingDaysLeft: complaint.status === "OPEN" ? daysLeft(complaint.dueOn) : null,
            status: complaint.status,
            statusLabel: complaintStatusLabels[complaint.status],
            resolution: complaint.resolution,
            resolvedOn: complaint.resolvedOn,
            version: complaint.version,
            actions: canKeep
              ? { resolve: resolveComplaintAction({ complaintStatus: complaint.status }) }
              : {},
          })),
        },
        200,
      );
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/selection-rounds/{id}/complaints",
      tags,
      summary: "Ghi nhận một khiếu nại (trong 15 ngày làm việc kể từ ngày thông báo kết quả)",
      security: cookieAuth,
      request: { params: roundParam, body: jsonBody(complaintInputSchema) },
      responses: {
        201: jsonResponse(z.object({ id: z.string(), dueOn: z.string() }), "Đã ghi nhận"),
        ...writeResponses,
      },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const actor = await policy.authorize(c, "selection.read", id);
      if (!can(actor.role, "selection.manage") && actor.role !== "COUNCIL_SECRETARY")
        throw new AppError("FORBIDDEN");
      const row = await recordComplaint({
        db: c.get("deps").db,
        actor,
        meta: requestMeta(c),
        roundId: id,
        input: c.req.valid("json"),
      });
      return c.json({ id: row.id, dueOn: row.dueOn }, 201);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/selection-rounds/{id}/complaints/{complaintId}/resolve",
      tags,
      summary: "Ghi kết quả giải quyết khiếu nại (hội đồng trả lời trong 10 ngày làm việc kể từ ngày nhận)",
      security: cookieAuth,
      request: {
        params: roundParam.extend({ complaintId: pathIdSchema("complaintId") }),
        body: jsonBody(resolutionInputSchema),
      },
      responses: { 204: { description: "Đã lưu" }, ...writeResponses },
    }),
    async (c) => {
      const { id, complaintId } = c.req.valid("param");
      const actor = await policy.authorize(c, "selection.read", id);
      if (!can(actor.role, "selection.manage") && actor.role !== "COUNCIL_SECRETARY")
        throw new AppError("FORBIDDEN");
      await resolveComplaint({
        db: c.get("deps").db,
        actor,
        meta: requestMeta(c),
        roundId: id,
        complaintId,
        input: c.req.valid("json"),
      });
      return c.body(null, 204);
    },
  );
