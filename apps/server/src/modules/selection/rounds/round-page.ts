import type { Context } from "hono";
import type { AppEnv } from "../../../platform/context";
import { jsonResponse, requireActor } from "../../../platform/router";
import { membershipsOf } from "../round-access";
import { roundActions } from "./rounds.policy";
import { presentRoundDetail, roundDetailSchema } from "./rounds.presenter";
import { type RoundRow, roundPageData } from "./rounds.queries";

export const roundDetailResponse = jsonResponse(roundDetailSchema, "Đợt bình chọn với các bước tiếp theo");

/** The round page's answer for the caller: the round, its decisions, the council's state and the caller's actions. */
export async function roundPage(c: Context<AppEnv>, round: RoundRow) {
  const { db } = c.get("deps");
  const actor = requireActor(c);
  const mine = await membershipsOf(db, actor, round.id);
  const caller = { role: actor.role, isSecretary: mine.some((m) => m.role === "SECRETARY") };
  return presentRoundDetail(round, await roundPageData(db, actor, round), caller, roundActions(actor, round));
}
