import { z } from "@hono/zod-openapi";
import { conferenceOrdinalLabel, regionLabels } from "@kc/domain";
import { unitLabel } from "../plans/unit-scope";
import type { ConferenceRow, conferenceResolutions } from "./conferences.queries";

const named = z.object({ id: z.string(), name: z.string() });

export const conferenceSchema = z
  .object({
    id: z.string(),
    regionCode: z.string(),
    regionLabel: z.string(),
    ordinal: z.number().int(),
    ordinalLabel: z.string().openapi({ example: "lần thứ IX" }),
    title: z.string().openapi({ example: "Hội nghị khuyến công các tỉnh phía Nam lần thứ IX năm 2018" }),
    year: z.number().int(),
    heldOn: z.string(),
    host: named,
    nextHost: named.nullable().openapi({ description: "Tỉnh nhận cờ đăng cai hội nghị lần sau" }),
    venue: z.string(),
    organisers: z.string(),
    periodFrom: z.string(),
    periodTo: z.string(),
    note: z.string(),
    resolutionCount: z.number().int(),
    version: z.number().int(),
  })
  .openapi("Conference");

export function presentConference(r: ConferenceRow): z.infer<typeof conferenceSchema> {
  const { row } = r;
  const regionLabel = regionLabels[row.regionCode].vi;
  const ordinalLabel = conferenceOrdinalLabel(row.ordinal);
  return {
    id: row.id,
    regionCode: row.regionCode,
    regionLabel,
    ordinal: row.ordinal,
    ordinalLabel,
    title: `Hội nghị khuyến công các tỉnh ${regionLabel.replace(/^Khu vực /u, "")} ${ordinalLabel} năm ${row.year}`,
    year: row.year,
    heldOn: row.heldOn,
    host: { id: row.hostProvinceId, name: unitLabel(r.hostName, r.hostValidTo) },
    nextHost: row.nextHostProvinceId
      ? {
          id: row.nextHostProvinceId,
          name: unitLabel(r.nextHostName ?? row.nextHostProvinceId, r.nextHostValidTo),
        }
      : null,
    venue: row.venue,
    organisers: row.organisers,
    periodFrom: row.periodFrom,
    periodTo: row.periodTo,
    note: row.note,
    resolutionCount: r.resolutionCount,
    version: row.version,
  };
}

export const resolutionSchema = z
  .object({
    id: z.string(),
    text: z.string(),
    documentNumber: z.string().nullable(),
    file: z.object({ name: z.string(), size: z.number().int() }).nullable(),
    createdAt: z.string(),
  })
  .openapi("ConferenceResolution");

export function presentResolution(
  r: Awaited<ReturnType<typeof conferenceResolutions>>[number],
): z.infer<typeof resolutionSchema> {
  return {
    id: r.row.id,
    text: r.row.text,
    documentNumber: r.row.documentNumber,
    file: r.fileName !== null && r.fileSize !== null ? { name: r.fileName, size: r.fileSize } : null,
    createdAt: r.row.createdAt.toISOString(),
  };
}
