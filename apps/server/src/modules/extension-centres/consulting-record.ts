import {
  type ConsultingContractCreateInput,
  dongToBigInt,
  foldForSearch,
  impliedContractState,
  todayInVietnam,
} from "@kc/domain";
import { and, eq } from "drizzle-orm";
import type { Db } from "../../db/client";
import { type consultingContract, establishment } from "../../db/schema/index";
import type { Actor } from "../../platform/context";
import { AppError } from "../../platform/errors";
import { provinceScopeFilter } from "../../platform/policy";

export type ContractInput = ConsultingContractCreateInput;

/**
 * The client of a contract: an establishment of the registry the caller may see (another province's is refused
 * like a missing one, so the registry never leaks), or a name typed in. Answers the name for the search text.
 */
export async function clientNameOf(tx: Db, actor: Actor, input: ContractInput): Promise<string> {
  if (input.clientEstablishmentId === null) return input.clientName ?? "";
  const [row] = await tx
    .select({ name: establishment.name })
    .from(establishment)
    .where(
      and(
        eq(establishment.id, input.clientEstablishmentId),
        provinceScopeFilter(actor, { province: establishment.provinceId }, todayInVietnam()),
      ),
    );
  if (!row) {
    throw new AppError("CONSULTING_CLIENT_INVALID", {
      errors: [{ path: "body.clientEstablishmentId", message: "Không tìm thấy cơ sở này trong sổ đăng ký" }],
    });
  }
  return row.name;
}

export function contractColumns(input: ContractInput, clientName: string) {
  return {
    clientEstablishmentId: input.clientEstablishmentId,
    clientName: input.clientEstablishmentId === null ? input.clientName : null,
    subject: input.subject,
    contractNumber: input.contractNumber,
    value: dongToBigInt(input.value),
    signedOn: input.signedOn,
    finishedOn: input.finishedOn,
    revenueReceived: dongToBigInt(input.revenueReceived),
    state: input.state ?? impliedContractState(input.finishedOn),
    searchText: foldForSearch(`${input.subject} ${clientName} ${input.contractNumber ?? ""}`),
  };
}

/** What the audit row keeps of a contract (money as decimal strings, as the API shows it). */
export function contractAuditSnapshot(row: typeof consultingContract.$inferSelect) {
  return {
    centreOrgId: row.centreOrgId,
    clientEstablishmentId: row.clientEstablishmentId,
    clientName: row.clientName,
    subject: row.subject,
    contractNumber: row.contractNumber,
    value: row.value.toString(),
    signedOn: row.signedOn,
    finishedOn: row.finishedOn,
    revenueReceived: row.revenueReceived.toString(),
    state: row.state,
  };
}
