import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD, seedDemoAccounts } from "../src/seed/demo/demo-accounts";
import { seedDemoEstablishments } from "../src/seed/demo/demo-establishments";
import { seedDemoProjects } from "../src/seed/demo/demo-projects";
import {
  createTestContext,
  engines,
  type Json,
  json,
  seedSampleCommunes,
  type TestClient,
  type TestContext,
} from "./support";

/**
 * Issue 14, item 2, through HTTP on the demo projects (every state the demo shows, national and local): the
 * project page offers each step of the caller's body with the reasons the server would refuse it now, and the
 * server keeps that promise — a step whose conditions all hold is accepted with a correct form dated today, a
 * step shown blocked is refused (422) for the very guard codes shown, and a step left open past a deadline (for
 * a step dated before it) is refused today for that deadline alone. Callers: own province (officer and leader), another province,
 * national (central officer and leader) and an auditor, who is offered no step.
 */
const accounts = {
  dongThapOfficer: "dongthap@demo.khuyencong.vn",
  dongThapLeader: "lanhdao.dongthap@demo.khuyencong.vn",
  thanhHoaOfficer: "thanhhoa@demo.khuyencong.vn",
  hanoiOfficer: "hanoi@demo.khuyencong.vn",
  centralOfficer: "trunguong@demo.khuyencong.vn",
  centralLeader: "lanhdao.trunguong@demo.khuyencong.vn",
  auditor: "kiemtra@demo.khuyencong.vn",
} as const;
type Account = keyof typeof accounts;

const TOP_SIGNER = { KCQG: "MINISTER", KCDP: "PROVINCIAL_PC_CHAIR" } as const;
const WITH_APPRAISAL = ["APPRAISE_BASE", "APPRAISE_CENTRAL", "REJECT_BASE", "REJECT_CENTRAL"];
const WITH_CONTRACT = ["SIGN_CONTRACT", "SIGN_LOCAL_CONTRACT", "AWARD_TENDER"];

/** The form as an officer fills it in to succeed: every document with every field, signed at the top. */
function validForm(project: Json, step: Json, today: string) {
  return {
    version: project.version,
    effectiveOn: today,
    note: "",
    documents: step.documents.map((requirement: Json) => ({
      kind: requirement.anyOf[0].code,
      number: "12/QĐ",
      date: today,
      signer: "Nguyễn Văn An",
      signerAuthority: TOP_SIGNER[project.fundingLevel.code as "KCQG" | "KCDP"],
      title: "",
    })),
    ...(WITH_APPRAISAL.includes(step.code)
      ? { appraisal: { result: step.code.startsWith("REJECT") ? "KHONG_DAT" : "DAT", failedCriteria: [] } }
      : {}),
    ...(WITH_CONTRACT.includes(step.code) ? { contractSupport: project.kcTotal } : {}),
    ...(step.code === "REQUEST_ADJUSTMENT" ? { adjustmentTypes: ["GIAM_KINH_PHI"] } : {}),
    ...(["ACCEPT", "SETTLE_PARTIAL"].includes(step.code)
      ? { acceptedSpend: project.money?.disbursed ?? project.kcTotal }
      : {}),
  };
}

