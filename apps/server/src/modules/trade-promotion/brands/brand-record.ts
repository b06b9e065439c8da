import {
  type BrandSupportCreateInput,
  checkBrandSupport,
  dongToBigInt,
  foldForSearch,
  vietnameseSortKey,
} from "@kc/domain";
import type { Db } from "../../../db/client";
import type { brandSupport } from "../../../db/schema/index";
import type { Actor } from "../../../platform/context";
import { AppError } from "../../../platform/errors";
import {
  checkEstablishments,
  checkProject,
  checkProvince,
  ReferenceProblems,
} from "../showrooms/record-references";
import { brandCapFor, brandNormCode, brandNormDate } from "./brand-cap";

export type BrandInput = BrandSupportCreateInput;
type BrandColumns = Omit<typeof brandSupport.$inferInsert, "id" | "version" | "createdAt" | "createdBy">;

/**
 * Checks what a brand record points to (province in scope, holder or members in that province's register, the
 * paying project) and its support against norm h of the set in force at the application date. Answers the
 * columns to store, the applied norm recorded with them, so a later change of norms never rewrites the past.
 * Establishments already on the record may stay on it after being archived (`kept`).
 */
export async function checkedBrandColumns(
  tx: Db,
  actor: Actor,
  input: BrandInput,
  today: string,
  kept: ReadonlySet<string> = new Set(),
): Promise<BrandColumns> {
  const problems = new ReferenceProblems();
  if (!(await checkProvince(tx, actor, input.provinceId, today, problems))) problems.throwIfAny();
  const holder = input.establishmentId ? [input.establishmentId] : [];
  const names = await checkEstablishments(
    tx,
    [...holder, ...input.memberEstablishmentIds],
    input.provinceId,
    (index) =>
      index < holder.length ? "establishmentId" : `memberEstablishmentIds.${index - holder.length}`,
    problems,
    kept,
  );
  const project = await checkProject(tx, input.projectId, input.provinceId, "projectId", problems);
  problems.throwIfAny();

  const cost = dongToBigInt(input.cost);
  const supportAmount = dongToBigInt(input.supportAmount);
  const applied = await brandCapFor(tx, { cost, normDate: brandNormDate(input), project });
  const refusal = applied.cap ? checkBrandSupport(supportAmount, applied.cap) : null;
  if (refusal) {
    throw new AppError("BRAND_SUPPORT_ABOVE_NORM", {
      detail: refusal.messageVi,
      errors: [{ path: refusal.field, message: refusal.messageVi }],
    });
  }
  const holderName = input.establishmentId
    ? (names.get(input.establishmentId) ?? "")
    : (input.collectiveName ?? "");
  return {
    brandName: input.brandName,
    markKind: input.markKind,
    establishmentId: input.establishmentId,
    collectiveName: input.establishmentId ? null : input.collectiveName,
    memberEstablishmentIds: input.memberEstablishmentIds,
    provinceId: input.provinceId,
    applicationNumber: input.applicationNumber,
    applicationDate: input.applicationDate,
    registrationNumber: input.registrationNumber,
    registrationDate: input.registrationDate,
    year: input.year,
    cost,
    supportAmount,
    normSetId: applied.normSet?.id ?? null,
    normCode: applied.cap ? brandNormCode : null,
    projectId: input.projectId,
    status: input.status,
    searchText: foldForSearch(
      [input.brandName, holderName, input.applicationNumber ?? "", input.registrationNumber ?? ""].join(" "),
    ),
    sortKey: vietnameseSortKey(input.brandName),
  };
}

/** The audited fields (labelled by `audit-fields.ts`), money as digit strings. */
export function brandSnapshot(row: typeof brandSupport.$inferSelect) {
  return {
    brandName: row.brandName,
    markKind: row.markKind,
    establishmentId: row.establishmentId,
    collectiveName: row.collectiveName,
    memberEstablishmentIds: row.memberEstablishmentIds,
    provinceId: row.provinceId,
    applicationNumber: row.applicationNumber,
    applicationDate: row.applicationDate,
    registrationNumber: row.registrationNumber,
    registrationDate: row.registrationDate,
    year: row.year,
    cost: row.cost.toString(),
    supportAmount: row.supportAmount.toString(),
    normCode: row.normCode,
    projectId: row.projectId,
    status: row.status,
    version: row.version,
  };
}
