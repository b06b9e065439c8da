import { randomBytes } from "node:crypto";
import {
  certificateIssueAction,
  certificateNumbering,
  certificateValidUntil,
  foldForSearch,
  normalizeText,
} from "@kc/domain";
import { and, eq, gte, inArray, isNull, lte, max, or } from "drizzle-orm";
import type { Db } from "../../../db/client";
import {
  adminUnit,
  establishment,
  regionMembership,
  selectionCertificate,
  selectionEntry,
  selectionRound,
} from "../../../db/schema/index";
import { assertAvailable } from "../../../platform/action-availability";
import { writeAudit } from "../../../platform/audit";
import type { Actor, RequestMeta } from "../../../platform/context";
import { AppError } from "../../../platform/errors";
import { loadRoundForActor } from "../round-access";
import { approverRoleFor } from "./certificates.policy";

export type IssueInput = {
  entryIds?: string[] | undefined;
  decisionNumber: string;
  decisionOn: string;
  decisionSigner: string;
  issuedOn?: string | undefined;
};

/** 64 random bits in base64url: the id of the QR URL, unguessable so numbers cannot be walked. */
const newPublicId = () => randomBytes(8).toString("base64url");

/**
 * Issues the certificates of a round's recognised products by the approver's decision (Art. 17–18, S5): numbered
 * per level, issue year and issuer in one transaction that holds the round, valid to 31 December of the issue year
 * + 2. Only the level's approver, only while the round accepts certificates, never twice for one entry. Names are
 * copied, so a later rename does not change a certificate already printed.
 */
