import { type RoleCode, todayInVietnam } from "@kc/domain";
import { and, asc, eq, inArray } from "drizzle-orm";
import type { Db } from "../../db/client";
import { establishment, selectionEntry, selectionMember, selectionRound, user } from "../../db/schema/index";
import { issueCertificates } from "../../modules/selection/certificates/issue-certificates";
import { revokeCertificate } from "../../modules/selection/certificates/revoke-certificate";
import { recordComplaint, resolveComplaint } from "../../modules/selection/complaints/complaint-steps";
import { takeRoundStep } from "../../modules/selection/rounds/take-round-step";
import { closeScoring } from "../../modules/selection/scoring/close-scoring";
import { approveFrame, proposeFrame } from "../../modules/selection/scoring/frame-steps";
import { proposeList } from "../../modules/selection/scoring/propose-list";
import { saveScoreSheet } from "../../modules/selection/scoring/save-score-sheet";
import { criteriaOf } from "../../modules/selection/scoring/scoring.queries";
import type { Actor } from "../../platform/context";
import { scopeFrom } from "../../platform/middleware";

const meta = { requestId: "demo-seed", ip: null, userAgent: null };
export const DEMO_ROUND_ID = "demo-round-2026-DT";
const DONG_THAP = "P34-82";
const EMAILS = {
  officer: "dongthap@demo.khuyencong.vn",
  leader: "lanhdao.dongthap@demo.khuyencong.vn",
  secretary: "thuky.dongthap@demo.khuyencong.vn",
  jurors: ["giamkhao1@demo.khuyencong.vn", "giamkhao2@demo.khuyencong.vn", "giamkhao3@demo.khuyencong.vn"],
};
/** Each entry's level, in hundredths of the maximum: four pass 70 points, the last does not. */
const ENTRY_LEVELS = [0.9, 0.84, 0.78, 0.73, 0.6];
const FRAME = [
  {
    criterionGroup: "C1" as const,
    label: "Khả năng đáp ứng thị trường và tiềm năng phát triển",
    maxPoints: "30",
  },
  {
    criterionGroup: "C2" as const,
    label: "Hiệu quả kinh tế, kỹ thuật, xã hội và môi trường",
    maxPoints: "30",
  },
  { criterionGroup: "C3" as const, label: "Giá trị văn hóa, thẩm mỹ", maxPoints: "25" },
  {
    criterionGroup: "C4" as const,
    label: "Tiêu chí khác (bao bì, nhãn mác, truy xuất nguồn gốc)",
    maxPoints: "15",
  },
];
const decision = (number: string, issuedOn: string, signer: string) => ({
  number,
  issuedOn,
  signer,
  signerAuthority: null,
  title: "",
  fileId: null,
});

/**
 * One complete provincial round of Đồng Tháp in 2026 (issue 16 item 9): council and jury with their own demo
 * accounts, the chair's approved frame, every juror's sheets, the summary, the recognised list, certificates, a
 * complaint answered and a certificate revoked. The round, its members and entries are written as the earlier
 * steps would leave them (the historic rounds are written the same way); from the frame on, every step goes
 * through the use cases the screens call, so rules, versions and audit rows are the real ones. One transaction;
 * skipped when the round exists, the accounts are missing or the registry has too few Đồng Tháp establishments.
 */
