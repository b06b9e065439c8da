import { type ActionAvailability, actionReason, availability } from "./action-availability";

export const establishmentActionCodes = ["update", "archive", "restore"] as const;
export type EstablishmentActionCode = (typeof establishmentActionCodes)[number];

type EstablishmentState = { status: string };

/**
 * The one rule for what may be done to an establishment as it stands, used by the detail page's answer and by
 * the use cases (`updateEstablishment`, `setEstablishmentArchived`): an archived record is restored before it is
 * edited, and archiving or restoring twice is refused.
 */
export function establishmentAction(
  record: EstablishmentState,
  action: EstablishmentActionCode,
): ActionAvailability {
  const archived = record.status === "ARCHIVED";
  switch (action) {
    case "update":
      return availability([archived && actionReason("ESTABLISHMENT_ARCHIVED")]);
    case "archive":
      return availability([archived && actionReason("ESTABLISHMENT_ARCHIVED", "Cơ sở đã được lưu trữ")]);
    case "restore":
      return availability([!archived && actionReason("ESTABLISHMENT_NOT_ARCHIVED")]);
  }
}

/**
 * The actions offered on the detail page to someone who edits establishments: edit (greyed on an archived record,
 * with the reason) and archive or restore, whichever the state calls for.
 */
export function establishmentActions(
  record: EstablishmentState,
): Partial<Record<EstablishmentActionCode, ActionAvailability>> {
  const archived = record.status === "ARCHIVED";
  return archived
    ? { update: establishmentAction(record, "update"), restore: establishmentAction(record, "restore") }
    : { update: establishmentAction(record, "update"), archive: establishmentAction(record, "archive") };
}
