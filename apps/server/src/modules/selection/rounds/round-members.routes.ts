import { createRoute, z } from "@hono/zod-openapi";
import { memberInputSchema, memberUpdateSchema } from "@kc/domain";
import type { Context } from "hono";
import type { AppEnv } from "../../../platform/context";
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
  requireActor,
  unprocessableResponse,
} from "../../../platform/router";
import { loadRoundForActor } from "../round-access";
import { addMember } from "./add-member";
import { giveMemberAccount } from "./give-member-account";
import { roundActions, roundPolicy } from "./rounds.policy";
import { memberListSchema, memberSchema, presentMember, presentMemberList } from "./rounds.presenter";
import { roundMembersWithEmail } from "./rounds.queries";
import { updateMember } from "./update-member";

const tags = ["Bình chọn sản phẩm"];
const memberParams = z.object({ id: pathIdSchema("id"), memberId: pathIdSchema("memberId") });
const listResponse = jsonResponse(memberListSchema, "Thành viên hội đồng, ban giám khảo, tổ chuyên gia");

async function memberList(c: Context<AppEnv>, roundId: string) {
  const { db } = c.get("deps");
  const actor = requireActor(c);
  const round = await loadRoundForActor(db, actor, roundId, requestMeta(c));
  return presentMemberList(
    round,
    await roundMembersWithEmail(db, roundId),
    roundActions(actor, round).manageMembers,
  );
}

export const accountGrantSchema = z
  .strictObject({
    version: z.number().int().min(1),
    email: z.email({ error: "Địa chỉ thư điện tử không hợp lệ" }).max(254),
  })
  .openapi("SelectionMemberAccountGrant");

const accountResponse = jsonResponse(
  z
    .object({
      member: memberSchema,
      email: z.string(),
      oneTimePassword: z.string().describe("Mật khẩu dùng một lần, chỉ hiện một lần; phải đổi khi đăng nhập"),
    })
    .openapi("SelectionMemberAccount"),
  "Tài khoản đã cấp và mật khẩu dùng một lần",
);

export const selectionMemberRoutes = createRouter()
  .openapi(
    createRoute({
      method: "get",
      path: "/selection-rounds/{id}/members",
      tags,
      summary: "Hội đồng, ban giám khảo, tổ chuyên gia của đợt và quy định số thành viên (S3)",
      security: cookieAuth,
      request: { params: idParam },
      responses: { 200: listResponse, ...errorResponses },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      await roundPolicy.authorize(c, "selection.read", id);
      return c.json(await memberList(c, id), 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/selection-rounds/{id}/members",
      tags,
      summary: "Thêm thành viên hội đồng, ban giám khảo hoặc tổ chuyên gia (kèm cơ sở có liên quan)",
      security: cookieAuth,
      request: { params: idParam, body: jsonBody(memberInputSchema) },
      responses: { 201: listResponse, ...errorResponses, ...conflictResponse, ...unprocessableResponse },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const actor = await roundPolicy.authorize(c, "selection.manage", id);
      const db = c.get("deps").db;
      await addMember({ db, actor, meta: requestMeta(c), roundId: id, input: c.req.valid("json") });
      return c.json(await memberList(c, id), 201);
    },
  )
  .openapi(
    createRoute({
      method: "put",
      path: "/selection-rounds/{id}/members/{memberId}",
      tags,
      summary: "Sửa một thành viên (hoặc thôi tham gia) theo phiên bản đã đọc",
      security: cookieAuth,
      request: { params: memberParams, body: jsonBody(memberUpdateSchema) },
      responses: { 200: listResponse, ...errorResponses, ...conflictResponse, ...unprocessableResponse },
    }),
    async (c) => {
      const { id, memberId } = c.req.valid("param");
      const actor = await roundPolicy.authorize(c, "selection.manage", id);
      const { version, member } = c.req.valid("json");
      const db = c.get("deps").db;
      await updateMember({ db, actor, meta: requestMeta(c), roundId: id, memberId, version, input: member });
      return c.json(await memberList(c, id), 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/selection-rounds/{id}/members/{memberId}/account",
      tags,
      summary: "Cấp tài khoản đăng nhập cho giám khảo hoặc thư ký hội đồng (mật khẩu một lần, phải đổi)",
      security: cookieAuth,
      request: { params: memberParams, body: jsonBody(accountGrantSchema) },
      responses: { 201: accountResponse, ...errorResponses, ...conflictResponse, ...unprocessableResponse },
    }),
    async (c) => {
      const { id, memberId } = c.req.valid("param");
      const actor = await roundPolicy.authorize(c, "selection.manage", id);
      const { version, email } = c.req.valid("json");
      const db = c.get("deps").db;
      const granted = await giveMemberAccount({
        db,
        actor,
        meta: requestMeta(c),
        roundId: id,
        memberId,
        version,
        email,
      });
      return c.json(
        {
          member: presentMember(granted.member, granted.email),
          email: granted.email,
          oneTimePassword: granted.oneTimePassword,
        },
        201,
      );
    },
  );
