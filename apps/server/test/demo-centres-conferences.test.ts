import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemoAccounts } from "../src/seed/demo/demo-accounts";
import { seedDemoExtensionCentres } from "../src/seed/demo/demo-extension-centres";
import { seedDemoFigures } from "../src/seed/demo/demo-figures";
import { docxText } from "./office-readback";
import { createTestContext, engines, json, signedIn, type TestClient, type TestContext } from "./support";

type Conference = { id: string; regionCode: string; ordinal: number; title: string };

/**
 * The demo reproduces the centres' and conferences' figures of the conference reports from records (DOMAIN
 * §2.1): 1.048 staff of whom 875 on quota in 63 centres in 2018 (≈16,6 and 13,9 per centre); the Northern XVIII
 * conference's "62 dự án tư vấn, 4,87 tỷ đồng, đạt 49,1 % kế hoạch năm" (153,7 % of the same period of 2023);
 * the Southern IX conference's 7-month figures in its pack.
 */
describe.each(engines)("demo centres and conferences on %s", (engine) => {
  let ctx: TestContext;
  let central: TestClient;
  let conferences: Conference[] = [];
  beforeAll(async () => {
    ctx = await createTestContext(engine);
    await seedDemoAccounts(ctx.db);
    await seedDemoFigures(ctx.db);
    central = (await signedIn(ctx, { role: "CENTRAL_LEADER", scope: { kind: "NATIONAL" } })).client;
  });
  afterAll(async () => ctx?.close());

  it("seeds once, through the use cases", async () => {
    // 63 snapshots, 45 + 62 contracts, 10 plans, 2 conferences with a resolution each.
    expect(await seedDemoExtensionCentres(ctx.db)).toBe(63 + 45 + 62 + 10 + 2 + 2);
    expect(await seedDemoExtensionCentres(ctx.db)).toBe(0);
    conferences = (await json(await central.get("/api/v1/conferences"))).items;
    expect(conferences.map((c) => c.title)).toEqual([
      "Hội nghị khuyến công các tỉnh phía Bắc lần thứ XVIII năm 2024",
      "Hội nghị khuyến công các tỉnh phía Nam lần thứ IX năm 2018",
    ]);
  });

  it("gives 1.048 staff, 875 on quota, 16,6 and 13,9 per centre over the 63 centres of 2018", async () => {
    const list = await json(await central.get("/api/v1/extension-centres?onDate=2018-12-31"));
    expect(list.averages).toEqual({
      day: "2018-12-31",
      centreCount: 63,
      reportingCount: 63,
      total: 1048,
      permanent: 875,
      perCentreText: { total: "16,6", permanent: "13,9" },
      permanentShareText: "83,5 %",
    });
    // After the merger the 63 former centres are gone: 34 centres, none reporting yet.
    const after = await json(await central.get("/api/v1/extension-centres?onDate=2025-07-01"));
    expect(after.averages).toMatchObject({ centreCount: 34, reportingCount: 0, total: 0 });
  });

  it("prints the Northern XVIII consulting figure computed from the contracts", async () => {
    const north = conferences.find((c) => c.regionCode === "BAC") as Conference;
    const text = docxText(
      await (await central.get(`/api/v1/conferences/${north.id}/pack.docx`)).arrayBuffer(),
    );
    expect(text).toContain("HỘI NGHỊ KHUYẾN CÔNG CÁC TỈNH PHÍA BẮC LẦN THỨ XVIII NĂM 2024");
    expect(text).toContain(
      "6 tháng đầu năm 2024, các trung tâm khuyến công trong khu vực thực hiện 62 dự án tư vấn, 4,87 tỷ đồng, đạt 49,1 % kế hoạch năm, bằng 153,7 % so với cùng kỳ.",
    );
    expect(text).toContain("CỤC CÔNG THƯƠNG ĐỊA PHƯƠNG");
  });

  it("prints the Southern IX 7-month figures from the records of its 20 provinces", async () => {
    const south = conferences.find((c) => c.regionCode === "NAM") as Conference;
    const text = docxText(
      await (await central.get(`/api/v1/conferences/${south.id}/pack.docx`)).arrayBuffer(),
    );
    expect(text).toContain("HỘI NGHỊ KHUYẾN CÔNG CÁC TỈNH PHÍA NAM LẦN THỨ IX NĂM 2018");
    expect(text).toContain(
      "7 tháng đầu năm 2018, kinh phí khuyến công của các tỉnh phía Nam thực hiện 19.619,2 triệu đồng, đạt 26,59 % kế hoạch năm (73.781,0 triệu đồng)",
    );
    expect(text).toContain("Khu vực có 20 trung tâm khuyến công cấp tỉnh");
  });
});