export async function issueCertificates(
  db: Db,
  actor: Actor,
  meta: RequestMeta,
  roundId: string,
  input: IssueInput,
) {
  const issuedOn = input.issuedOn ?? input.decisionOn;
  if (issuedOn < input.decisionOn)
    throw new AppError("VALIDATION_FAILED", {
      errors: [{ path: "issuedOn", message: "Ngày cấp không được trước ngày quyết định công nhận" }],
    });
  return db.transaction(async (tx) => {
    const round = await loadRoundForActor(tx, actor, roundId, meta, { lock: true });
    // Who and when, by the rule the tab's button shows; what is left to issue is checked on the entries below.
    assertAvailable(
      certificateIssueAction({
        callerIsApprover: actor.role === approverRoleFor(round.level),
        roundStatus: round.status,
        recognisedWithoutCertificate: Number.POSITIVE_INFINITY,
      }),
    );
    const entries = await tx
      .select({
        entry: selectionEntry,
        establishmentName: establishment.name,
        certificateId: selectionCertificate.id,
      })
      .from(selectionEntry)
      .innerJoin(establishment, eq(establishment.id, selectionEntry.establishmentId))
      .leftJoin(selectionCertificate, eq(selectionCertificate.entryId, selectionEntry.id))
      .where(
        and(
          eq(selectionEntry.roundId, round.id),
          input.entryIds
            ? inArray(selectionEntry.id, input.entryIds)
            : eq(selectionEntry.status, "RECOGNISED"),
        ),
      )
      .orderBy(selectionEntry.rank, selectionEntry.productNameFolded);
    const found = new Set(entries.map((e) => e.entry.id));
    const missing = (input.entryIds ?? []).filter((id) => !found.has(id));
    const notRecognised = entries.filter((e) => e.entry.status !== "RECOGNISED").map((e) => e.entry.id);
    if (missing.length || notRecognised.length)
      throw new AppError("SELECTION_CERTIFICATE_NOT_ALLOWED", {
        detail: "Chỉ cấp giấy chứng nhận cho sản phẩm được công nhận của chính đợt bình chọn này",
        errors: [...missing, ...notRecognised].map((id) => ({
          path: "entryIds",
          message: `Sản phẩm ${id} chưa được công nhận trong đợt này`,
        })),
      });
    const already = entries.filter((e) => e.certificateId !== null);
    if (input.entryIds && already.length)
      throw new AppError("SELECTION_CERTIFICATE_EXISTS", {
        detail: `Đã có giấy chứng nhận: ${already.map((e) => e.entry.productName).join("; ")}`,
      });
    const toIssue = entries.filter((e) => e.certificateId === null);
    if (toIssue.length === 0)
      throw new AppError("SELECTION_CERTIFICATE_EXISTS", {
        detail: "Mọi sản phẩm được công nhận của đợt này đã có giấy chứng nhận",
      });

    const year = Number(issuedOn.slice(0, 4));
    const numbering = certificateNumbering({
      level: round.level,
      issuedOn,
      provinceCode: round.provinceId ? await provinceCodeOf(tx, round.provinceId) : null,
      regionCode: round.regionCode,
    });
    if (!numbering)
      throw new AppError("SELECTION_CERTIFICATE_NUMBERING_MISSING", {
        detail: `Chưa có quy định cách đánh số giấy chứng nhận cấp này cho ngày cấp ${issuedOn}: quản trị viên cần bổ sung cấu hình số giấy chứng nhận`,
      });
    const { issuerKey } = numbering;
    const [last] = await tx
      .select({ sequence: max(selectionCertificate.sequence) })
      .from(selectionCertificate)
      .where(
        and(
          eq(selectionCertificate.level, round.level),
          eq(selectionCertificate.year, year),
          eq(selectionCertificate.issuerKey, issuerKey),
        ),
      );
    let sequence = last?.sequence ?? 0;
    const regionOf = await regionsOf(
      tx,
      toIssue.map((e) => e.entry.provinceId),
      issuedOn,
    );
    const rows = toIssue.map(({ entry, establishmentName }) => {
      sequence += 1;
      const number = numbering.numberOf(sequence);
      const productName = normalizeText(entry.productName);
      const businessName = normalizeText(establishmentName);
      return {
        id: crypto.randomUUID(),
        number,
        sequence,
        issuerKey,
        level: round.level,
        year,
        roundId: round.id,
        entryId: entry.id,
        establishmentId: entry.establishmentId,
        establishmentName: businessName,
        productName,
        productGroup: entry.productGroup,
        issuedOn,
        validUntil: certificateValidUntil(issuedOn),
        decisionNumber: normalizeText(input.decisionNumber),
        decisionOn: input.decisionOn,
        decisionSigner: normalizeText(input.decisionSigner),
        publicId: newPublicId(),
        provinceId: entry.provinceId,
        regionCode: round.regionCode ?? (entry.provinceId ? (regionOf.get(entry.provinceId) ?? null) : null),
        searchText: foldForSearch(`${productName} ${businessName} ${number}`),
        createdBy: actor.userId,
      };
    });
    const inserted = await tx.insert(selectionCertificate).values(rows).returning();
    for (const row of inserted)
      await writeAudit(tx, actor, meta, {
        action: "CERTIFICATE_ISSUED",
        entity: "selection_certificate",
        entityId: row.id,
        after: row,
      });
    await tx.update(selectionRound).set({ updatedAt: new Date() }).where(eq(selectionRound.id, round.id));
    return inserted;
  });
}

/** The region of each province on the issue date (catalogue filter by region for provincial certificates). */
async function regionsOf(db: Db, provinceIds: (string | null)[], day: string) {
  const ids = [...new Set(provinceIds.filter((id): id is string => id !== null))];
  if (!ids.length) return new Map<string, string>();
  const rows = await db
    .select({ provinceId: regionMembership.provinceId, regionCode: regionMembership.regionCode })
    .from(regionMembership)
    .where(
      and(
        inArray(regionMembership.provinceId, ids),
        lte(regionMembership.validFrom, day),
        or(isNull(regionMembership.validTo), gte(regionMembership.validTo, day)),
      ),
    );
  return new Map(rows.map((r) => [r.provinceId, r.regionCode]));
}

/** The province's official code ("82"), which certificate numbers print. */
async function provinceCodeOf(tx: Db, provinceId: string): Promise<string | null> {
  const [unit] = await tx
    .select({ code: adminUnit.code })
    .from(adminUnit)
    .where(eq(adminUnit.id, provinceId));
  return unit?.code ?? null;
}
