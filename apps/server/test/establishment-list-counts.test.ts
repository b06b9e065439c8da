import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  COMMUNE_HA_NOI,
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

/** More rows than the count goes up to without a deep page (1,000), so the bound shows. */
const BULK = 1_100;

describe.each(engines)("establishment list counts on %s", (engine) => {
  let ctx: TestContext;
  let hanoi: TestClient;

  beforeAll(async () => {
    ctx = await createTestContext(engine);
    await seedSampleCommunes(ctx);
    hanoi = (
      await signedIn(ctx, { role: "PROVINCIAL_OFFICER", scope: { kind: "PROVINCE", provinceId: HA_NOI } })
    ).client;
    const created = await hanoi.post(
      "/api/v1/establishments",
      establishmentInput({ name: "Cơ sở mẫu gốm Bát Tràng", communeId: COMMUNE_HA_NOI, taxCode: null }),
    );
    expect(created.status, await created.clone().text()).toBe(201);
    const { id } = await json(created);
    // Copies of the record the API wrote (so every stored column is as the server makes it), numbered so that
    // their names, sort keys and search texts differ: "Cơ sở thử 0001" … "Cơ sở thử 1100".
    await ctx.db.execute(sql`
      INSERT INTO establishment (id, province_id, commune_id, address_text, name, legal_form, subject_class,
        industries, main_products, search_text, sort_key, eligibility_verdict, eligibility_evaluated_on)
      SELECT 'bulk-' || n, province_id, commune_id, address_text, 'Cơ sở thử ' || lpad(n::text, 4, '0'),
        legal_form, subject_class, industries, main_products,
        'co so thu ' || lpad(n::text, 4, '0') || ' ha noi', 'bulk|' || lpad(n::text, 4, '0'),
        eligibility_verdict, eligibility_evaluated_on
      FROM establishment, generate_series(1, ${BULK}) AS n WHERE id = ${id}`);
  });
  afterAll(async () => ctx?.close());

  async function list(query: string) {
    const response = await hanoi.get(`/api/v1/establishments?${query}`);
    expect(response.status, await response.clone().text()).toBe(200);
    return json(response);
  }

  it("stops counting at 1,000 on the first pages and says the total is a lower bound", async () => {
    const page = await list("pageSize=50");
    expect(page.items).toHaveLength(50);
    expect(page.total).toBe(1_000);
    expect(page.totalExact).toBe(false);
  });

  it("counts ten pages past a deep page, so the pager can always go on", async () => {
    const page = await list("pageSize=50&page=20"); // rows 951–1000; counted up to (19 + 10) × 50 = 1,450
    expect(page.items).toHaveLength(50);
    expect(page.total).toBe(BULK + 1);
    expect(page.totalExact).toBe(true);
    expect(page.items[0].name).toBe("Cơ sở thử 0951");
  });

  it("gives the exact total when the matches are fewer than the bound", async () => {
    const page = await list("q=THU%20100&pageSize=5");
    expect(page.totalExact).toBe(true);
    expect(page.total).toBe(10); // "thu 1000" … "thu 1009"
    expect(page.items.map((i: { name: string }) => i.name)).toEqual([
      "Cơ sở thử 1000",
      "Cơ sở thử 1001",
      "Cơ sở thử 1002",
      "Cơ sở thử 1003",
      "Cơ sở thử 1004",
    ]);
  });

  it("answers the same page in the same order with and without the search that matches every row", async () => {
    const plain = await list("pageSize=20&page=3&sort=-name");
    const searched = await list("pageSize=20&page=3&sort=-name&q=Ha%20Noi");
    expect(searched.items.map((i: { id: string }) => i.id)).toEqual(
      plain.items.map((i: { id: string }) => i.id),
    );
  });
});
