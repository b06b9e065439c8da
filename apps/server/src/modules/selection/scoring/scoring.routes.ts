import { createRoute, z } from "@hono/zod-openapi";
import { can, criterionFrameSchema, productGroupLabels, summariseScores } from "@kc/domain";
import type { Context } from "hono";
import { modulePolicy } from "../../../platform/access";
import type { AppEnv } from "../../../platform/context";
import { AppError } from "../../../platform/errors";
import { attachmentHeader } from "../../../platform/office/xlsx-writer";
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
import { loadRoundForActor, membershipsOf } from "../round-access";
import { closeScoring, missingSheetsText } from "./close-scoring";
import { approveFrame, proposeFrame } from "./frame-steps";
import { proposeList } from "./propose-list";
import { saveScoreSheet } from "./save-score-sheet";
import {
  presentCriteria,
  presentRound,
  presentSeat,
  presentSheet,
  presentSummary,
} from "./scoring.presenter";
import { type StoredSheet, sheetsOf, summaryInputOf } from "./scoring.queries";
import {
  proposedListSchema,
  roundVersionSchema,
  scoringPageSchema,
  sheetInputSchema,
  sheetSchema,
  summarySchema,
} from "./scoring.schemas";
import {
  approveFrameAvailability,
  closeScoringAvailability,
  proposeFrameAvailability,
  proposeListAvailability,
  scoreAvailability,
} from "./scoring-state";
import { summaryMinuteXlsx } from "./summary-minute.xlsx";

const tags = ["Bình chọn sản phẩm — chấm điểm"];
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const policy = modulePolicy<"selection.read" | "selection.score">("selection_round");
const roundParam = z.object({ id: pathIdSchema("id") });
const entryParam = roundParam.extend({ entryId: pathIdSchema("entryId") });
const writeResponses = { ...errorResponses, ...conflictResponse, ...unprocessableResponse };
const done = { 204: { description: "Đã lưu" }, ...writeResponses };

/** The round the caller reaches (404 otherwise), after the ability check. */
async function roundFor(c: Context<AppEnv>, ability: "selection.read" | "selection.score", roundId: string) {
  const actor = await policy.authorize(c, ability, roundId);
  const round = await loadRoundForActor(c.get("deps").db, actor, roundId, requestMeta(c));
  return { actor, round, db: c.get("deps").db };
}

/** The summary, readable by whoever reaches the round once the jury head has closed scoring; 404 before. */
async function closedSummary(c: Context<AppEnv>, roundId: string) {
  const { round, db } = await roundFor(c, "selection.read", roundId);
  const closedAt = round.scoringClosedAt;
  if (!closedAt) throw new AppError("NOT_FOUND");
  const frozen = c.get("deps").caches.closedScoreSheets;
  const key = `${roundId}@${closedAt.toISOString()}`;
  const { input, jury, entries } = await summaryInputOf(db, roundId, async () => {
    const kept = frozen.get(key) as StoredSheet[] | undefined;
    if (kept) return kept;
    const sheets = await sheetsOf(db, roundId);
    frozen.set(key, sheets);
    return sheets;
  });
  return { round, jury, entries, summary: summariseScores(input) };
}

