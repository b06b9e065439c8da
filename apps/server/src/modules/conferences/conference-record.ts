import { type ConferenceCreateInput, type FieldError, regionLabels } from "@kc/domain";
import { sql } from "drizzle-orm";
import type { Db } from "../../db/client";
import { rowsOf } from "../../db/rows";
import type { conference } from "../../db/schema/index";
import { AppError } from "../../platform/errors";
import { isUniqueViolation } from "../../platform/unique-violation";

export type ConferenceInput = ConferenceCreateInput;

/**
 * The host and the province handed the flag must be provinces existing on the conference day and members of the
 * conference's region on that day (DOMAIN §6.3: membership is dated, Bình Thuận left the South in 2025).
 */
export async function checkConferenceProvinces(tx: Db, input: ConferenceInput): Promise<void> {
  const wanted = [
    ["body.hostProvinceId", input.hostProvinceId],
    ...(input.nextHostProvinceId ? [["body.nextHostProvinceId", input.nextHostProvinceId]] : []),
  ] as const;
  const ids = wanted.map(([, id]) => id);
  const result = await tx.execute(sql`
    SELECT id, kc_region_at(id, ${input.heldOn}::date) AS region FROM admin_unit
    WHERE id = ANY(${sql.param(ids)}::text[]) AND level = 'TINH'
      AND valid_from <= ${input.heldOn}::date AND (valid_to IS NULL OR valid_to >= ${input.heldOn}::date)`);
  const found = new Map(rowsOf<{ id: string; region: string }>(result).map((r) => [r.id, r.region]));
  const label = regionLabels[input.regionCode].vi;
  const regionName = `${label.charAt(0).toLowerCase()}${label.slice(1)}`;
  const errors: FieldError[] = [];
  for (const [path, id] of wanted) {
    const region = found.get(id);
    if (region === undefined)
      errors.push({ path, message: "Không phải tỉnh, thành phố có hiệu lực vào ngày tổ chức" });
    else if (region !== input.regionCode)
      errors.push({ path, message: `Tỉnh không thuộc ${regionName} vào ngày tổ chức` });
  }
  if (errors.length) throw new AppError("CONFERENCE_PROVINCE_INVALID", { errors });
}

export function conferenceColumns(input: ConferenceInput) {
  return {
    regionCode: input.regionCode,
    ordinal: input.ordinal,
    year: Number(input.heldOn.slice(0, 4)),
    heldOn: input.heldOn,
    hostProvinceId: input.hostProvinceId,
    nextHostProvinceId: input.nextHostProvinceId,
    venue: input.venue,
    organisers: input.organisers,
    periodFrom: input.periodFrom,
    periodTo: input.periodTo,
    note: input.note,
  };
}

export function conferenceAuditSnapshot(row: typeof conference.$inferSelect) {
  const { id: _id, version: _v, createdAt: _c, updatedAt: _u, createdBy: _cb, updatedBy: _ub, ...rest } = row;
  return rest;
}

/** Two conferences of one region with one ordinal: a 409 naming the field, also when two writers race. */
export function ordinalTakenOr(error: unknown): never {
  if (isUniqueViolation(error, "conference_region_ordinal")) {
    throw new AppError("CONFERENCE_ORDINAL_TAKEN", {
      errors: [{ path: "body.ordinal", message: "Khu vực đã có hội nghị lần thứ này" }],
    });
  }
  throw error;
}
