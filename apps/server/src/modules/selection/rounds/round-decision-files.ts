import { isRoundStepCallers, roundStepsFrom } from "@kc/domain";
import { and, eq } from "drizzle-orm";
import type { Db } from "../../../db/client";
import { selectionRoundDecision, storedFile } from "../../../db/schema/index";
import { logSecurityEvent, writeAudit } from "../../../platform/audit";
import type { Actor, RequestMeta } from "../../../platform/context";
import {
  checkAttachment,
  type StoredFileContent,
  storeAttachment,
  storedFileColumns,
} from "../../../platform/documents/stored-document";
import { AppError } from "../../../platform/errors";
import { loadRoundForActor, membershipsOf } from "../round-access";

const invalidFile = (path: string, message: string) =>
  new AppError("SELECTION_ROUND_REFERENCE_INVALID", { detail: message, errors: [{ path, message }] });

/**
 * Uploads the scanned decision (or minute) that will back the round's next step, as a project files a
 * decision before the step that cites it. Only someone who may take one of the steps out of the round's current
 * state uploads (the organiser's staff, the approver, the council secretary of this round; never a juror): the
 * answer's `fileId` goes into the step's `decision.fileId`, where `takeRoundStep` checks it is the caller's own
 * unfiled upload. The file is checked by content before anything is written.
 */
export async function uploadRoundDecisionFile(options: {
  db: Db;
  actor: Actor;
  meta: RequestMeta;
  roundId: string;
  file: { name: string; bytes: Uint8Array };
}) {
  const { db, actor, meta, roundId, file } = options;
  const round = await loadRoundForActor(db, actor, roundId, meta);
  const isSecretary = (await membershipsOf(db, actor, roundId)).some((m) => m.role === "SECRETARY");
  const caller = { role: actor.role, isSecretary };
  if (
    !roundStepsFrom(round.status, round.level).some((step) => isRoundStepCallers(step, round.level, caller))
  ) {
    await logSecurityEvent(
      db,
      {
        category: "ACCESS",
        action: "DENIED:SELECTION_DECISION_FILE",
        outcome: "DENIED",
        actor,
        entity: "selection_round",
        entityId: roundId,
        detail: { status: round.status },
      },
      meta,
    );
    throw new AppError("FORBIDDEN");
  }
  const checked = await checkAttachment(file, {
    fallbackName: "quyet-dinh-binh-chon",
    code: "SELECTION_DOCUMENT_INVALID",
  });
  return db.transaction(async (tx) => {
    const fileId = await storeAttachment(tx, actor, checked);
    await writeAudit(tx, actor, meta, {
      action: "SELECTION_DECISION_FILE_UPLOADED",
      entity: "selection_round",
      entityId: roundId,
      after: { fileId, fileName: checked.name, size: checked.size, sha256: checked.sha256 },
    });
    return { fileId, fileName: checked.name, size: checked.size, sha256: checked.sha256 };
  });
}

/**
 * A step's decision file must be one the caller uploaded and no decision files yet: an id guessed or copied
 * from elsewhere (another province's project document) would otherwise be served under this round.
 */
export async function assertOwnUnfiledFile(db: Db, actor: Actor, fileId: string | null, path: string) {
  if (!fileId) return;
  const [file] = await db
    .select({ createdBy: storedFile.createdBy, filedIn: selectionRoundDecision.id })
    .from(storedFile)
    .leftJoin(selectionRoundDecision, eq(selectionRoundDecision.fileId, storedFile.id))
    .where(eq(storedFile.id, fileId));
  if (!file || file.createdBy !== actor.userId) throw invalidFile(path, "Không có tệp quyết định này");
  if (file.filedIn) throw invalidFile(path, "Tệp này đã kèm một quyết định khác; hãy tải tệp lên lại");
}

/** A step decision's file, only through a round the caller reaches (else a logged 404). */
export async function readRoundDecisionFile(options: {
  db: Db;
  actor: Actor;
  meta: RequestMeta;
  roundId: string;
  decisionId: string;
}): Promise<StoredFileContent> {
  const { db, actor, meta, roundId, decisionId } = options;
  await loadRoundForActor(db, actor, roundId, meta);
  const [found] = await db
    .select(storedFileColumns)
    .from(selectionRoundDecision)
    .innerJoin(storedFile, eq(storedFile.id, selectionRoundDecision.fileId))
    .where(and(eq(selectionRoundDecision.id, decisionId), eq(selectionRoundDecision.roundId, roundId)));
  if (!found) throw new AppError("NOT_FOUND");
  return found;
}
