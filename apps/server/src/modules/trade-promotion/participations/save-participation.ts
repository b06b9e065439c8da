import {
  type FieldError,
  fairAcceptsParticipations,
  normalizeSharedBoothKey,
  type ParticipationCreateInput,
} from "@kc/domain";
import { eq } from "drizzle-orm";
import type { Db } from "../../../db/client";
import { establishment, fairParticipation } from "../../../db/schema/index";
import { writeAudit } from "../../../platform/audit";
import type { Actor, RequestMeta } from "../../../platform/context";
import { AppError } from "../../../platform/errors";
import { notFoundForActor } from "../../../platform/policy";
import { atExpectedVersion, nextVersion, rowAtVersion, updatedRow } from "../../../platform/versioned-write";
import { supportNormSets } from "../../support-norms/support-norms.queries";
import { recountFair } from "./fair-counters";
import {
  evaluateParticipation,
  type ParticipationEvaluation,
  type ParticipationFigures,
  type RuleProblem,
} from "./participation-rules";
import {
  type FairRow,
  findFairInScope,
  findParticipation,
  type ParticipationRow,
} from "./participations.queries";

export function figuresOf(input: ParticipationCreateInput): ParticipationFigures {
  return {
    establishmentId: input.establishmentId,
    wholeBooths: input.wholeBooths,
    sharedBoothKey: input.sharedBoothKey,
    sharedBoothShareBps: input.sharedBoothShareBps,
    boothRent: BigInt(input.boothRent),
    otherListedCosts: BigInt(input.otherListedCosts),
    approvedPrice: input.approvedPrice === null ? null : BigInt(input.approvedPrice),
    supportShareBps: input.supportShareBps,
    supportAmount: BigInt(input.supportAmount),
    payingProjectId: input.payingProjectId,
  };
}

/** The first problem's code answers; every problem names its field, so the form marks each one. */
export function refusalOf(problems: readonly RuleProblem[]): AppError {
  const [first] = problems;
  if (!first) throw new Error("refusalOf called without problems");
  const errors: FieldError[] = problems.map((p) => ({ path: `body.${p.field}`, message: p.messageVi }));
  return new AppError(first.code, {
    detail: first.messageVi,
    errors,
    extensions: first.others ? { others: first.others } : undefined,
  });
}

/** The columns a participation stores, with the shared booth key in its one spelling and the norm applied. */
function columnsOf(fairRow: FairRow, input: ParticipationCreateInput, evaluation: ParticipationEvaluation) {
  const figures = figuresOf(input);
  return {
    establishmentId: input.establishmentId,
    provinceId: evaluation.establishment?.provinceId ?? "",
    abroad: fairRow.level === "ABROAD",
    year: fairRow.year,
    wholeBooths: input.wholeBooths,
    sharedBoothKey: input.sharedBoothKey === null ? null : normalizeSharedBoothKey(input.sharedBoothKey),
    sharedBoothShareBps: input.sharedBoothShareBps,
    boothRent: figures.boothRent,
    otherListedCosts: figures.otherListedCosts,
    approvedPrice: figures.approvedPrice,
    supportShareBps: input.supportShareBps,
    supportAmount: figures.supportAmount,
    normSetId: evaluation.cap?.normSetId ?? null,
    normCode: evaluation.cap?.normCode ?? null,
    payingProjectId: input.payingProjectId,
    productsShown: input.productsShown,
  };
}

export type SavedParticipation = { row: ParticipationRow; warnings: { code: string; messageVi: string }[] };

function warningsOf(evaluation: ParticipationEvaluation) {
  return evaluation.overseas.verdict === "WARN"
    ? [{ code: evaluation.overseas.code, messageVi: evaluation.overseas.messageVi }]
    : [];
}

/** The fair locked for this write, accepting participations; outside the scope a logged 404 before any write. */
export async function lockedFair(tx: Db, actor: Actor, fairId: string): Promise<FairRow> {
  const fairRow = await findFairInScope(tx, actor, fairId, { lock: true });
  if (!fairRow) throw new AppError("NOT_FOUND");
  if (!fairAcceptsParticipations(fairRow.status)) throw new AppError("FAIR_NOT_ACCEPTING_PARTICIPATIONS");
  return fairRow;
}

export async function assertFairInScope(db: Db, actor: Actor, meta: RequestMeta, fairId: string) {
  const fairRow = await findFairInScope(db, actor, fairId);
  if (!fairRow) return notFoundForActor(db, actor, meta, { entity: "fair", entityId: fairId });
  return fairRow;
}

