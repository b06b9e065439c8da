import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  establishment,
  selectionCertificate,
  selectionCriterion,
  selectionEntry,
  selectionMember,
  selectionRound,
  selectionScore,
  selectionScoreSheet,
} from "../src/db/schema/index";
import {
  COMMUNE_DONG_THAP,
  createTestContext,
  DONG_THAP,
  engines,
  seedSampleCommunes,
  type TestContext,
} from "./support";

/**
 * The integrity rules of the selection tables that no use case can forget because the database holds them: a
 * round's place follows its level, a member's role its body, a score stays within its criterion's maximum and in
 * its own round, a certificate's validity is S5's and an entry has one certificate. Each refused write leaves
 * nothing behind.
 */

/** The constraint a refused write names (node-postgres and PGlite both carry it, possibly on `cause`). */
function constraintOf(error: unknown): string | undefined {
  const e = error as { constraint?: string; cause?: { constraint?: string } } | null;
  return e?.constraint ?? e?.cause?.constraint;
}

const refused = (write: Promise<unknown>) =>
  write.then(
    () => "written",
    (error: unknown) => constraintOf(error) ?? String(error),
  );

const round = (id: string, overrides: Partial<typeof selectionRound.$inferInsert> = {}) => ({
  id,
  code: id,
  title: "Bình chọn sản phẩm CNNT tiêu biểu tỉnh Đồng Tháp",
  level: "TINH" as const,
  provinceId: DONG_THAP,
  year: 2027,
  organiserName: "Sở Công Thương Đồng Tháp",
  searchText: "binh chon",
  ...overrides,
});

