import {
  type EntryEligibility,
  type EntryInput,
  evaluateEntryEligibility,
  type SelectionLevel,
  todayInVietnam,
} from "@kc/domain";
import { and, eq, gte, isNull, lte, or } from "drizzle-orm";
import type { Db } from "../../../db/client";
import {
  establishment,
  establishmentEligibility,
  regionMembership,
  selectionCertificate,
  type selectionRound,
} from "../../../db/schema/index";
import type { Actor } from "../../../platform/context";
import { AppError } from "../../../platform/errors";
import { establishmentScope } from "../../establishments/establishments.queries";

type Round = typeof selectionRound.$inferSelect;

const refuse = (path: string, message: string, code: "VALIDATION_FAILED" = "VALIDATION_FAILED") =>
  new AppError(code, { detail: message, errors: [{ path, message }] });

/**
 * The establishment an entry names, if the caller reaches it and it belongs where the round is held: a district
 * or provincial round takes its province's establishments, a regional round those of the region's provinces on
 * the round date, a national round any. A body reference that does not fit is a 422 on the field, not a 404.
 */
export async function establishmentForRound(
  db: Db,
  actor: Actor,
  round: Round,
  establishmentId: string,
  day: string,
) {
  const [row] = await db
    .select({
      id: establishment.id,
      name: establishment.name,
      taxCode: establishment.taxCode,
      provinceId: establishment.provinceId,
      status: establishment.status,
      verdict: establishment.eligibilityVerdict,
      document: establishmentEligibility.document,
    })
    .from(establishment)
    .leftJoin(establishmentEligibility, eq(establishmentEligibility.establishmentId, establishment.id))
    .where(and(eq(establishment.id, establishmentId), establishmentScope(actor)));
  if (!row) throw refuse("body.establishmentId", "Không tìm thấy cơ sở này trong sổ đăng ký bạn được xem");
  if (row.status !== "ACTIVE") throw refuse("body.establishmentId", "Cơ sở đã được lưu trữ");
  if ((round.level === "HUYEN" || round.level === "TINH") && row.provinceId !== round.provinceId)
    throw refuse("body.establishmentId", "Cơ sở không thuộc tỉnh tổ chức đợt bình chọn");
  if (round.level === "KHU_VUC" && !(await provinceInRegion(db, row.provinceId, round.regionCode, day)))
    throw refuse("body.establishmentId", "Cơ sở không thuộc khu vực tổ chức đợt bình chọn");
  return row;
}
export type EntryEstablishment = Awaited<ReturnType<typeof establishmentForRound>>;

async function provinceInRegion(db: Db, provinceId: string, regionCode: string | null, day: string) {
  if (!regionCode) return false;
  const [row] = await db
    .select({ id: regionMembership.id })
    .from(regionMembership)
    .where(
      and(
        eq(regionMembership.provinceId, provinceId),
        eq(regionMembership.regionCode, regionCode),
        lte(regionMembership.validFrom, day),
        or(isNull(regionMembership.validTo), gte(regionMembership.validTo, day)),
      ),
    );
  return Boolean(row);
}

/**
 * S1 and S2 on the round date. The round date is the day the entry is registered or changed: entries are taken
 * only while the call is open, so that day lies in the round's call. S1 reads the registry's stored verdict (the
 * §9.4 rules, evaluated at the registry's last write); S2 reads the lower certificate as it stands that day.
 */
export async function entryEligibility(
  db: Db,
  round: { level: SelectionLevel },
  company: EntryEstablishment,
  input: Pick<EntryInput, "lowerCertificateId" | "recommendationText">,
  day = todayInVietnam(),
): Promise<EntryEligibility & { day: string }> {
  let lowerCertificate = null;
  if (input.lowerCertificateId) {
    const [certificate] = await db
      .select()
      .from(selectionCertificate)
      .where(eq(selectionCertificate.id, input.lowerCertificateId));
    if (!certificate) throw refuse("body.lowerCertificateId", "Không tìm thấy giấy chứng nhận cấp dưới này");
    lowerCertificate = certificate;
  }
  const document = company.document as { verdict?: string; summaryVi?: string } | null;
  const verdict = evaluateEntryEligibility({
    roundLevel: round.level,
    day,
    establishmentId: company.id,
    registryVerdict: company.verdict as "ELIGIBLE" | "NOT_ELIGIBLE" | "UNKNOWN",
    registrySummaryVi: document?.summaryVi ?? "",
    lowerCertificate,
    recommendationText: input.recommendationText,
  });
  if (verdict.ladderRefusal) {
    throw new AppError("SELECTION_LOWER_CERTIFICATE_MISSING", {
      detail: verdict.ladderRefusal,
      errors: [{ path: "body.lowerCertificateId", message: verdict.ladderRefusal }],
    });
  }
  return { ...verdict, day };
}

/** The entry's status from its verdict: an unclear registry record stays "registered" for the officer to check. */
export function statusOfVerdict(verdict: EntryEligibility["verdict"]) {
  return verdict === "ELIGIBLE" ? "ELIGIBLE" : verdict === "NOT_ELIGIBLE" ? "INELIGIBLE" : "REGISTERED";
}
