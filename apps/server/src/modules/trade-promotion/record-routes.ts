import { createRoute, type OpenAPIHono, type z } from "@hono/zod-openapi";
import type { Context } from "hono";
import type { Db } from "../../db/client";
import type { Actor, AppEnv, RequestMeta } from "../../platform/context";
import { pageOf } from "../../platform/pagination";
import {
  conflictResponse,
  cookieAuth,
  errorResponses,
  idParam,
  jsonBody,
  requestMeta,
  requireActor,
  unprocessableResponse,
} from "../../platform/router";
import { canManageTradePromotion, type showroomPolicy } from "./showrooms/showrooms.policy";

const tags = ["Xúc tiến thương mại"];

/**
 * The four routes that showrooms and brand support records share word for word: a page of the records in the
 * caller's scope, one record (another province's is a logged 404), create (201) and versioned update (409 when
 * someone saved first). What differs — the path, the schemas, the queries, the presenter, the use cases — is
 * passed in; routes only one of them has (the brand's support cap) stay in its own route file.
 */
export type RecordRoutesSpec<Row, Query extends { page: number; pageSize: number }, Create, Update> = {
  /** "/showrooms": the list and create path; one record is `${path}/{id}`. */
  path: string;
  policy: typeof showroomPolicy;
  /** The presented record, and the 200 description ("Phòng trưng bày"). */
  schema: z.ZodType;
  descriptionVi: string;
  summaries: { list: string; get: string; create: string; update: string };
  listQuerySchema: z.ZodType<Query>;
  createSchema: z.ZodType<Create>;
  updateSchema: z.ZodType<Update>;
  list: (db: Db, actor: Actor, query: Query) => Promise<{ rows: Row[]; total: number }>;
  find: (db: Db, actor: Actor, id: string) => Promise<Row | null>;
  /** Presents a page of rows (one query for what they refer to, such as a collective mark's members). */
  present: (db: Db, rows: Row[], canEdit: boolean) => Promise<unknown[]>;
  create: (options: { db: Db; actor: Actor; meta: RequestMeta; input: Create }) => Promise<{ id: string }>;
  update: (options: {
    db: Db;
    actor: Actor;
    meta: RequestMeta;
    id: string;
    input: Update;
  }) => Promise<unknown>;
};

/** Adds the list, read, create and update routes of one kind of record to `router`, in that order. */
export function withRecordRoutes<Row, Query extends { page: number; pageSize: number }, Create, Update>(
  router: OpenAPIHono<AppEnv>,
  spec: RecordRoutesSpec<Row, Query, Create, Update>,
): OpenAPIHono<AppEnv> {
  const { policy } = spec;
  const detailResponse = {
    content: { "application/json": { schema: spec.schema } },
    description: spec.descriptionVi,
  };

  /** The record as the caller may see it; outside the scope a logged 404, as if it did not exist. */
  async function detail(c: Context<AppEnv>, id: string) {
    const actor = requireActor(c);
    const { db } = c.get("deps");
    const row = await policy.inScopeOr404(c, await spec.find(db, actor, id), id);
    const [presented] = await spec.present(db, [row], canManageTradePromotion(actor));
    return presented;
  }

  return router
    .openapi(
      createRoute({
        method: "get",
        path: spec.path,
        tags,
        summary: spec.summaries.list,
        security: cookieAuth,
        request: { query: spec.listQuerySchema as unknown as z.ZodObject },
        responses: {
          200: {
            content: { "application/json": { schema: pageOf(spec.schema) } },
            description: "Trang kết quả",
          },
          ...errorResponses,
        },
      }),
      async (c) => {
        const actor = await policy.authorize(c, "tradePromotion.read");
        const query = c.req.valid("query") as Query;
        const { db } = c.get("deps");
        const { rows, total } = await spec.list(db, actor, query);
        const items = await spec.present(db, rows, canManageTradePromotion(actor));
        return c.json({ items, total, page: query.page, pageSize: query.pageSize }, 200);
      },
    )
    .openapi(
      createRoute({
        method: "get",
        path: `${spec.path}/{id}`,
        tags,
        summary: spec.summaries.get,
        security: cookieAuth,
        request: { params: idParam },
        responses: { 200: detailResponse, ...errorResponses },
      }),
      async (c) => {
        const { id } = c.req.valid("param");
        await policy.authorize(c, "tradePromotion.read", id);
        return c.json(await detail(c, id), 200);
      },
    )
    .openapi(
      createRoute({
        method: "post",
        path: spec.path,
        tags,
        summary: spec.summaries.create,
        security: cookieAuth,
        request: { body: jsonBody(spec.createSchema) },
        responses: { 201: detailResponse, ...errorResponses, ...unprocessableResponse },
      }),
      async (c) => {
        const actor = await policy.authorize(c, "tradePromotion.manage");
        const input = c.req.valid("json") as Create;
        const row = await spec.create({ db: c.get("deps").db, actor, meta: requestMeta(c), input });
        return c.json(await detail(c, row.id), 201);
      },
    )
    .openapi(
      createRoute({
        method: "put",
        path: `${spec.path}/{id}`,
        tags,
        summary: spec.summaries.update,
        security: cookieAuth,
        request: { params: idParam, body: jsonBody(spec.updateSchema) },
        responses: { 200: detailResponse, ...errorResponses, ...conflictResponse, ...unprocessableResponse },
      }),
      async (c) => {
        const { id } = c.req.valid("param");
        const actor = await policy.authorize(c, "tradePromotion.manage", id);
        await detail(c, id);
        const input = c.req.valid("json") as Update;
        await spec.update({ db: c.get("deps").db, actor, meta: requestMeta(c), id, input });
        return c.json(await detail(c, id), 200);
      },
    ) as unknown as OpenAPIHono<AppEnv>;
}
