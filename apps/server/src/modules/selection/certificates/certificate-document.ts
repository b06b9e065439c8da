import {
  certificateVerificationUrl,
  ORG_KEYS,
  organisationNameAt,
  productGroupLabels,
  type SelectionLevel,
} from "@kc/domain";
import { eq, inArray } from "drizzle-orm";
import type { Db } from "../../../db/client";
import { adminUnit, organisationName, selectionRound } from "../../../db/schema/index";
import { buildInWorker } from "../../../platform/office/office-workers";
import { type CertificateDocumentInput, certificateDocxTask } from "./certificate.docx";
import type { SigningKey } from "./certificate-keys";
import type { CertificateRow } from "./certificate-scope";
import { tokenOf } from "./certificates.presenter";

const signerTitles: Record<SelectionLevel, string> = {
  HUYEN: "Chủ tịch",
  TINH: "Chủ tịch",
  KHU_VUC: "Cục trưởng",
  QUOC_GIA: "Bộ trưởng",
};

/**
 * What the printed certificate says, resolved as on the issue date: the issuing authority of the level (the
 * province's People's Committee, the central agency under its name that day, or the Ministry), the establishment's
 * province (no street), place, signer; and the QR code's signed URL.
 */
export async function certificateDocumentInput(
  db: Db,
  row: CertificateRow,
  context: { key: SigningKey; publicUrl: string },
): Promise<CertificateDocumentInput> {
  const [round] = await db.select().from(selectionRound).where(eq(selectionRound.id, row.roundId));
  const unitIds = [row.provinceId, round?.provinceId].filter((id): id is string => Boolean(id));
  const units = unitIds.length
    ? await db
        .select({ id: adminUnit.id, name: adminUnit.name, kind: adminUnit.kind })
        .from(adminUnit)
        .where(inArray(adminUnit.id, unitIds))
    : [];
  const unit = (id: string | null | undefined) => units.find((u) => u.id === id);
  /** "Tỉnh Đồng Tháp", "Thành phố Hà Nội": the register keeps the bare name and the kind. */
  const styled = (id: string | null | undefined, capital: boolean) => {
    const found = unit(id);
    if (!found) return "";
    const word = found.kind === "TP_TRUC_THUOC_TW" ? "thành phố" : "tỉnh";
    return `${capital ? word[0]?.toUpperCase() + word.slice(1) : word} ${found.name}`;
  };
  let issuer = "Bộ Công Thương";
  let place = "Hà Nội";
  if (row.level === "HUYEN" || row.level === "TINH") {
    issuer = `Ủy ban nhân dân ${styled(round?.provinceId, false)}`;
    place = unit(round?.provinceId)?.name ?? "";
  } else if (row.level === "KHU_VUC") {
    const names = await db
      .select()
      .from(organisationName)
      .where(eq(organisationName.organisationId, ORG_KEYS.centralAgency));
    issuer = organisationNameAt(names, row.issuedOn)?.name ?? "Cục Công Thương địa phương";
  }
  return {
    number: row.number,
    level: row.level,
    year: row.year,
    product: row.productName,
    productGroupLabel: productGroupLabels[row.productGroup],
    establishment: row.establishmentName,
    province: styled(row.provinceId, true),
    issuer,
    decisionNumber: row.decisionNumber,
    decisionDate: row.decisionOn,
    issuedOn: row.issuedOn,
    validUntil: row.validUntil,
    place,
    signerTitle: signerTitles[row.level],
    signerName: row.decisionSigner,
    verificationUrl: certificateVerificationUrl(context.publicUrl, row.publicId, tokenOf(row, context.key)),
  };
}

export async function certificateDocxOf(
  db: Db,
  row: CertificateRow,
  context: { key: SigningKey; publicUrl: string },
) {
  return buildInWorker(certificateDocxTask, await certificateDocumentInput(db, row, context));
}
