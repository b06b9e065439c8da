import {
  actorKindsFor,
  can,
  type DataScope,
  defaultLocalWorkflow,
  type FundingLevel,
  type ProjectStatus,
  type RoleCode,
  type Transition,
  transitions,
} from "@kc/domain";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, project } from "../src/db/schema/index";
import { DONG_THAP_CENTRE, projectInput } from "./project-support";
import {
  createTestContext,
  engines,
  establishmentInput,
  HA_NOI,
  json,
  seedSampleCommunes,
  signedIn,
  type TestClient,
  type TestContext,
} from "./support";

/**
 * Every transition × every kind of user × own and other scope, through HTTP. The project is put in the step's
 * first from-state (arranged directly in the database) and the step is asked for without documents, so nothing
 * can succeed: the answer says only who may ask — 404 outside the scope, 403 for a body the step does not name
 * (and only a denied-access row is written), 422 (documents or guards missing) for a body it names.
 */
type User = {
  label: string;
  role: RoleCode;
  scope?: DataScope;
  inScope: boolean;
  implementsAsProvince: boolean;
  implementsAsOrganisation: boolean;
};
const users: User[] = [
  {
    label: "provincial officer, own province",
    role: "PROVINCIAL_OFFICER",
    inScope: true,
    implementsAsProvince: true,
    implementsAsOrganisation: false,
  },
  {
    label: "provincial leader, own province",
    role: "PROVINCIAL_LEADER",
    inScope: true,
    implementsAsProvince: true,
    implementsAsOrganisation: false,
  },
  {
    label: "provincial officer, other province",
    role: "PROVINCIAL_OFFICER",
    scope: { kind: "PROVINCE", provinceId: HA_NOI },
    inScope: false,
    implementsAsProvince: false,
    implementsAsOrganisation: false,
  },
  {
    label: "central officer",
    role: "CENTRAL_OFFICER",
    inScope: true,
    implementsAsProvince: false,
    implementsAsOrganisation: false,
  },
  {
    label: "central leader",
    role: "CENTRAL_LEADER",
    inScope: true,
    implementsAsProvince: false,
    implementsAsOrganisation: false,
  },
  {
    label: "central leader of another region",
    role: "CENTRAL_LEADER",
    scope: { kind: "REGION", regionCode: "BAC" },
    inScope: false,
    implementsAsProvince: false,
    implementsAsOrganisation: false,
  },
  {
    label: "auditor",
    role: "AUDITOR",
    inScope: true,
    implementsAsProvince: false,
    implementsAsOrganisation: false,
  },
  {
    label: "implementer, own organisation",
    role: "IMPLEMENTER",
    scope: { kind: "ORGANISATION", organisationId: DONG_THAP_CENTRE },
    inScope: true,
    implementsAsProvince: false,
    implementsAsOrganisation: true,
  },
  {
    label: "implementer, other organisation",
    role: "IMPLEMENTER",
    scope: { kind: "ORGANISATION", organisationId: "ORG-TTKC-P34-01" },
    inScope: false,
    implementsAsProvince: false,
    implementsAsOrganisation: false,
  },
];

function expected(user: User, transition: Transition, level: FundingLevel): number {
  if (!can(user.role, "projects.transition")) return 403;
  if (!user.inScope) return 404;
  // A KCĐP step the province's workflow does not have is refused for the state, whoever asks (409).
  if (level === "KCDP" && !defaultLocalWorkflow.transitions.includes(transition.code)) return 409;
  const kinds = actorKindsFor(user.role, user);
  const actors = transition.levels[level]?.actors ?? [];
  return kinds.some((kind) => actors.includes(kind)) ? 422 : 403;
}

describe.each(engines)("every step × every user on %s", (engine) => {
  let ctx: TestContext;
  const clients = new Map<string, TestClient>();
  const projects: Record<FundingLevel, string> = { KCQG: "", KCDP: "" };

  beforeAll(async () => {
    ctx = await createTestContext(engine);
    await seedSampleCommunes(ctx);
    for (const user of users)
      clients.set(user.label, (await signedIn(ctx, { role: user.role, scope: user.scope })).client);
    const officer = clients.get(users[0]?.label ?? "") as TestClient;
    const establishmentId = (
      await json(await officer.post("/api/v1/establishments", establishmentInput({ taxCode: null })))
    ).id;
    projects.KCQG = (await json(await officer.post("/api/v1/projects", projectInput(establishmentId)))).id;
    projects.KCDP = (
      await json(
        await officer.post(
          "/api/v1/projects",
          projectInput(establishmentId, { fundingLevel: "KCDP", localLevel: "TINH" }),
        ),
      )
    ).id;
  });
  afterAll(async () => ctx?.close());

  const cases = transitions.flatMap((transition) =>
    (Object.keys(transition.levels) as FundingLevel[]).map((level) => ({
      transition,
      level,
      code: transition.code,
    })),
  );

  it.each(cases)("$code ($level): only the bodies the table names may ask", async ({ transition, level }) => {
    const id = projects[level];
    const from = transition.from[0] as ProjectStatus;
    for (const user of users) {
      await ctx.db.update(project).set({ status: from, version: 1 }).where(eq(project.id, id));
      const response = await (clients.get(user.label) as TestClient).post(
        `/api/v1/projects/${id}/steps/${transition.code}`,
        {
          version: 1,
          effectiveOn: "2026-05-10",
          documents: [],
        },
      );
      const want = expected(user, transition, level);
      // CLOSE needs no document: on the arranged project, which has no ledger, there is nothing to reconcile, so
      // the bodies it names may close it (200); everyone else is refused as for any step.
      const allowed = transition.code === "CLOSE" && want === 422 ? [200] : [want];
      const label = `${transition.code} ${level} as ${user.label}: ${(await response.clone().text()).slice(0, 300)}`;
      expect(allowed, label).toContain(response.status);
      if (response.status === 200) continue;
      const [row] = await ctx.db.select().from(project).where(eq(project.id, id));
      expect(row?.status, "a refused step changes nothing").toBe(from);
    }
    const denied = await ctx.db.select().from(auditLog).where(eq(auditLog.entityId, id));
    expect(
      denied.every(
        (row) =>
          row.outcome === "DENIED" || ["PROJECT_CREATED", "PROJECT_STEP_TAKEN:CLOSE"].includes(row.action),
      ),
    ).toBe(true);
  });
});
