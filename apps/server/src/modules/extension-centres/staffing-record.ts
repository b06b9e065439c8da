import type { StaffingSnapshotCreateInput } from "@kc/domain";
import type { staffingSnapshot } from "../../db/schema/index";
import { AppError } from "../../platform/errors";
import { isUniqueViolation } from "../../platform/unique-violation";
import { type CentreRow, centreExistsOn } from "./centre-scope";

export type StaffingInput = StaffingSnapshotCreateInput;

/** A snapshot dated outside the centre's life would count a centre that did not exist that day (§9.7 Q6). */
export function assertCentreExistsOn(centre: CentreRow, day: string) {
  if (centreExistsOn(centre, day)) return;
  const until = centre.validTo ? ` đến ${centre.validTo}` : "";
  throw new AppError("STAFFING_SNAPSHOT_OUTSIDE_CENTRE", {
    errors: [{ path: "body.asOf", message: `Trung tâm tồn tại từ ${centre.validFrom}${until}` }],
  });
}

/** A second snapshot of the same centre and day is a 409 naming the field, even when two writers race. */
export function dateTakenOr(error: unknown): never {
  if (isUniqueViolation(error, "staffing_snapshot_centre_day")) {
    throw new AppError("STAFFING_SNAPSHOT_DATE_TAKEN", {
      errors: [
        { path: "body.asOf", message: "Đã có số liệu của trung tâm tại ngày này; hãy sửa bản ghi đó" },
      ],
    });
  }
  throw error;
}

export function staffingColumns(input: StaffingInput) {
  return {
    asOf: input.asOf,
    total: input.total,
    permanent: input.permanent,
    contract: input.contract,
    partTime: input.partTime,
    collaborators: input.collaborators,
    note: input.note,
  };
}

/** What the audit row keeps of a snapshot. */
export function staffingAuditSnapshot(row: typeof staffingSnapshot.$inferSelect) {
  return { centreOrgId: row.centreOrgId, ...staffingColumns(row) };
}
