import { foldForSearch } from "@kc/domain";
import sharp from "sharp";
import {
  establishment,
  establishmentEligibility,
  selectionCertificate,
  selectionMember,
  selectionRound,
} from "../src/db/schema/index";
import {
  COMMUNE_DONG_THAP,
  COMMUNE_HA_NOI,
  DONG_THAP,
  HA_NOI,
  seedSampleCommunes,
  type TestContext,
} from "./support";

/**
 * Fixtures of the entry tests (issue 16 item 3): rounds are written directly (the round screens are another part),
 * establishments with the registry's stored verdict, and lower-level certificates valid, expired and revoked.
 */
export const round = (id: string, overrides: Partial<typeof selectionRound.$inferInsert> = {}) => ({
  id,
  code: id,
  title: `Bình chọn sản phẩm CNNT tiêu biểu ${id}`,
  level: "TINH" as const,
  provinceId: DONG_THAP,
  year: 2026,
  organiserName: "Sở Công Thương Đồng Tháp",
  status: "CALL_OPEN" as const,
  searchText: id.toLowerCase(),
  ...overrides,
});

const company = (id: string, name: string, provinceId: string, verdict: string, taxCode: string) => ({
  id,
  provinceId,
  communeId: provinceId === DONG_THAP ? COMMUNE_DONG_THAP : COMMUNE_HA_NOI,
  name,
  legalForm: "DN",
  subjectClass: "CNNT",
  industries: ["N_DD"],
  taxCode,
  searchText: foldForSearch(`${name} ${taxCode}`),
  sortKey: `e|${id}`,
  eligibilityVerdict: verdict,
  eligibilityEvaluatedOn: "2026-01-01",
});

const certificate = (id: string, overrides: Partial<typeof selectionCertificate.$inferInsert>) => ({
  id,
  number: `${id}/2025/CNNT-TINH-P34-82`,
  sequence: Number(id.replace(/\D/g, "")) || 1,
  issuerKey: DONG_THAP,
  level: "TINH" as const,
  year: 2025,
  roundId: "R-DT-2025",
  establishmentId: "est-dt",
  establishmentName: "Công ty TNHH Chiếu cói Định Yên",
  productName: "Chiếu cói in hoa",
  productGroup: "G1" as const,
  issuedOn: "2025-05-10",
  validUntil: "2027-12-31",
  decisionNumber: "12/QĐ-UBND",
  decisionOn: "2025-05-10",
  decisionSigner: "Nguyễn Văn A",
  publicId: `pub-${id}`,
  provinceId: DONG_THAP,
  searchText: "chieu coi",
  ...overrides,
});

export async function seedEntryFixtures(ctx: TestContext, jurorUserId: string) {
  await seedSampleCommunes(ctx);
  await ctx.db
    .insert(establishment)
    .values([
      company("est-dt", "Công ty TNHH Chiếu cói Định Yên", DONG_THAP, "ELIGIBLE", "1400000001"),
      company("est-dt-unknown", "Hộ kinh doanh Bánh phồng Sơn Đốc", DONG_THAP, "UNKNOWN", "1400000002"),
      company("est-hn", "Công ty Gốm Bát Tràng", HA_NOI, "ELIGIBLE", "0100000003"),
    ]);
  await ctx.db.insert(establishmentEligibility).values({
    establishmentId: "est-dt-unknown",
    document: { verdict: "UNKNOWN", summaryVi: "Chưa có số lao động bình quân năm trước" },
  });
  await ctx.db.insert(selectionRound).values([
    round("R-DT"),
    round("R-DT-2025", { year: 2025, status: "CLOSED" }),
    round("R-DT-PLANNED", { status: "PLANNED" }),
    round("R-HN", { provinceId: HA_NOI, organiserName: "Sở Công Thương Hà Nội" }),
    round("R-NAM", {
      level: "KHU_VUC",
      provinceId: null,
      regionCode: "NAM",
      organiserName: "Cục Công Thương địa phương",
    }),
  ]);
  await ctx.db.insert(selectionMember).values({
    id: "m-juror",
    roundId: "R-DT",
    body: "JURY",
    role: "JUROR",
    fullName: "Trần Văn Bình",
    userId: jurorUserId,
  });
  await ctx.db.insert(selectionCertificate).values([
    certificate("C1", {}),
    certificate("C2", {
      issuedOn: "2023-05-10",
      year: 2023,
      validUntil: "2025-12-31",
      number: "2/2023/CNNT-TINH-P34-82",
    }),
    certificate("C3", {
      status: "REVOKED",
      revokedOn: "2026-02-01",
      revokingDecisionNumber: "5/QĐ-UBND",
      revokingDecisionOn: "2026-02-01",
    }),
  ]);
}

export const entryInput = (overrides: Record<string, unknown> = {}) => ({
  establishmentId: "est-dt",
  productName: "Chiếu cói in hoa Định Yên",
  productGroup: "G1",
  description: "Chiếu cói dệt tay, in hoa văn truyền thống",
  ...overrides,
});

/** A real photo of the given size, made by sharp (a gradient, so it compresses like a picture). */
export async function photo(width: number, height: number, format: "jpeg" | "png" | "webp" = "jpeg") {
  const image = sharp({ create: { width, height, channels: 3, background: { r: 180, g: 120, b: 60 } } });
  return new Uint8Array(
    await image[format]()
      .withMetadata({ exif: { IFD0: { Copyright: "GPS 10.1,105.2" } } })
      .toBuffer(),
  );
}

export function photoForm(bytes: Uint8Array, name = "anh.jpg", type = "image/jpeg") {
  const form = new FormData();
  form.append("file", new Blob([bytes as Uint8Array<ArrayBuffer>], { type }), name);
  return form;
}
