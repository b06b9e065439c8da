import { foldForSearch, vietnameseSortKey } from "@kc/domain";
import { sql } from "drizzle-orm";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rowsOf } from "../src/db/rows";
import { candidateRanges, splitSearchBlocks } from "../src/modules/establishments/search-blocks";
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

/**
 * Search blocks (docs/decisions/0008-search-blocks.md) change how a search in name order reads the register, never
 * what it finds: every query here is answered through the API and compared with the matches worked out in the
 * test from the rows themselves. The rows are clustered as real names are (the craft is in the name, so one
 * craft's records sit together in the order) and the blocks are cut small, so the block path is taken.
 */

const PREFIXES = ["Cơ sở", "Hộ kinh doanh", "Hợp tác xã", "Công ty TNHH"];
const CRAFTS = ["mây tre đan", "gốm sứ", "thêu ren", "chế biến nông sản", "cơ khí", "đồ gỗ", "nước mắm"];
const PLACES = ["An Bình", "Phú Thạnh", "Thạch Bàn", "Đông Hòa", "Tân Hiệp"];
const ROWS = 420;
const BLOCK_ROWS = 12;

/** Deterministic, so a failure can be replayed. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

type Row = { id: string; searchText: string; sortKey: string };

function generatedRows(): (Row & { name: string })[] {
  const next = random(7);
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)] as T;
  return Array.from({ length: ROWS }, (_, n) => {
    const name = `${pick(PREFIXES)} ${pick(CRAFTS)} ${pick(PLACES)} ${n % 7}`;
    const owner = `Nguyễn Văn ${pick(PLACES)}`;
    return {
      id: `blk-${String(n).padStart(4, "0")}`,
      name,
      searchText: foldForSearch(`${name} ${owner} ha noi`),
      sortKey: vietnameseSortKey(name),
    };
  });
}

const QUERIES = [
  "may tre",
  "thêu",
  "GỐM SỨ",
  "ay tr", // inside words
  "nuoc mam dong hoa",
  "co khi phu",
  "tan hiep 3",
  "nguyen van an",
  "ha noi",
  "a", // no pieces: the plain walk
  "ho",
  "khong co trong so",
];

describe.each(engines)("search blocks on %s", (engine) => {
  let ctx: TestContext;
  let hanoi: TestClient;
  let central: TestClient;
  const rows: Row[] = [];

  beforeAll(async () => {
    ctx = await createTestContext(engine);
    await seedSampleCommunes(ctx);
    hanoi = (
      await signedIn(ctx, { role: "PROVINCIAL_OFFICER", scope: { kind: "PROVINCE", provinceId: HA_NOI } })
    ).client;
    central = (await signedIn(ctx, { role: "CENTRAL_OFFICER", scope: { kind: "NATIONAL" } })).client;
    const created = await hanoi.post(
      "/api/v1/establishments",
      establishmentInput({ name: "Cơ sở mẫu gốm Bát Tràng", communeId: COMMUNE_HA_NOI, taxCode: null }),
    );
    expect(created.status, await created.clone().text()).toBe(201);
    const { id } = await json(created);
    const generated = generatedRows();
    // Copies of the record the API wrote, with generated names, search texts and sort keys.
    await ctx.db.execute(sql`
      INSERT INTO establishment (id, province_id, commune_id, address_text, name, legal_form, subject_class,
        industries, main_products, search_text, sort_key, eligibility_verdict, eligibility_evaluated_on)
      SELECT g.id, e.province_id, e.commune_id, e.address_text, g.name, e.legal_form, e.subject_class,
        e.industries, e.main_products, g.search_text, g.sort_key, e.eligibility_verdict, e.eligibility_evaluated_on
      FROM establishment e,
        unnest(${sql.param(generated.map((g) => g.id))}::text[], ${sql.param(generated.map((g) => g.name))}::text[],
          ${sql.param(generated.map((g) => g.searchText))}::text[], ${sql.param(generated.map((g) => g.sortKey))}::text[])
          AS g(id, name, search_text, sort_key)
      WHERE e.id = ${id}`);
    await ctx.db.execute(sql`SELECT kc_search_blocks_rebuild(${BLOCK_ROWS})`);
    for (const row of rowsOf<{ id: string; search_text: string; sort_key: string }>(
      await ctx.db.execute(sql`SELECT id, search_text, sort_key FROM establishment`),
    ))
      rows.push({ id: row.id, searchText: row.search_text, sortKey: row.sort_key });
  });
  afterAll(async () => ctx?.close());

  function expected(q: string, descending: boolean): string[] {
    const folded = foldForSearch(q);
    const order = (a: Row, b: Row) =>
      a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
    const found = rows.filter((r) => r.searchText.includes(folded)).sort(order);
    return (descending ? found.reverse() : found).map((r) => r.id);
  }

  /** The national list takes the block path; one province's list (the officer of Hà Nội) walks its own index. */
  async function listed(
    q: string,
    sort: "name" | "-name",
    page = 1,
    client: TestClient = central,
  ): Promise<{ ids: string[]; total: number }> {
    const response = await client.get(
      `/api/v1/establishments?q=${encodeURIComponent(q)}&sort=${sort}&pageSize=40&page=${page}`,
    );
    expect(response.status, await response.clone().text()).toBe(200);
    const body = await json(response);
    expect(body.totalExact).toBe(true);
    return { ids: body.items.map((i: { id: string }) => i.id), total: body.total };
  }

  it("gives any part of a text a signature inside the text's own (what lets a block rule out a range)", async () => {
    const texts = [
      "may tre dan phu thanh",
      "a𠀀bc d 0312345678",
      "đ ơ ư 12 gom su",
      "x  y",
      "duc dong thanh hoa 2",
    ];
    for (const text of texts) {
      const chars = Array.from(text); // characters, not UTF-16 units: a part never splits "𠀀"
      for (let start = 0; start < chars.length; start += 2)
        for (const length of [3, 4, 7, 12]) {
          const part = chars.slice(start, start + length).join("");
          const [row] = rowsOf<{ inside: boolean }>(
            await ctx.db.execute(
              sql`SELECT kc_gram_bits(ARRAY[${part}]) & kc_gram_bits(ARRAY[${text}]) = kc_gram_bits(ARRAY[${part}]) AS inside`,
            ),
          );
          expect(row?.inside, `${part} in ${text}`).toBe(true);
        }
    }
  });

  it("tells a phrase from its words standing apart (the pairs of neighbouring words)", async () => {
    // "duc dan dong" holds every three-letter piece of "duc dong" ("c d" from "duc dan", " do" from " dong"), not
    // the phrase: only the pair "duc don" tells them apart.
    const [row] = rowsOf<{ inside: boolean; pieces: boolean }>(
      await ctx.db.execute(sql`
        SELECT kc_gram_bits(ARRAY['duc dong']) & kc_gram_bits(ARRAY['duc dan dong']) = kc_gram_bits(ARRAY['duc dong']) AS inside,
          (SELECT bool_and('duc dan dong' LIKE '%' || g || '%') FROM (VALUES ('duc'), ('uc '), ('c d'), (' do'), ('don'), ('ong')) AS v(g)) AS pieces`),
    );
    expect(row?.pieces).toBe(true);
    expect(row?.inside).toBe(false);
  });

  it("computes a query's signature as a block's is computed from the same text", async () => {
    for (const text of ["", "ab", "theu", "duc dong thanh hoa 2", "a𠀀bc d 0312345678", "x  y"]) {
      const [row] = rowsOf<{ same: boolean }>(
        await ctx.db.execute(sql`SELECT kc_query_bits(${text}) = kc_gram_bits(ARRAY[${text}]) AS same`),
      );
      expect(row?.same, text).toBe(true);
    }
  });

  it("cuts the register into many blocks, each holding every piece of its rows", async () => {
    const [counted] = rowsOf<{ blocks: number; violations: number }>(
      await ctx.db.execute(
        sql`SELECT (SELECT count(*) FROM establishment_search_block)::int AS blocks, kc_search_blocks_violations()::int AS violations`,
      ),
    );
    expect(counted?.blocks).toBeGreaterThan(ROWS / BLOCK_ROWS / 2);
    expect(counted?.violations).toBe(0);
  });

  it("takes the block path for a clustered word and the plain walk for a short or spread-out one", async () => {
    const clustered = await candidateRanges(ctx.db, "theu");
    expect(clustered).not.toBeNull();
    expect(clustered?.length).toBeGreaterThan(0);
    for (const q of ["may tre", "gom su", "nuoc mam dong hoa", "co khi phu"])
      expect(await candidateRanges(ctx.db, q), q).not.toBeNull();
    expect(await candidateRanges(ctx.db, "a")).toBeNull();
    expect(await candidateRanges(ctx.db, "ha noi")).toBeNull();
    // A signature may claim a piece its rows lack (two pieces share a bit), never the reverse: few ranges here.
    expect((await candidateRanges(ctx.db, "khong co trong so"))?.length ?? 0).toBeLessThan(3);
  });

  it.each(QUERIES)(
    "finds exactly the matches of %j, in name order both ways and on later pages",
    async (q) => {
      for (const sort of ["name", "-name"] as const) {
        const all = expected(q, sort === "-name");
        const first = await listed(q, sort);
        expect(first.total).toBe(all.length);
        expect(first.ids).toEqual(all.slice(0, 40));
        if (all.length > 40) expect((await listed(q, sort, 2)).ids).toEqual(all.slice(40, 80));
        expect((await listed(q, sort, 1, hanoi)).ids).toEqual(all.slice(0, 40));
      }
    },
  );

  it("finds a record created or renamed through the API at once, in its new place in the order", async () => {
    const created = await json(
      await hanoi.post(
        "/api/v1/establishments",
        establishmentInput({ name: "Cơ sở sơn mài Quỳnh Xuyến", communeId: COMMUNE_HA_NOI, taxCode: null }),
      ),
    );
    expect(await candidateRanges(ctx.db, "quynh xuyen")).toHaveLength(1);
    expect((await listed("quỳnh xuyến", "name")).ids).toEqual([created.id]);

    const renamed = await hanoi.patch(`/api/v1/establishments/${created.id}`, {
      version: created.version,
      name: "Âu Cơ khảm trai Vũ Lăng",
    });
    expect(renamed.status, await renamed.clone().text()).toBe(200);
    expect((await listed("vu lang", "name")).ids).toEqual([created.id]);
    const [check] = rowsOf<{ violations: number }>(
      await ctx.db.execute(sql`SELECT kc_search_blocks_violations()::int AS violations`),
    );
    expect(check?.violations).toBe(0);
  });

  it("cuts a block that has grown, and the blocks still hold every row's pieces", async () => {
    const before = await blockCount();
    await growOneBlock("grown-", "Xưởng đúc đồng", "xuong duc dong", "ha noi");
    const [split] = rowsOf<{ cut: number }>(
      await ctx.db.execute(sql`SELECT kc_search_blocks_split(${BLOCK_ROWS}) AS cut`),
    );
    expect(split?.cut).toBeGreaterThan(0);
    expect(await blockCount()).toBeGreaterThan(before);
    const [check] = rowsOf<{ violations: number }>(
      await ctx.db.execute(sql`SELECT kc_search_blocks_violations()::int AS violations`),
    );
    expect(check?.violations).toBe(0);
    expect((await listed("duc dong 37", "name")).total).toBe(1);
  });

  it("cuts a grown block a piece at a time after an import, leaving every block within twice the target", async () => {
    const before = await blockCount();
    await growOneBlock("pieces-", "Lò gốm Chu Đậu", "lo gom chu dau", "hai duong");
    await splitSearchBlocks(ctx.db, pino({ level: "silent" }), BLOCK_ROWS);
    expect(await blockCount()).toBeGreaterThanOrEqual(before + 4);
    const [check] = rowsOf<{ violations: number }>(
      await ctx.db.execute(sql`SELECT kc_search_blocks_violations()::int AS violations`),
    );
    expect(check?.violations).toBe(0);
    const [largest] = rowsOf<{ n: number }>(
      await ctx.db.execute(sql`
        SELECT max(c.n)::int AS n FROM (
          SELECT b.first_key, lead(b.first_key) OVER (ORDER BY b.first_key) AS hi FROM establishment_search_block b
        ) k
        CROSS JOIN LATERAL (
          SELECT count(*) AS n FROM establishment e
          WHERE e.status IN ('ACTIVE', 'ARCHIVED') AND e.sort_key >= k.first_key AND (k.hi IS NULL OR e.sort_key < k.hi)
        ) c`),
    );
    expect(largest?.n).toBeLessThanOrEqual(2 * BLOCK_ROWS);
    expect((await listed("chu dau 37", "name")).total).toBe(1);
  });

  /** Rows landing in one block (their names sort together), as an import into one place would. */
  async function growOneBlock(idPrefix: string, name: string, folded: string, place: string): Promise<void> {
    await ctx.db.execute(sql`
      INSERT INTO establishment (id, province_id, commune_id, address_text, name, legal_form, subject_class,
        industries, main_products, search_text, sort_key, eligibility_verdict, eligibility_evaluated_on)
      SELECT ${idPrefix} || n, province_id, commune_id, address_text, ${`${name} `} || n, legal_form,
        subject_class, industries, main_products, ${`${folded} `} || n || ${` ${place}`},
        ${vietnameseSortKey(name)} || lpad(n::text, 4, '0'), eligibility_verdict, eligibility_evaluated_on
      FROM establishment, generate_series(1, ${BLOCK_ROWS * 5}) AS n WHERE id = 'blk-0000'`);
  }

  async function blockCount(): Promise<number> {
    const [row] = rowsOf<{ n: number }>(
      await ctx.db.execute(sql`SELECT count(*)::int AS n FROM establishment_search_block`),
    );
    return row?.n ?? 0;
  }
});
