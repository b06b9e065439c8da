import { createRoute, z } from "@hono/zod-openapi";
import { conferenceCreateSchema, conferenceUpdateSchema } from "@kc/domain";
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
  requestMeta,
  unprocessableResponse,
} from "../../platform/router";
import { conferencePage, conferencePageSchema, conferenceTags } from "./conference-page";
import { conferencePolicy } from "./conferences.policy";
import { conferenceSchema, presentConference } from "./conferences.presenter";
import { conferenceListQuerySchema, listConferences } from "./conferences.queries";
import { createConference } from "./create-conference";
import { updateConference } from "./update-conference";

const pageResponse = { 200: jsonResponse(conferencePageSchema, "Hội nghị") };
const writeResponses = { ...errorResponses, ...conflictResponse, ...unprocessableResponse };

/** What every conference write starts from: central staff only (403 otherwise) and the use case's options. */
async function conferenceWrite(c: Context<AppEnv>, id?: string) {
  const actor = await conferencePolicy.authorize(c, "conferences.manage", id);
  return { db: c.get("deps").db, actor, meta: requestMeta(c) };
}

/** Regional conferences (issue 17 item 7): the series per region, each with its host, flag and resolutions. */
export const conferenceRoutes = createRouter()
  .openapi(
    createRoute({
      method: "get",
      path: "/conferences",
      tags: conferenceTags,
      summary: "Các hội nghị khuyến công khu vực, mới nhất trước (lọc theo khu vực)",
      security: cookieAuth,
      request: { query: conferenceListQuerySchema },
      responses: {
        200: jsonResponse(
          z.object({ items: z.array(conferenceSchema) }).openapi("ConferenceList"),
          "Danh sách",
        ),
        ...errorResponses,
      },
    }),
    async (c) => {
      await conferencePolicy.authorize(c, "conferences.read");
      const rows = await listConferences(c.get("deps").db, c.req.valid("query"));
      return c.json({ items: rows.map(presentConference) }, 200);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/conferences/{id}",
      tags: conferenceTags,
      summary: "Một hội nghị: tỉnh đăng cai, đơn vị tổ chức, tỉnh nhận cờ, kết luận",
      security: cookieAuth,
      request: { params: idParam },
      responses: { ...pageResponse, ...errorResponses },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      await conferencePolicy.authorize(c, "conferences.read", id);
      return c.json(await conferencePage(c, id), 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/conferences",
      tags: conferenceTags,
      summary:
        "Thêm hội nghị khuyến công khu vực (tỉnh đăng cai, tỉnh nhận cờ thuộc khu vực vào ngày tổ chức)",
      security: cookieAuth,
      request: { body: jsonBody(conferenceCreateSchema) },
      responses: { 201: pageResponse[200], ...writeResponses },
    }),
    async (c) => {
      const row = await createConference({ ...(await conferenceWrite(c)), input: c.req.valid("json") });
      return c.json(await conferencePage(c, row.id), 201);
    },
  )
  .openapi(
    createRoute({
      method: "put",
      path: "/conferences/{id}",
      tags: conferenceTags,
      summary: "Sửa hội nghị (kèm version; 409 nếu người khác đã sửa)",
      security: cookieAuth,
      request: { params: idParam, body: jsonBody(conferenceUpdateSchema) },
      responses: { ...pageResponse, ...writeResponses },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      await updateConference({ ...(await conferenceWrite(c, id)), id, input: c.req.valid("json") });
      return c.json(await conferencePage(c, id), 200);
    },
  );
