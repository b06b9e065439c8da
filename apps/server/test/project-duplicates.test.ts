import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { attach, expectStep, projectInput, signed } from "./project-support";
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

/** E9: a second support of the same establishment, activity and item in an overlapping period is flagged. */
describe.each(engines)("duplicate support on %s", (engine) => {
  let ctx: TestContext;
  let officer: TestClient;
  let establishmentId: string;
  let first: { id: string; code: string };

  const create = async (overrides: Record<string, unknown>) => {
    const response = await officer.post("/api/v1/projects", projectInput(establishmentId, overrides));
    expect(response.status, await response.clone().text()).toBe(201);
    return json(response);
  };

  beforeAll(async () => {
    ctx = await createTestContext(engine);
    await seedSampleCommunes(ctx);
    officer = (await signedIn(ctx, { role: "PROVINCIAL_OFFICER" })).client;
    establishmentId = (
      await json(await officer.post("/api/v1/establishments", establishmentInput({ taxCode: null })))
    ).id;
    first = await create({});
    expect((await attach(officer, first.id, { kind: "DON_DE_NGHI_HO_TRO" })).status).toBe(201);
    await expectStep(officer, first.id, "SUBMIT_BASE", {
      effectiveOn: "2015-05-10",
      documents: [signed("CONG_VAN_DE_NGHI", "2015-05-10")],
    });
  });
  afterAll(async () => ctx?.close());

  it("warns about the same item for the same establishment in an overlapping period, with a link", async () => {
    const second = await create({ startDate: "2016-06-01", endDate: "2017-03-31" });
    const page = await json(await officer.get(`/api/v1/projects/${second.id}`));
    expect(page.duplicateSupport).toEqual([
      expect.objectContaining({
        projectId: first.id,
        code: first.code,
        content: "MAY_MOC_THIET_BI",
        matchedOn: "ITEM",
      }),
    ]);
  });

  it("does not warn for another activity, another period, or a project that was never funded", async () => {
    const training = await create({
      activities: ["DAO_TAO_NGHE"],
      estimateLines: [
        {
          ...projectInput(establishmentId).estimateLines[0],
          normCode: null,
          spendingCategory: "DAO_TAO_NGHE",
        },
      ],
    });
    const later = await create({ planYear: 2019, startDate: "2019-02-01", endDate: "2019-12-31" });
    for (const id of [training.id, later.id]) {
      expect((await json(await officer.get(`/api/v1/projects/${id}`))).duplicateSupport).toEqual([]);
    }
    // The first project sees the drafts above as nothing: a draft was never funded.
    expect((await json(await officer.get(`/api/v1/projects/${first.id}`))).duplicateSupport).toEqual([]);
  });
});
