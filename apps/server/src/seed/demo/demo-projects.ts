import { projectCreateSchema, type RoleCode } from "@kc/domain";
import { asc, count, eq, inArray } from "drizzle-orm";
import type { Db } from "../../db/client";
import { establishment, project, user } from "../../db/schema/index";
import { createProject } from "../../modules/projects/create-project";
import { uploadProjectDocument } from "../../modules/projects/project-documents";
import { recordDisbursement } from "../../modules/projects/record-disbursement";
import { recordProgressReport } from "../../modules/projects/record-progress-report";
import { takeStep } from "../../modules/projects/take-step";
import type { Actor } from "../../platform/context";
import { scopeFrom } from "../../platform/middleware";
import { type DemoProvince, demoProjectPlans } from "./demo-project-plans";
import type { Act, Who } from "./demo-project-scripts";

const meta = { requestId: "demo-seed", ip: null, userAgent: null };

/** People of the demo accounts who act on the projects, by province. */
const accounts: Record<DemoProvince, Record<Exclude<Who, "central" | "centralLeader">, string>> = {
  DT: { officer: "dongthap@demo.khuyencong.vn", leader: "lanhdao.dongthap@demo.khuyencong.vn" },
  TH: { officer: "thanhhoa@demo.khuyencong.vn", leader: "lanhdao.thanhhoa@demo.khuyencong.vn" },
};
const central = {
  central: "trunguong@demo.khuyencong.vn",
  centralLeader: "lanhdao.trunguong@demo.khuyencong.vn",
};
export const demoProvinceIds: Record<DemoProvince, string> = { DT: "P34-82", TH: "P34-38" };

/** A minimal PDF, so attachments go through the same content check as an officer's upload. */
const pdf = (title: string) =>
  new TextEncoder().encode(
    `%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n% ${title}\ntrailer<</Root 1 0 R>>\n%%EOF\n`,
  );

/**
 * Demo projects in every state, across years and two provinces, including the Thanh Hóa pilot national project on
 * forest-product processing 2018–2020 (DOMAIN §2), driven through the same use cases as the screens: every step
 * is checked by the transition table and guards, every đồng by the ledger. One transaction: a start killed
 * half-way leaves none. Skipped when any project exists or the demo accounts are missing.
 */
export async function seedDemoProjects(db: Db): Promise<number> {
  const [existing] = await db.select({ n: count() }).from(project);
  if ((existing?.n ?? 0) > 0) return 0;
  const emails = [...Object.values(accounts).flatMap((a) => Object.values(a)), ...Object.values(central)];
  const people = await db.select().from(user).where(inArray(user.email, emails));
  if (people.length !== emails.length) return 0;
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
  return db.transaction(async (tx) => {
    let created = 0;
    for (const plan of demoProjectPlans) {
      const provinceId = demoProvinceIds[plan.province];
      const beneficiaries = await tx
        .select({ id: establishment.id, communeId: establishment.communeId })
        .from(establishment)
        .where(eq(establishment.provinceId, provinceId))
        .orderBy(asc(establishment.sortKey))
        .offset(plan.beneficiaryOffset)
        .limit(plan.beneficiaries);
      if (beneficiaries.length === 0) continue;
      const who = (role: Who) =>
        actorOf(
          role === "central" || role === "centralLeader" ? central[role] : accounts[plan.province][role],
        );
      // Parsed like a request body, so the demo input meets the same schema (and gets the same defaults).
      const input = projectCreateSchema.parse(plan.input(provinceId, beneficiaries));
      const row = await createProject({ db: tx, actor: who("officer"), meta, input });
      for (const act of plan.acts) await perform(tx, row.id, act, who);
      created++;
    }
    return created;
  });
}

async function perform(tx: Db, id: string, act: Act, who: (role: Who) => Actor) {
  const actor = who(act.by);
  const version = async () =>
    (await tx.select({ v: project.version }).from(project).where(eq(project.id, id)))[0]?.v ?? 1;
  if ("attach" in act) {
    await uploadProjectDocument({
      db: tx,
      actor,
      meta,
      projectId: id,
      fields: {
        kind: act.attach as never,
        number: null,
        date: null,
        signer: null,
        signerAuthority: null,
        title: act.evidence ? `Hồ sơ nghiệm thu: ${act.evidence}` : "Đơn đề nghị hỗ trợ của cơ sở",
        evidenceCode: act.evidence ?? null,
      },
      file: { name: `${act.evidence ?? act.attach}.pdf`.toLowerCase(), bytes: pdf(act.attach) },
    });
  } else if ("pay" in act) {
    await recordDisbursement({
      db: tx,
      actor,
      meta,
      id,
      input: {
        version: await version(),
        kind: act.pay,
        amount: act.amount.toString(),
        paidOn: act.on,
        treasuryRef: null,
        note: "",
      },
    });
  } else if ("report" in act) {
    await recordProgressReport({
      db: tx,
      actor,
      meta,
      id,
      input: {
        version: await version(),
        period: act.report,
        reportedOn: act.on,
        percentComplete: act.percent,
        spend: null,
        workDone: `Báo cáo tháng ${act.report.slice(5)}/${act.report.slice(0, 4)}`,
        verifiedByDoit: act.verified,
      },
    });
  } else {
    const serial = act.on.replaceAll("-", "").slice(2);
    await takeStep({
      db: tx,
      actor,
      meta,
      id,
      code: act.step,
      request: {
        version: await version(),
        effectiveOn: act.on,
        note: "",
        documents: act.docs.map(([kind, authority]) => ({
          kind: kind as never,
          number: `${serial}/${kind.startsWith("QD") ? "QĐ" : "VB"}`,
          date: act.on,
          signer: authority ? "Lãnh đạo có thẩm quyền" : actor.name,
          signerAuthority: authority ?? null,
          title: "",
          documentId: null,
        })),
        ...act.extra,
      },
    });
  }
}
