import { auditActionLabel, auditEntityLabel } from "@kc/domain";

/**
 * Vietnamese labels for the audit screen's answer. The table is the domain's (packages/domain/src/audit), shared
 * with the web, so a stored code (legacy ones included) gets the same label in the API and in both languages.
 */
export function actionLabel(action: string): string {
  return auditActionLabel(action, "vi");
}

export function entityLabel(entity: string): string {
  return auditEntityLabel(entity, "vi");
}
