import { createRoute, z } from "@hono/zod-openapi";
import { conferenceCreateSchema, conferenceUpdateSchema } from "@kc/domain";
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
      responses: { 201: pageResponse[200], ...errorResponses, ...conflictResponse, ...unprocessableResponse },
    }),
    async (c) => {
      const actor = await conferencePolicy.authorize(c, "conferences.manage");
      const row = await createConference({
        db: c.get("deps").db,
        actor,
        meta: requestMeta(c),
        input: c.req.valid("json"),
      });
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
      responses: { ...pageResponse, ...errorResponses, ...conflictResponse, ...unprocessableResponse },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const actor = await conferencePolicy.authorize(c, "conferences.manage", id);
      await updateConference({
        db: c.get("deps").db,
        actor,
        meta: requestMeta(c),
        id,
        input: c.req.valid("json"),
      });
      return c.json(await conferencePage(c, id), 200);
    },
  );
