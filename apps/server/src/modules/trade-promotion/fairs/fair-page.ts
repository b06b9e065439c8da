import type { Context } from "hono";
import type { AppEnv } from "../../../platform/context";
import { requireActor } from "../../../platform/router";
import { fairActionsFor, fairPolicy } from "./fairs.policy";
import { fairDetailSchema, presentFairDetail } from "./fairs.presenter";
import { filedDocumentKinds, findFairInScope, loadFairDetail } from "./fairs.queries";

/** What the fairs' routes files share: their tag, the fair page's answer and its response. */
export const fairTags = ["Hội chợ triển lãm"];
export const fairDetailResponse = {
  content: { "application/json": { schema: fairDetailSchema } },
  description: "Hội chợ với các số đếm, văn bản, nơi đến của cơ sở tham gia và các thao tác được làm",
};

/** The fair page's answer: the row in scope (else a logged 404), its details and the caller's actions. */
export async function fairPage(c: Context<AppEnv>, id: string) {
  const actor = requireActor(c);
  const { db } = c.get("deps");
  const row = await fairPolicy.inScopeOr404(c, await findFairInScope(db, actor, id), id);
  const detail = await loadFairDetail(db, row);
  const filed = await filedDocumentKinds(db, id);
  return presentFairDetail(row, detail, fairActionsFor(actor, row, filed));
}
