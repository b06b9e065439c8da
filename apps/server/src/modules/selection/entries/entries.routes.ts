import { createRoute, z } from "@hono/zod-openapi";
import { entryInputSchema, entryListQuerySchema, entryStatusCodes, entryUpdateSchema } from "@kc/domain";
import type { Context } from "hono";
import type { AppEnv } from "../../../platform/context";
import { pageOf } from "../../../platform/pagination";
import {
  conflictResponse,
  cookieAuth,
  createRouter,
  errorResponses,
  idParam,
  jsonBody,
  requestMeta,
  requireActor,
  unprocessableResponse,
} from "../../../platform/router";
import { versionOnlySchema } from "../../../platform/versioned-write";
import { loadRoundForActor } from "../round-access";
import { canManageEntries, entryPolicy } from "./entries.policy";
import { entrySchema, presentEntry } from "./entries.presenter";
import {
  certificatesByIds,
  entryStatusCounts,
  findEntryInScope,
  listEntries,
  photoAnglesOf,
} from "./entries.queries";
import { registerEntry } from "./register-entry";
import { entryForActor, updateEntry, withdrawEntry } from "./update-entry";

const tags = ["Bình chọn sản phẩm"];
const entryResponse = {
  content: { "application/json": { schema: entrySchema } },
  description: "Sản phẩm dự bình chọn",
};

/** One entry as the caller may see it now (re-read after a write, so the answer carries the stored verdict). */
async function entryAnswer(c: Context<AppEnv>, entryId: string) {
  const { db } = c.get("deps");
  const actor = requireActor(c);
  const found = await entryPolicy.inScopeOr404(c, await findEntryInScope(db, actor, entryId), entryId);
  const angles = (await photoAnglesOf(db, [entryId])).get(entryId) ?? [];
  const certificates = await certificatesByIds(
    db,
    found.entry.lowerCertificateId ? [found.entry.lowerCertificateId] : [],
  );
  return presentEntry(found, angles, certificates, canManageEntries(actor));
}

export const entryRoutes = createRouter()
  .openapi(
    createRoute({
      method: "get",
      path: "/selection-rounds/{id}/entries",
      tags,
      summary: "Các sản phẩm đăng ký trong một đợt bình chọn (lọc theo nhóm, trạng thái, tìm không dấu)",
      security: cookieAuth,
      request: { params: idParam, query: entryListQuerySchema },
      responses: {
        200: {
          content: {
            "application/json": {
              schema: pageOf(entrySchema).extend({
                statusCounts: z.array(
                  z.object({ status: z.enum(entryStatusCodes), count: z.number().int() }),
                ),
              }),
            },
          },
          description: "Trang kết quả",
        },
        ...errorResponses,
      },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const actor = await entryPolicy.authorize(c, "selection.read");
      const { db } = c.get("deps");
      await loadRoundForActor(db, actor, id, requestMeta(c));
      const query = c.req.valid("query");
      const { rows, total } = await listEntries(db, id, query);
      const ids = rows.map((row) => row.entry.id);
      const angles = await photoAnglesOf(db, ids);
      const certificates = await certificatesByIds(
        db,
        rows.flatMap((row) => (row.entry.lowerCertificateId ? [row.entry.lowerCertificateId] : [])),
      );
      const manage = canManageEntries(actor);
      const items = rows.map((row) =>
        presentEntry(row, angles.get(row.entry.id) ?? [], certificates, manage),
      );
      const statusCounts = (await entryStatusCounts(db, id)).map((s) => ({ status: s.status, count: s.n }));
      return c.json({ items, total, page: query.page, pageSize: query.pageSize, statusCounts }, 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/selection-rounds/{id}/entries",
      tags,
      summary:
        "Đăng ký một sản phẩm dự bình chọn khi đợt đang nhận hồ sơ (xét điều kiện S1, S2 tại ngày đăng ký)",
      security: cookieAuth,
      request: { params: idParam, body: jsonBody(entryInputSchema) },
      responses: { 201: entryResponse, ...errorResponses, ...conflictResponse, ...unprocessableResponse },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const actor = await entryPolicy.authorize(c, "selection.manage");
      const row = await registerEntry({
        db: c.get("deps").db,
        actor,
        meta: requestMeta(c),
        roundId: id,
        input: c.req.valid("json"),
      });
      return c.json(await entryAnswer(c, row.id), 201);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/selection-entries/{id}",
      tags,
      summary: "Một sản phẩm dự bình chọn với kết quả xét điều kiện, ảnh và các thao tác được phép",
      security: cookieAuth,
      request: { params: idParam },
      responses: { 200: entryResponse, ...errorResponses },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const actor = await entryPolicy.authorize(c, "selection.read", id);
      await entryForActor(c.get("deps").db, actor, id, requestMeta(c));
      return c.json(await entryAnswer(c, id), 200);
    },
  )
  .openapi(
    createRoute({
      method: "put",
      path: "/selection-entries/{id}",
      tags,
      summary: "Sửa sản phẩm dự bình chọn (xét lại điều kiện; 409 nếu đã có người sửa trước)",
      security: cookieAuth,
      request: { params: idParam, body: jsonBody(entryUpdateSchema) },
      responses: { 200: entryResponse, ...errorResponses, ...conflictResponse, ...unprocessableResponse },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const actor = await entryPolicy.authorize(c, "selection.manage", id);
      const { version, entry } = c.req.valid("json");
      await updateEntry({
        db: c.get("deps").db,
        actor,
        meta: requestMeta(c),
        entryId: id,
        version,
        input: entry,
      });
      return c.json(await entryAnswer(c, id), 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/selection-entries/{id}/withdraw",
      tags,
      summary: "Rút sản phẩm khỏi đợt bình chọn khi đợt còn nhận hồ sơ",
      security: cookieAuth,
      request: { params: idParam, body: jsonBody(versionOnlySchema) },
      responses: { 200: entryResponse, ...errorResponses, ...conflictResponse },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const actor = await entryPolicy.authorize(c, "selection.manage", id);
      const { version } = c.req.valid("json");
      await withdrawEntry({ db: c.get("deps").db, actor, meta: requestMeta(c), entryId: id, version });
      return c.json(await entryAnswer(c, id), 200);
    },
  );
