import { z } from "@hono/zod-openapi";
import { regionCodes } from "@kc/domain";
import { and, asc, desc, eq, sql } from "drizzle-orm";
import type { Db } from "../../db/client";
import { adminUnit, conference, conferenceResolution, storedFile } from "../../db/schema/index";

export const conferenceListQuerySchema = z.strictObject({
  regionCode: z
    .enum(regionCodes, { error: "Khu vực không hợp lệ" })
    .optional()
    .openapi({ description: "Khu vực" }),
});

function joined(db: Db) {
  return db
    .select({
      row: conference,
      hostName: adminUnit.name,
      hostValidTo: adminUnit.validTo,
      // The next host by subqueries: a second join of admin_unit would clash with the host's in drizzle's types.
      nextHostName: sql<
        string | null
      >`(select u.name from admin_unit u where u.id = ${conference.nextHostProvinceId})`,
      nextHostValidTo: sql<
        string | null
      >`(select u.valid_to::text from admin_unit u where u.id = ${conference.nextHostProvinceId})`,
      resolutionCount: sql<number>`(select count(*)::int from conference_resolution r
        where r.conference_id = ${conference.id})`,
    })
    .from(conference)
    .innerJoin(adminUnit, eq(adminUnit.id, conference.hostProvinceId));
}

/**
 * Every conference, newest first (three a year at most, so not paged). Conferences are national records: the
 * region's provinces and the central agency all read them, so no scope filter applies.
 */
export function listConferences(db: Db, query: z.infer<typeof conferenceListQuerySchema>) {
  return joined(db)
    .where(query.regionCode ? eq(conference.regionCode, query.regionCode) : undefined)
    .orderBy(desc(conference.heldOn), asc(conference.regionCode));
}

export async function findConference(db: Db, id: string) {
  const [row] = await joined(db).where(eq(conference.id, id));
  return row ?? null;
}

export type ConferenceRow = NonNullable<Awaited<ReturnType<typeof findConference>>>;

/** A conference's resolutions, oldest first, with the name and size of their document. */
export function conferenceResolutions(db: Db, conferenceId: string) {
  return db
    .select({
      row: conferenceResolution,
      fileName: storedFile.fileName,
      fileSize: storedFile.size,
    })
    .from(conferenceResolution)
    .leftJoin(storedFile, eq(storedFile.id, conferenceResolution.fileId))
    .where(and(eq(conferenceResolution.conferenceId, conferenceId)))
    .orderBy(asc(conferenceResolution.createdAt), asc(conferenceResolution.id));
}