describe.each(engines)("selection tables' integrity on %s", (engine) => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext(engine);
    await seedSampleCommunes(ctx);
    await ctx.db.insert(establishment).values({
      id: "est-1",
      provinceId: DONG_THAP,
      communeId: COMMUNE_DONG_THAP,
      name: "Cơ sở chiếu cói Định Yên",
      legalForm: "HKD",
      subjectClass: "CNNT",
      industries: ["N_DD"],
      searchText: "co so chieu coi dinh yen",
      sortKey: "e|1",
      eligibilityVerdict: "ELIGIBLE",
      eligibilityEvaluatedOn: "2027-01-01",
    });
    await ctx.db.insert(selectionRound).values([round("R-A"), round("R-B")]);
    await ctx.db.insert(selectionMember).values([
      { id: "m-a", roundId: "R-A", body: "JURY", role: "JURY_HEAD", fullName: "Trần Văn Bình" },
      { id: "m-b", roundId: "R-B", body: "JURY", role: "JUROR", fullName: "Lê Thị Cúc" },
    ]);
    await ctx.db.insert(selectionCriterion).values([
      { id: "c-a", roundId: "R-A", criterionGroup: "C1", position: 1, label: "Thị trường", maxPoints: "30" },
      { id: "c-b", roundId: "R-B", criterionGroup: "C1", position: 1, label: "Thị trường", maxPoints: "30" },
    ]);
    await ctx.db.insert(selectionEntry).values({
      id: "e-a",
      roundId: "R-A",
      establishmentId: "est-1",
      productName: "Chiếu cói",
      productNameFolded: "chieu coi",
      productGroup: "G1",
      searchText: "chieu coi",
    });
    await ctx.db
      .insert(selectionScoreSheet)
      .values({ id: "s-a", roundId: "R-A", entryId: "e-a", memberId: "m-a", total: "0" });
  });
  afterAll(async () => ctx?.close());

  it("ties a round's place to its level", async () => {
    expect(await refused(ctx.db.insert(selectionRound).values(round("R-X", { provinceId: null })))).toBe(
      "selection_round_place_ck",
    );
    expect(
      await refused(
        ctx.db.insert(selectionRound).values(round("R-Y", { level: "QUOC_GIA", regionCode: "NAM" })),
      ),
    ).toBe("selection_round_place_ck");
    expect(
      await refused(ctx.db.insert(selectionRound).values(round("R-Z", { title: "Bi\u0300nh cho\u0323n" }))),
    ).toBe("selection_round_title_nfc");
  });

  it("refuses a role from another body", async () => {
    const chairOnJury = {
      id: "m-x",
      roundId: "R-A",
      body: "JURY" as const,
      role: "CHAIR" as const,
      fullName: "A",
    };
    expect(await refused(ctx.db.insert(selectionMember).values(chairOnJury))).toBe(
      "selection_member_role_ck",
    );
  });

  it("keeps a score within its criterion's maximum and inside its own round", async () => {
    expect(
      await refused(
        ctx.db.insert(selectionScore).values({ sheetId: "s-a", criterionId: "c-a", points: "30.01" }),
      ),
    ).toBe("selection_score_max_ck");
    expect(
      await refused(
        ctx.db.insert(selectionScore).values({ sheetId: "s-a", criterionId: "c-b", points: "1" }),
      ),
    ).toBe("selection_score_round_ck");
    expect(
      await refused(
        ctx.db.insert(selectionScore).values({ sheetId: "s-a", criterionId: "c-a", points: "-1" }),
      ),
    ).toBe("selection_score_points_ck");
    expect(await ctx.db.select().from(selectionScore)).toEqual([]);
    await ctx.db.insert(selectionScore).values({ sheetId: "s-a", criterionId: "c-a", points: "30" });
    expect(
      await refused(
        ctx.db.update(selectionScore).set({ points: "31" }).where(eq(selectionScore.sheetId, "s-a")),
      ),
    ).toBe("selection_score_max_ck");
    const [stored] = await ctx.db.select().from(selectionScore);
    expect(stored?.points).toBe("30.00");
  });

  it("refuses a sheet by a member of another round and a second sheet by the same juror", async () => {
    const foreign = { id: "s-x", roundId: "R-A", entryId: "e-a", memberId: "m-b", total: "0" };
    expect(await refused(ctx.db.insert(selectionScoreSheet).values(foreign))).toBe(
      "selection_score_sheet_round_ck",
    );
    const again = { id: "s-y", roundId: "R-A", entryId: "e-a", memberId: "m-a", total: "0" };
    expect(await refused(ctx.db.insert(selectionScoreSheet).values(again))).toBe(
      "selection_score_sheet_entry_member_uq",
    );
  });

  it("holds S5 validity, S8 revocation and one certificate per entry", async () => {
    const certificate = {
      id: "cert-1",
      number: "1/2027/CNNT-TINH-P34-82",
      sequence: 1,
      issuerKey: DONG_THAP,
      level: "TINH" as const,
      year: 2027,
      roundId: "R-A",
      entryId: "e-a",
      establishmentId: "est-1",
      establishmentName: "Cơ sở chiếu cói Định Yên",
      productName: "Chiếu cói",
      productGroup: "G1" as const,
      issuedOn: "2027-11-20",
      validUntil: "2029-12-31",
      decisionNumber: "123/QĐ-UBND",
      decisionOn: "2027-11-20",
      decisionSigner: "Chủ tịch UBND tỉnh",
      publicId: "pub-1",
      searchText: "chieu coi co so chieu coi dinh yen",
    };
    expect(
      await refused(ctx.db.insert(selectionCertificate).values({ ...certificate, validUntil: "2030-12-31" })),
    ).toBe("selection_certificate_validity_ck");
    expect(
      await refused(ctx.db.insert(selectionCertificate).values({ ...certificate, status: "REVOKED" })),
    ).toBe("selection_certificate_revoked_ck");
    await ctx.db.insert(selectionCertificate).values(certificate);
    const twice = {
      ...certificate,
      id: "cert-2",
      number: "2/2027/CNNT-TINH-P34-82",
      sequence: 2,
      publicId: "pub-2",
    };
    expect(await refused(ctx.db.insert(selectionCertificate).values(twice))).toBe(
      "selection_certificate_entry_uq",
    );
    expect((await ctx.db.select().from(selectionCertificate)).map((row) => row.id)).toEqual(["cert-1"]);
  });
});