describe.each(engines)("steps with their reasons on %s", (engine) => {
  let ctx: TestContext;
  const clients = {} as Record<Account, TestClient>;
  let projects: Json[] = [];
  const today = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);

  beforeAll(async () => {
    ctx = await createTestContext(engine);
    await seedSampleCommunes(ctx);
    await seedDemoAccounts(ctx.db);
    await seedDemoEstablishments(ctx.db, 60);
    await seedDemoProjects(ctx.db);
    for (const [name, email] of Object.entries(accounts)) {
      const client = ctx.client();
      expect((await client.signIn(email, DEMO_PASSWORD)).status).toBe(200);
      clients[name as Account] = client;
    }
    const list = await clients.centralLeader.get("/api/v1/projects?pageSize=100");
    projects = (await json(list)).items;
  }, 120_000);
  afterAll(async () => ctx?.close());

  it("offers each caller only its body's steps, each with a checklist and its reasons", async () => {
    expect(projects.length).toBeGreaterThanOrEqual(14);
    const seen = { available: 0, blocked: 0 };
    for (const summary of projects) {
      for (const name of Object.keys(accounts) as Account[]) {
        const response = await clients[name].get(`/api/v1/projects/${summary.id}`);
        const ownProvince = summary.province?.id === "P34-82" ? "dongThap" : "thanhHoa";
        if (name === "hanoiOfficer" || (name.startsWith("dongThap") && ownProvince !== "dongThap")) {
          expect(response.status, `${name} on ${summary.code}`).toBe(404);
          continue;
        }
        if (name === "thanhHoaOfficer" && ownProvince !== "thanhHoa") {
          expect(response.status).toBe(404);
          continue;
        }
        expect(response.status).toBe(200);
        const steps: Json[] = (await json(response)).actions.steps;
        if (name === "auditor") expect(steps).toEqual([]);
        expect(steps.filter((s) => s.primary).length).toBeLessThanOrEqual(1);
        for (const step of steps) {
          expect(step.available).toBe(step.blockers.length === 0);
          const unmet = step.conditions.filter((c: Json) => !c.met);
          if (!step.available) expect(unmet.length).toBeGreaterThan(0);
          if (step.primary) expect(unmet).toEqual([]);
          for (const blocker of step.blockers) expect(blocker.messageVi.length).toBeGreaterThan(10);
          if (step.primary) expect(step).toMatchObject({ available: true, direction: "FORWARD" });
          seen[step.available ? "available" : "blocked"] += 1;
        }
      }
    }
    // The demo has both, or this test would prove nothing.
    expect(seen.available).toBeGreaterThan(5);
    expect(seen.blocked).toBeGreaterThan(0);
  });

  it("refuses a step shown blocked for the reasons shown, and accepts a step shown available", async () => {
    let refused = 0;
    let accepted = 0;
    for (const summary of projects) {
      // Steps with an unmet condition first: a refusal changes nothing, so every caller's can be tried.
      const offers: [Account, Json][] = [];
      for (const name of [
        "dongThapOfficer",
        "dongThapLeader",
        "thanhHoaOfficer",
        "centralOfficer",
        "centralLeader",
      ] as const) {
        const response = await clients[name].get(`/api/v1/projects/${summary.id}`);
        if (response.status !== 200) continue;
        const project = await json(response);
        for (const step of project.actions.steps) {
          const unmet = step.conditions.filter((c: Json) => !c.met).map((c: Json) => c.code);
          if (unmet.length === 0) {
            offers.push([name, step]);
            continue;
          }
          const answer = await clients[name].post(
            `/api/v1/projects/${summary.id}/steps/${step.code}`,
            validForm(project, step, today),
          );
          const body = await json(answer);
          expect(answer.status, `${summary.code} ${step.code}: ${JSON.stringify(body)}`).toBe(422);
          expect(body.code).toBe("PROJECT_STEP_REQUIREMENTS_UNMET");
          const codes = body.errors.map((e: Json) => e.path.replace(/^transition\./, ""));
          for (const blocker of step.blockers) expect(codes).toContain(blocker.code);
          // Open only for a step dated before a passed deadline: refused today for that deadline alone.
          if (step.available) for (const code of codes) expect(unmet).toContain(code);
          refused += 1;
        }
      }
      // Then one available step per project (it changes the state): the one the page makes its main button.
      const [name, step] = offers.find(([, s]) => s.primary) ?? offers[0] ?? [];
      if (!name || !step) continue;
      const project = await json(await clients[name].get(`/api/v1/projects/${summary.id}`));
      const answer = await clients[name].post(
        `/api/v1/projects/${summary.id}/steps/${step.code}`,
        validForm(project, step, today),
      );
      expect(answer.status, `${summary.code} ${step.code} by ${name}: ${await answer.clone().text()}`).toBe(
        200,
      );
      accepted += 1;
    }
    expect(refused).toBeGreaterThan(0);
    expect(accepted).toBeGreaterThan(5);
  });
});
