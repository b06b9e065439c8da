import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { attach, projectInput } from "./project-support";
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
 * No N+1: the number of statements a project page or list costs does not grow with the project's size (its
 * beneficiaries, estimate lines, documents) or with the number of projects on the page.
 */
describe.each(engines)("queries per request on %s", (engine) => {
  let ctx: TestContext;
  let officer: TestClient;
  let statements = 0;
  let small: string;
  let large: string;

  async function cost(path: string): Promise<number> {
    statements = 0;
    const response = await officer.get(path);
    expect(response.status, await response.clone().text()).toBe(200);
    return statements;
  }

  beforeAll(async () => {
    ctx = await createTestContext(engine, { queryLogger: { logQuery: () => void statements++ } });
    await seedSampleCommunes(ctx);
    officer = (await signedIn(ctx, { role: "PROVINCIAL_OFFICER" })).client;
    const ids: string[] = [];
    for (let i = 0; i < 12; i++) {
      const created = await officer.post(
        "/api/v1/establishments",
        establishmentInput({ taxCode: null, name: `Cơ sở ${i}` }),
      );
      ids.push((await json(created)).id);
    }
    const line = projectInput(ids[0] as string).estimateLines[0];
    small = (await json(await officer.post("/api/v1/projects", projectInput(ids[0] as string)))).id;
    const big = await officer.post(
      "/api/v1/projects",
      projectInput(ids[0] as string, {
        beneficiaries: ids.map((establishmentId) => ({ establishmentId, shareBps: 500 })),
        estimateLines: Array.from({ length: 15 }, (_, i) => ({ ...line, id: `L${i}` })),
      }),
    );
    expect(big.status, await big.clone().text()).toBe(201);
    large = (await json(big)).id;
    for (let i = 0; i < 6; i++)
      expect((await attach(officer, large, { kind: "KHAC", title: `Ảnh ${i}` })).status).toBe(201);
  });
  afterAll(async () => ctx?.close());

  it("reads a project page in the same number of statements whatever its size", async () => {
    const forSmall = await cost(`/api/v1/projects/${small}`);
    const forLarge = await cost(`/api/v1/projects/${large}`);
    expect(forLarge).toBe(forSmall);
    expect(forSmall).toBeGreaterThan(5); // the counter sees the statements (session, project, its children)
    // 18 since issue 14: the page also loads the snapshot the step guards read (step readiness), two statements;
    // 19 since issue 16: one statement reads the beneficiaries' valid certificates (Art. 21 priority), for all.
    expect(forSmall).toBeLessThanOrEqual(19);
  });

  it("reads a list page in the same number of statements for one project or many", async () => {
    const one = await cost("/api/v1/projects?pageSize=1");
    const many = await cost("/api/v1/projects?pageSize=50");
    expect(many).toBe(one);
  });
});