/** Adds one establishment to one fair under the rules; the fair's counters and the audit row in the same transaction. */
export async function createParticipation(options: {
  db: Db;
  actor: Actor;
  meta: RequestMeta;
  fairId: string;
  input: ParticipationCreateInput;
}): Promise<SavedParticipation> {
  const { db, actor, meta, fairId, input } = options;
  await assertFairInScope(db, actor, meta, fairId);
  const normSets = await supportNormSets(db);
  return db.transaction(async (tx) => {
    const fairRow = await lockedFair(tx, actor, fairId);
    // E10 looks across fairs: the establishment's row lock queues two overseas writes for it.
    if (fairRow.level === "ABROAD") await lockEstablishment(tx, input.establishmentId);
    const evaluation = await evaluateParticipation(tx, actor, fairRow, figuresOf(input), null, normSets);
    if (evaluation.problems.length > 0) throw refusalOf(evaluation.problems);
    const [row] = await tx
      .insert(fairParticipation)
      .values({
        id: crypto.randomUUID(),
        fairId,
        ...columnsOf(fairRow, input, evaluation),
        createdBy: actor.userId,
        updatedBy: actor.userId,
      })
      .returning();
    if (!row) throw new Error("insert returned no row");
    await recountFair(tx, fairId);
    await writeAudit(tx, actor, meta, {
      action: "FAIR_PARTICIPATION_CREATED",
      entity: "fair_participation",
      entityId: row.id,
      after: auditSnapshot(row),
    });
    return { row, warnings: warningsOf(evaluation) };
  });
}

/** Replaces a participation's booths, money and products when its version is the one the officer edited. */
export async function updateParticipation(options: {
  db: Db;
  actor: Actor;
  meta: RequestMeta;
  fairId: string;
  id: string;
  version: number;
  input: ParticipationCreateInput;
}): Promise<SavedParticipation> {
  const { db, actor, meta, fairId, id, version, input } = options;
  await assertFairInScope(db, actor, meta, fairId);
  const normSets = await supportNormSets(db);
  return db.transaction(async (tx) => {
    const fairRow = await lockedFair(tx, actor, fairId);
    const current = atExpectedVersion(await findParticipation(tx, fairId, id, { lock: true }), version);
    if (fairRow.level === "ABROAD") await lockEstablishment(tx, input.establishmentId);
    const evaluation = await evaluateParticipation(tx, actor, fairRow, figuresOf(input), id, normSets);
    if (evaluation.problems.length > 0) throw refusalOf(evaluation.problems);
    const row = updatedRow(
      await tx
        .update(fairParticipation)
        .set({ ...columnsOf(fairRow, input, evaluation), ...nextVersion(current), updatedBy: actor.userId })
        .where(rowAtVersion(fairParticipation, id, version))
        .returning(),
    );
    await recountFair(tx, fairId);
    await writeAudit(tx, actor, meta, {
      action: "FAIR_PARTICIPATION_UPDATED",
      entity: "fair_participation",
      entityId: id,
      before: auditSnapshot(current),
      after: auditSnapshot(row),
    });
    return { row, warnings: warningsOf(evaluation) };
  });
}

/** Removes a participation entered by mistake (while the fair still accepts changes); counters follow. */
export async function deleteParticipation(options: {
  db: Db;
  actor: Actor;
  meta: RequestMeta;
  fairId: string;
  id: string;
  version: number;
}): Promise<void> {
  const { db, actor, meta, fairId, id, version } = options;
  await assertFairInScope(db, actor, meta, fairId);
  await db.transaction(async (tx) => {
    await lockedFair(tx, actor, fairId);
    const current = atExpectedVersion(await findParticipation(tx, fairId, id, { lock: true }), version);
    await tx.delete(fairParticipation).where(rowAtVersion(fairParticipation, id, version));
    await recountFair(tx, fairId);
    await writeAudit(tx, actor, meta, {
      action: "FAIR_PARTICIPATION_DELETED",
      entity: "fair_participation",
      entityId: id,
      before: auditSnapshot(current),
    });
  });
}

export async function lockEstablishment(tx: Db, id: string): Promise<void> {
  await tx.select({ id: establishment.id }).from(establishment).where(eq(establishment.id, id)).for("update");
}

/** What the history shows: the stored columns without bookkeeping. */
export function auditSnapshot(row: ParticipationRow) {
  const { createdAt: _c, updatedAt: _u, createdBy: _cb, updatedBy: _ub, ...rest } = row;
  return rest;
}