export const scoringRoutes = createRouter()
  .openapi(
    createRoute({
      method: "get",
      path: "/selection-rounds/{id}/scoring",
      tags,
      summary:
        "Chấm điểm của một đợt: khung điểm, sản phẩm, phiếu của chính người đăng nhập, thao tác được phép",
      security: cookieAuth,
      request: { params: roundParam },
      responses: { 200: jsonResponse(scoringPageSchema, "Trang chấm điểm"), ...errorResponses },
    }),
    async (c) => {
      const { actor, round, db } = await roundFor(c, "selection.read", c.req.valid("param").id);
      const seats = await membershipsOf(db, actor, round.id);
      const seat = seats.find((s) => s.body === "JURY") ?? null;
      const { input, criteria, jury, entries } = await summaryInputOf(db, round.id);
      const summary = summariseScores(input);
      const mine = seat ? await sheetsOf(db, round.id, [seat.id]) : [];
      const byEntry = new Map(summary.entries.map((entry) => [entry.entryId, entry]));
      const holds = (body: string, role: string) => seats.some((s) => s.body === body && s.role === role);
      const keepsPapers = can(actor.role, "selection.manage") || holds("COUNCIL", "SECRETARY");
      return c.json(
        {
          round: presentRound(round),
          ...presentCriteria(criteria),
          seat: presentSeat(seat),
          entries: entries.map((entry) => {
            const line = byEntry.get(entry.id);
            const sheet = mine.find((s) => s.entryId === entry.id);
            return {
              id: entry.id,
              productName: entry.productName,
              establishmentName: entry.establishmentName,
              groupLabel: productGroupLabels[entry.productGroup],
              conflicted: seat?.conflictEstablishmentIds.includes(entry.establishmentId) ?? false,
              mySheet: sheet ? presentSheet(sheet) : null,
              sheetsIn: (line?.scoringJurorIds.length ?? 0) - (line?.missingJurorIds.length ?? 0),
              sheetsExpected: line?.scoringJurorIds.length ?? 0,
            };
          }),
          actions: {
            ...(holds("JURY", "JURY_HEAD") ? { proposeFrame: proposeFrameAvailability(round) } : {}),
            ...(holds("COUNCIL", "CHAIR")
              ? { approveFrame: approveFrameAvailability(round, criteria.length) }
              : {}),
            ...(seat ? { score: scoreAvailability(round) } : {}),
            ...(holds("JURY", "JURY_HEAD")
              ? { closeScoring: closeScoringAvailability(round, missingSheetsText(summary, entries, jury)) }
              : {}),
            ...(keepsPapers ? { proposeList: proposeListAvailability(round) } : {}),
          },
        },
        200,
      );
    },
  )
  .openapi(
    createRoute({
      method: "put",
      path: "/selection-rounds/{id}/frame",
      tags,
      summary:
        "Trưởng ban giám khảo đề xuất khung điểm chi tiết (thay cả danh sách, trước khi được phê duyệt)",
      security: cookieAuth,
      request: { params: roundParam, body: jsonBody(criterionFrameSchema) },
      responses: done,
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const actor = await policy.authorize(c, "selection.score", id);
      await proposeFrame({
        db: c.get("deps").db,
        actor,
        meta: requestMeta(c),
        roundId: id,
        input: c.req.valid("json"),
      });
      return c.body(null, 204);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/selection-rounds/{id}/frame/approve",
      tags,
      summary: "Chủ tịch hội đồng phê duyệt khung điểm; từ đó khung điểm không đổi và giám khảo bắt đầu chấm",
      security: cookieAuth,
      request: { params: roundParam, body: jsonBody(roundVersionSchema) },
      responses: done,
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const actor = await policy.authorize(c, "selection.read", id);
      const { roundVersion } = c.req.valid("json");
      await approveFrame({ db: c.get("deps").db, actor, meta: requestMeta(c), roundId: id, roundVersion });
      return c.body(null, 204);
    },
  )
  .openapi(
    createRoute({
      method: "put",
      path: "/selection-rounds/{id}/entries/{entryId}/sheet",
      tags,
      summary: "Giám khảo lưu phiếu chấm của chính mình cho một sản phẩm (sửa được đến khi khóa chấm điểm)",
      security: cookieAuth,
      request: { params: entryParam, body: jsonBody(sheetInputSchema) },
      responses: {
        200: jsonResponse(z.object({ version: z.number().int(), total: z.string() }), "Đã lưu phiếu"),
        ...writeResponses,
      },
    }),
    async (c) => {
      const { id, entryId } = c.req.valid("param");
      const actor = await policy.authorize(c, "selection.score", id);
      const saved = await saveScoreSheet({
        db: c.get("deps").db,
        actor,
        meta: requestMeta(c),
        roundId: id,
        entryId,
        input: c.req.valid("json"),
      });
      return c.json({ version: saved.version, total: saved.total }, 200);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/selection-rounds/{id}/entries/{entryId}/sheets/{memberId}",
      tags,
      summary: "Một phiếu chấm: của chính mình bất cứ lúc nào; của người khác chỉ sau khi khóa chấm điểm",
      security: cookieAuth,
      request: { params: entryParam.extend({ memberId: pathIdSchema("memberId") }) },
      responses: { 200: jsonResponse(sheetSchema, "Phiếu chấm"), ...errorResponses },
    }),
    async (c) => {
      const { id, entryId, memberId } = c.req.valid("param");
      const { actor, round, db } = await roundFor(c, "selection.read", id);
      const own = (await membershipsOf(db, actor, id)).some((seat) => seat.id === memberId);
      if (!own && !round.scoringClosedAt) throw new AppError("NOT_FOUND");
      const sheet = (await sheetsOf(db, id, [memberId])).find((s) => s.entryId === entryId);
      if (!sheet) throw new AppError("NOT_FOUND");
      return c.json(presentSheet(sheet), 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/selection-rounds/{id}/scoring/close",
      tags,
      summary: "Trưởng ban giám khảo khóa chấm điểm: tính điểm trung bình, đánh dấu đạt từ 70 điểm, xếp hạng",
      security: cookieAuth,
      request: { params: roundParam, body: jsonBody(roundVersionSchema) },
      responses: done,
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const actor = await policy.authorize(c, "selection.score", id);
      const { roundVersion } = c.req.valid("json");
      await closeScoring({ db: c.get("deps").db, actor, meta: requestMeta(c), roundId: id, roundVersion });
      return c.body(null, 204);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/selection-rounds/{id}/scoring/summary",
      tags,
      summary: "Biên bản tổng hợp điểm (sau khi khóa chấm điểm)",
      security: cookieAuth,
      request: { params: roundParam },
      responses: { 200: jsonResponse(summarySchema, "Tổng hợp điểm"), ...errorResponses },
    }),
    async (c) => {
      const { round, jury, entries, summary } = await closedSummary(c, c.req.valid("param").id);
      return c.json(presentSummary(round, jury, entries, summary), 200);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/selection-rounds/{id}/scoring/summary.xlsx",
      tags,
      summary: "Biên bản tổng hợp điểm, tệp Excel",
      security: cookieAuth,
      request: { params: roundParam },
      responses: {
        200: { description: "Tệp .xlsx", content: { [XLSX]: { schema: z.string() } } },
        ...errorResponses,
      },
    }),
    async (c) => {
      const { round, jury, entries, summary } = await closedSummary(c, c.req.valid("param").id);
      const bytes = await summaryMinuteXlsx({
        roundName: round.title,
        jurors: jury.map((member) => ({ memberId: member.id, name: member.fullName })),
        entries: entries.map((entry) => ({
          entryId: entry.id,
          productName: entry.productName,
          establishmentName: entry.establishmentName,
          groupLabel: productGroupLabels[entry.productGroup],
        })),
        summary,
      });
      return c.body(bytes, 200, {
        "content-type": XLSX,
        "content-disposition": attachmentHeader(`tong-hop-diem-${round.code}.xlsx`),
      });
    },
  )
  .openapi(
    createRoute({
      method: "put",
      path: "/selection-rounds/{id}/proposed-list",
      tags,
      summary:
        "Danh sách hội đồng đề nghị công nhận (số lượng do hội đồng quyết định; chỉ sản phẩm từ 70 điểm)",
      security: cookieAuth,
      request: { params: roundParam, body: jsonBody(proposedListSchema) },
      responses: done,
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const actor = await policy.authorize(c, "selection.read", id);
      if (!can(actor.role, "selection.manage") && actor.role !== "COUNCIL_SECRETARY")
        throw new AppError("FORBIDDEN");
      const { roundVersion, entryIds } = c.req.valid("json");
      await proposeList({
        db: c.get("deps").db,
        actor,
        meta: requestMeta(c),
        roundId: id,
        roundVersion,
        entryIds,
      });
      return c.body(null, 204);
    },
  );
