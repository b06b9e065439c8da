import { dongToBigInt, foldForSearch, type ShowroomCreateInput, vietnameseSortKey } from "@kc/domain";
import type { Db } from "../../../db/client";
import type { showroom } from "../../../db/schema/index";
import type { Actor } from "../../../platform/context";
import {
  checkCentre,
  checkCommune,
  checkEstablishments,
  checkProject,
  checkProvince,
  ReferenceProblems,
} from "./record-references";

export type ShowroomInput = ShowroomCreateInput;
type ShowroomColumns = Omit<typeof showroom.$inferInsert, "id" | "version" | "createdAt" | "createdBy">;

/**
 * What a showroom points to, checked together: the province in the caller's scope, the commune in it, the centre
 * or establishment that holds the showroom in that province (an archived establishment only when it already
 * held it), and a funding project of the province or the centre. Answers the owner's name for the search text.
 */
export async function checkShowroomReferences(
  tx: Db,
  actor: Actor,
  input: ShowroomInput,
  today: string,
  keptEstablishmentId: string | null = null,
): Promise<string> {
  const problems = new ReferenceProblems();
  if (!(await checkProvince(tx, actor, input.provinceId, today, problems))) problems.throwIfAny();
  await checkCommune(tx, input.communeId, input.provinceId, problems);
  await checkCentre(tx, input.centreOrgId, input.provinceId, problems);
  const names = await checkEstablishments(
    tx,
    input.establishmentId ? [input.establishmentId] : [],
    input.provinceId,
    () => "establishmentId",
    problems,
    new Set(keptEstablishmentId ? [keptEstablishmentId] : []),
  );
  await checkProject(tx, input.fundingProjectId, input.provinceId, "fundingProjectId", problems);
  // An unknown or foreign centre or establishment is the showroom's own error code; the rest share one.
  const ownerWrong = problems.errors.some((e) => e.path === "centreOrgId" || e.path === "establishmentId");
  problems.throwIfAny(ownerWrong ? "SHOWROOM_OWNER_INVALID" : undefined);
  return input.establishmentId ? (names.get(input.establishmentId) ?? "") : "";
}

/** The stored columns of a checked input; the year is the opening year, for the SHOWROOMS count. */
export function showroomColumns(input: ShowroomInput, ownerName: string): ShowroomColumns {
  return {
    name: input.name,
    kind: input.kind,
    centreOrgId: input.centreOrgId,
    establishmentId: input.establishmentId,
    provinceId: input.provinceId,
    communeId: input.communeId,
    addressText: input.addressText,
    productsShown: input.productsShown,
    openedOn: input.openedOn,
    closedOn: input.closedOn,
    year: Number(input.openedOn.slice(0, 4)),
    fundingProjectId: input.fundingProjectId,
    supportAmount: dongToBigInt(input.supportAmount),
    searchText: foldForSearch([input.name, input.productsShown, input.addressText, ownerName].join(" ")),
    sortKey: vietnameseSortKey(input.name),
  };
}

/** The audited fields (the catalogue of `audit-fields.ts` labels them), money as digit strings. */
export function showroomSnapshot(row: typeof showroom.$inferSelect) {
  return {
    name: row.name,
    kind: row.kind,
    centreOrgId: row.centreOrgId,
    establishmentId: row.establishmentId,
    provinceId: row.provinceId,
    communeId: row.communeId,
    addressText: row.addressText,
    productsShown: row.productsShown,
    openedOn: row.openedOn,
    closedOn: row.closedOn,
    fundingProjectId: row.fundingProjectId,
    supportAmount: row.supportAmount.toString(),
    version: row.version,
  };
}
