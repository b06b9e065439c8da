import { eq, sum } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { project, projectDisbursement } from "../src/db/schema/index";
import { driveToStarted, pay, projectInput } from "./project-support";
import {
  createTestContext,
  engines,
  establishmentInput,
  json,
  seedSampleCommunes,
  signedIn,
  type TestClient,
  type TestContext,
} from "./support";

/**
 * Money invariants under concurrency (DOMAIN §9.5): officers of the paying body recording advances at the same
 * moment can never, together, pass the 70 % cap before acceptance — on PostgreSQL the requests really run in
 * parallel on separate connections and meet on the project's row lock.
 */
describe.each(engines)("money under concurrency on %s", (engine) => {
  let ctx: TestContext;
  let clients: { officer: TestClient; leader: TestClient; central: TestClient; centralLeader: TestClient };
  let projectId: string;

  beforeAll(async () => {
    ctx = await createTestContext(engine);
    await seedSampleCommunes(ctx);
    clients = {
      officer: (await signedIn(ctx, { role: "PROVINCIAL_OFFICER" })).client,
      leader: (await signedIn(ctx, { role: "PROVINCIAL_LEADER" })).client,
      central: (await signedIn(ctx, { role: "CENTRAL_OFFICER" })).client,
      centralLeader: (await signedIn(ctx, { role: "CENTRAL_LEADER" })).client,
    };
    const establishment = await clients.officer.post(
      "/api/v1/establishments",
      establishmentInput({ taxCode: null }),
    );
    const created = await clients.officer.post(
      "/api/v1/projects",
      projectInput((await json(establishment)).id),
    );
    projectId = (await json(created)).id;
    await driveToStarted(clients, projectId);
  });
  afterAll(async () => ctx?.close());

  it("lets ten concurrent payers reach at most the 70 % cap, each advance counted once", async () => {
    const payers = await Promise.all(
      Array.from({ length: 10 }, async () => (await signedIn(ctx, { role: "CENTRAL_OFFICER" })).client),
    );
    const outcomes = await Promise.all(
      payers.map(async (payer) => {
        const seen: number[] = [];
        for (let attempt = 0; attempt < 40; attempt++) {
          const response = await pay(payer, projectId, "ADVANCE", "30000000", "2016-04-25");
          seen.push(response.status);
          if (response.status !== 409) break; // 409: someone paid first; read the new version and try again
        }
        return seen.at(-1);
      }),
    );
    // 150 m × 70 % = 105 m: three advances of 30 m fit, a fourth would not.
    expect(outcomes.filter((status) => status === 200)).toHaveLength(3);
    expect(outcomes.filter((status) => status === 422)).toHaveLength(7);
    const [row] = await ctx.db.select().from(project).where(eq(project.id, projectId));
    const [rows] = await ctx.db
      .select({ total: sum(projectDisbursement.amount) })
      .from(projectDisbursement)
      .where(eq(projectDisbursement.projectId, projectId));
    expect(row?.disbursedTotal).toBe(90_000_000n);
    expect(BigInt(rows?.total ?? "0")).toBe(90_000_000n);
  });

  it("refuses a refund before settlement and an advance by a body that does not pay", async () => {
    const refund = await pay(clients.central, projectId, "REFUND", "1000000", "2016-05-01");
    expect(refund.status).toBe(422);
    expect((await json(refund)).errors[0].path).toBe("money.NOT_SETTLED");
    expect((await pay(clients.leader, projectId, "ADVANCE", "1000000", "2016-05-01")).status).toBe(403);
    const [row] = await ctx.db.select().from(project).where(eq(project.id, projectId));
    expect(row?.disbursedTotal).toBe(90_000_000n);
    expect(row?.refundedTotal).toBe(0n);
  });
});
