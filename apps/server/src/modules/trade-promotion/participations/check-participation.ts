import type { ParticipationCreateInput } from "@kc/domain";
import type { Db } from "../../../db/client";
import type { Actor, RequestMeta } from "../../../platform/context";
import { supportNormSets } from "../../support-norms/support-norms.queries";
import { evaluateParticipation } from "./participation-rules";
import { assertFairInScope, figuresOf } from "./save-participation";

/**
 * What saving this participation would meet, without saving it: the norm and cap that apply at the fair's start
 * date, the E10 verdict (a warning at the second overseas fair, a refusal naming the others above two) and every
 * problem by field, so the form shows them before the officer presses save. The save runs the same rules again.
 */
export async function checkParticipation(options: {
  db: Db;
  actor: Actor;
  meta: RequestMeta;
  fairId: string;
  participationId: string | null;
  input: ParticipationCreateInput;
}) {
  const { db, actor, meta, fairId, participationId, input } = options;
  const fairRow = await assertFairInScope(db, actor, meta, fairId);
  const normSets = await supportNormSets(db);
  const evaluation = await evaluateParticipation(
    db,
    actor,
    fairRow,
    figuresOf(input),
    participationId,
    normSets,
  );
  return { fairRow, evaluation };
}
