import { foldForSearch, normalizeText, type RoundCreateInput } from "@kc/domain";
import { eq } from "drizzle-orm";
import type { Db } from "../../../db/client";
import { selectionRound } from "../../../db/schema/index";
import { logSecurityEvent, writeAudit } from "../../../platform/audit";
import type { Actor, RequestMeta } from "../../../platform/context";
import { AppError } from "../../../platform/errors";
import { assertRoundReferences } from "./round-references";
import { organisesRound } from "./rounds.policy";
import type { RoundRow } from "./rounds.queries";

export const roundSearchText = (r: { code: string; title: string; organiserName: string }) =>
  foldForSearch(`${r.code} ${r.title} ${r.organiserName}`);

/** The round as the audit log keeps it: its own columns, without the derived search key and timestamps. */
export function roundSnapshot(round: RoundRow) {
  const { searchText: _s, createdAt: _c, updatedAt: _u, statusChangedAt: _t, ...rest } = round;
  return rest;
}

/**
 * Plans a selection round (§4.4 PLANNED) with its plan decision. Only the body that organises a round of this
 * level and place may plan it (a province its own provincial rounds, the central agency regional and national
 * ones); the year's parity (S7) is shown with the round, never refused.
 */
export async function createRound(options: {
  db: Db;
  actor: Actor;
  meta: RequestMeta;
  input: RoundCreateInput;
}) {
  const { db, actor, meta, input } = options;
  if (!organisesRound(actor, input)) {
    await logSecurityEvent(
      db,
      {
        category: "ACCESS",
        action: "DENIED:SELECTION_ROUND_ORGANISE",
        outcome: "DENIED",
        actor,
        entity: "selection_round",
      },
      meta,
    );
    throw new AppError("SELECTION_ROUND_OUT_OF_SCOPE", {
      errors: [{ path: "body.level", message: "Cấp, địa bàn này không do cơ quan bạn tổ chức" }],
    });
  }
  await assertRoundReferences(db, actor, input);
  const title = normalizeText(input.title);
  const organiserName = normalizeText(input.organiserName);
  const code = normalizeText(input.code);
  return db.transaction(async (tx) => {
    const [taken] = await tx
      .select({ id: selectionRound.id })
      .from(selectionRound)
      .where(eq(selectionRound.code, code));
    if (taken)
      throw new AppError("SELECTION_ROUND_CODE_TAKEN", {
        errors: [{ path: "body.code", message: `Mã "${code}" đã được dùng cho đợt khác` }],
      });
    const decision = input.planDecision;
    const [row] = await tx
      .insert(selectionRound)
      .values({
        id: crypto.randomUUID(),
        code,
        title,
        level: input.level,
        regionCode: input.regionCode,
        provinceId: input.provinceId,
        districtUnitId: input.districtUnitId,
        year: input.year,
        organiserOrgId: input.organiserOrgId,
        organiserName,
        fundingProjectId: input.fundingProjectId,
        planDecisionNumber: decision?.number ?? null,
        planDecisionOn: decision?.issuedOn ?? null,
        planDecisionSigner: decision?.signer ?? null,
        planDecisionFileId: decision?.fileId ?? null,
        searchText: roundSearchText({ code, title, organiserName }),
        createdBy: actor.userId,
      })
      .returning();
    if (!row) throw new AppError("INTERNAL");
    await writeAudit(tx, actor, meta, {
      action: "SELECTION_ROUND_CREATED",
      entity: "selection_round",
      entityId: row.id,
      after: roundSnapshot(row),
    });
    return row;
  });
}
