import { and, asc, desc, eq } from "drizzle-orm";
import type { Db } from "../../../db/client";
import { brandSupport, fair, fairParticipation, showroom } from "../../../db/schema/index";
import { brandsOfEstablishment } from "../brands/brands.queries";

/**
 * What an establishment had from trade promotion, read from the three tables (participations are written by the
 * fairs' use cases; this only reads them). Three short queries one after the other: a transaction's single
 * connection cannot run them side by side, and one establishment has tens of rows at most.
 */
export async function establishmentTradePromotion(db: Db, establishmentId: string) {
  const fairs = await db
    .select({
      participationId: fairParticipation.id,
      fairId: fair.id,
      code: fair.code,
      name: fair.name,
      level: fair.level,
      status: fair.status,
      startDate: fair.startDate,
      endDate: fair.endDate,
      wholeBooths: fairParticipation.wholeBooths,
      sharedBoothKey: fairParticipation.sharedBoothKey,
      sharedBoothShareBps: fairParticipation.sharedBoothShareBps,
      supportAmount: fairParticipation.supportAmount,
    })
    .from(fairParticipation)
    .innerJoin(fair, eq(fair.id, fairParticipation.fairId))
    .where(eq(fairParticipation.establishmentId, establishmentId))
    .orderBy(desc(fair.startDate), asc(fair.code));
  const brands = await db
    .select()
    .from(brandSupport)
    .where(brandsOfEstablishment(establishmentId))
    .orderBy(desc(brandSupport.year), asc(brandSupport.sortKey));
  const showrooms = await db
    .select()
    .from(showroom)
    .where(and(eq(showroom.establishmentId, establishmentId)))
    .orderBy(desc(showroom.openedOn), asc(showroom.sortKey));
  return { fairs, brands, showrooms };
}
export type EstablishmentTradePromotion = Awaited<ReturnType<typeof establishmentTradePromotion>>;