export async function seedDemoProvincialRound(db: Db): Promise<number> {
  const [existing] = await db
    .select({ id: selectionRound.id })
    .from(selectionRound)
    .where(eq(selectionRound.id, DEMO_ROUND_ID));
  if (existing) return 0;
  const emails = [EMAILS.officer, EMAILS.leader, EMAILS.secretary, ...EMAILS.jurors];
  const people = await db.select().from(user).where(inArray(user.email, emails));
  const holders = await db
    .select({ id: establishment.id, name: establishment.name, products: establishment.mainProducts })
    .from(establishment)
    .where(and(eq(establishment.provinceId, DONG_THAP), eq(establishment.status, "ACTIVE")))
    .orderBy(asc(establishment.sortKey))
    .limit(ENTRY_LEVELS.length);
  if (people.length !== emails.length || holders.length < ENTRY_LEVELS.length) return 0;
  const actorOf = (email: string): Actor => {
    const person = people.find((p) => p.email === email);
    if (!person) throw new Error(`demo account ${email} missing`);
    return {
      userId: person.id,
      email: person.email,
      name: person.name,
      role: person.role as RoleCode,
      scope: scopeFrom(person),
      organisationId: person.organisationId,
      sessionId: "demo-seed",
      twoFactorEnabled: false,
    };
  };
  const [officer, leader, secretary, ...jurors] = emails.map(actorOf) as [Actor, Actor, Actor, ...Actor[]];
  const title = "Bình chọn sản phẩm CNNT tiêu biểu tỉnh Đồng Tháp năm 2026";
  return db.transaction(async (tx) => {
    await tx.insert(selectionRound).values({
      id: DEMO_ROUND_ID,
      code: "BC-DTP-2026",
      title,
      level: "TINH",
      provinceId: DONG_THAP,
      year: 2026,
      organiserName: "Sở Công Thương Đồng Tháp",
      status: "JUDGING",
      searchText: "binh chon san pham cnnt tieu bieu tinh dong thap nam 2026",
      createdBy: officer.userId,
    });
    const seat = (
      id: string,
      body: "COUNCIL" | "JURY",
      role: string,
      fullName: string,
      userId: string | null,
    ) => ({
      id: `${DEMO_ROUND_ID}-${id}`,
      roundId: DEMO_ROUND_ID,
      body,
      role: role as "CHAIR",
      fullName,
      position: "",
      organisationName: body === "JURY" ? "Hội đồng bình chọn tỉnh Đồng Tháp" : "Sở Công Thương Đồng Tháp",
      userId,
    });
    await tx
      .insert(selectionMember)
      .values([
        seat("chair", "COUNCIL", "CHAIR", leader.name, leader.userId),
        seat("vice", "COUNCIL", "STANDING_VICE_CHAIR", "Đặng Văn Phó", null),
        seat("secretary", "COUNCIL", "SECRETARY", secretary.name, secretary.userId),
        ...["Huỳnh Thị Mai", "Phan Văn Lộc", "Trương Thị Hạnh", "Mai Văn Tùng"].map((name, i) =>
          seat(`member${i + 1}`, "COUNCIL", "COUNCIL_MEMBER", name, null),
        ),
        ...jurors.map((juror, i) =>
          seat(`juror${i + 1}`, "JURY", i === 0 ? "JURY_HEAD" : "JUROR", juror.name, juror.userId),
        ),
      ]);
    const entryIds = holders.map((_, i) => `${DEMO_ROUND_ID}-e${i + 1}`);
    await tx.insert(selectionEntry).values(
      holders.map((holder, i) => {
        const productName = (holder.products.split(",")[0] ?? "").trim() || `Sản phẩm của ${holder.name}`;
        return {
          id: entryIds[i] as string,
          roundId: DEMO_ROUND_ID,
          establishmentId: holder.id,
          provinceId: DONG_THAP,
          productName,
          productNameFolded: productName
            .normalize("NFD")
            .replace(/\p{M}/gu, "")
            .replace(/đ/gi, "d")
            .toLowerCase(),
          productGroup: (["G1", "G2", "G3", "G4"] as const)[i % 4] ?? "G1",
          status: "ELIGIBLE" as const,
          searchText: productName.toLowerCase(),
          createdBy: officer.userId,
        };
      }),
    );
    const version = async () =>
      (
        await tx
          .select({ v: selectionRound.version })
          .from(selectionRound)
          .where(eq(selectionRound.id, DEMO_ROUND_ID))
      )[0]?.v ?? 1;
    const step = { db: tx, meta, roundId: DEMO_ROUND_ID };
    const head = jurors[0] as Actor;
    await proposeFrame({ ...step, actor: head, input: { roundVersion: await version(), criteria: FRAME } });
    await approveFrame({ ...step, actor: leader, roundVersion: await version() });
    const criteria = await criteriaOf(tx, DEMO_ROUND_ID);
    for (const [j, juror] of jurors.entries()) {
      for (const [i, entryId] of entryIds.entries()) {
        // Jurors differ by a point or two; every score is a multiple of 0.5 within its criterion's maximum.
        const level = (ENTRY_LEVELS[i] ?? 0.6) + (j - 1) * 0.02;
        const scores = Object.fromEntries(
          criteria.map((c) => [c.id, String(Math.round(Number(c.maxPoints) * level * 2) / 2)]),
        );
        await saveScoreSheet({ ...step, actor: juror, entryId, input: { scores, note: "", version: null } });
      }
    }
    await closeScoring({ ...step, actor: head, roundVersion: await version() });
    const recognised = entryIds.slice(0, 4);
    await proposeList({ ...step, actor: secretary, roundVersion: await version(), entryIds: recognised });
    const take = async (
      actor: Actor,
      stepCode: "PROPOSE_RESULTS" | "RECOGNISE" | "NOTIFY_RESULTS",
      on: string,
      no: string,
    ) =>
      takeRoundStep({
        db: tx,
        actor,
        meta,
        id: DEMO_ROUND_ID,
        input: {
          version: await version(),
          step: stepCode,
          effectiveOn: on,
          decision: decision(no, on, actor.name),
          note: "",
        },
      });
    await take(officer, "PROPOSE_RESULTS", "2026-10-05", "12/BB-HĐBC");
    await take(leader, "RECOGNISE", "2026-10-12", "2451/QĐ-UBND");
    // The recognition step marks the council's proposed entries recognised and the others not (use case).
    const issued = await issueCertificates(tx, leader, meta, DEMO_ROUND_ID, {
      entryIds: recognised,
      decisionNumber: "2451/QĐ-UBND",
      decisionOn: "2026-10-12",
      decisionSigner: leader.name,
      issuedOn: "2026-10-15",
    });
    await take(officer, "NOTIFY_RESULTS", "2026-10-16", "305/TB-SCT");
    const complaint = await recordComplaint({
      ...step,
      actor: secretary,
      input: {
        entryId: entryIds[4] as string,
        filedOn: "2026-10-22",
        receivedOn: "2026-10-23",
        filedByName: holders[4]?.name ?? "Cơ sở dự thi",
        content: "Đề nghị hội đồng xem lại điểm tiêu chí giá trị văn hóa, thẩm mỹ của sản phẩm.",
      },
    });
    await resolveComplaint({
      ...step,
      actor: secretary,
      complaintId: complaint.id,
      input: {
        version: complaint.version,
        status: "REJECTED",
        resolution: "Hội đồng đã xem lại phiếu chấm của ba giám khảo; giữ nguyên kết quả.",
        resolvedOn: "2026-11-02",
      },
    });
    const revoked = issued[3];
    if (revoked && todayInVietnam() >= "2026-11-20") {
      await revokeCertificate(tx, leader, meta, revoked.id, {
        version: revoked.version,
        revokedOn: "2026-11-20",
        decisionNumber: "2790/QĐ-UBND",
        decisionOn: "2026-11-18",
        reason: "Cơ sở vi phạm quy định về an toàn thực phẩm, bị xử phạt vi phạm hành chính.",
      });
    }
    return 1 + entryIds.length + issued.length;
  });
}
