import type { Db } from "../../db/client";
import { recordHistory } from "../audit/record-history";

/**
 * The change history of one establishment, in words (field labels, names instead of codes, yearly figures as a
 * table, only what changed): the audit module's presenter, so the history and the audit log read alike. The
 * caller has already checked that the establishment is in scope.
 */
export function establishmentHistory(db: Db, establishmentId: string) {
  return recordHistory(db, "establishment", establishmentId);
}
