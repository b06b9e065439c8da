import { sql } from "drizzle-orm";
import { rowsOf } from "../src/db/rows";
import { fair, fairParticipation } from "../src/db/schema/index";
import {
  COMMUNE_DONG_THAP,
  DONG_THAP,
  establishmentInput,
  json,
  type TestClient,
  type TestContext,
} from "./support";

/**
 * Fairs are written straight into the table here (the fairs API is another part of issue 15); participations go
 * through the HTTP API like an officer's browser.
 */
export function fairValues(
  id: string,
  overrides: Partial<typeof fair.$inferInsert> = {},
): typeof fair.$inferInsert {
  const startDate = overrides.startDate ?? "2017-10-01";
  return {
    id,
    code: `HC-${startDate.slice(0, 4)}-${id}`,
    name: `Hội chợ ${id}`,
    level: "REGIONAL",
    kind: "CNNT",
    hostName: "Sở Công Thương Đồng Tháp",
    organiserName: "Trung tâm Khuyến công Đồng Tháp",
    venueUnitId: DONG_THAP,
    startDate,
    endDate: startDate,
    year: Number(startDate.slice(0, 4)),
    provinceId: DONG_THAP,
    status: "REGISTRATION_OPEN",
    searchText: `hoi cho ${id}`,
    sortKey: id,
    ...overrides,
  };
}

/** An overseas fair recorded by Đồng Tháp (norm đ). */
export function abroadFair(id: string, startDate: string, overrides: Partial<typeof fair.$inferInsert> = {}) {
  return fairValues(id, {
    level: "ABROAD",
    venueUnitId: null,
    venueCountryCode: "JP",
    venueCity: "Tokyo",
    startDate,
    ...overrides,
  });
}

export async function insertFairs(ctx: TestContext, ...rows: (typeof fair.$inferInsert)[]) {
  await ctx.db.insert(fair).values(rows);
}

/** A domestic participation of one whole booth at 12 triệu đồng, supported at 80 % (d2, 2014 regime). */
export function participationBody(establishmentId: string, overrides: Record<string, unknown> = {}) {
  return {
    establishmentId,
    wholeBooths: 1,
    boothRent: "12000000",
    supportShareBps: 8000,
    supportAmount: "9600000",
    productsShown: "Giỏ mây tre",
    ...overrides,
  };
}

export async function createEstablishment(client: TestClient, overrides: Record<string, unknown> = {}) {
  const response = await client.post(
    "/api/v1/establishments",
    establishmentInput({ communeId: COMMUNE_DONG_THAP, ...overrides }),
  );
  if (response.status !== 201) throw new Error(`establishment: ${response.status} ${await response.text()}`);
  return (await json(response)).id as string;
}

export const participantsPath = (fairId: string) => `/api/v1/fairs/${fairId}/participants`;

/** The fair's counters and the same three numbers recounted from its rows (Q4: a shared booth once). */
export async function countersAndRecount(ctx: TestContext, fairId: string) {
  const [row] = rowsOf<{
    participation_count: number;
    booths_taken: number;
    support_total: string;
    n: number;
    booths: number;
    support: string;
  }>(
    await ctx.db.execute(sql`select f.participation_count, f.booths_taken, f.support_total::text as support_total,
      (select count(*)::int from ${fairParticipation} p where p.fair_id = f.id) as n,
      (select (coalesce(sum(whole_booths), 0) + count(distinct shared_booth_key))::int from ${fairParticipation} p where p.fair_id = f.id) as booths,
      (select coalesce(sum(support_amount), 0)::text from ${fairParticipation} p where p.fair_id = f.id) as support
    from ${fair} f where f.id = ${fairId}`),
  );
  if (!row) throw new Error("fair missing");
  return {
    counters: [row.participation_count, row.booths_taken, String(row.support_total)],
    recount: [row.n, row.booths, String(row.support)],
  };
}
