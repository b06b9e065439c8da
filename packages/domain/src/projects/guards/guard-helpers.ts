import type { IsoDate } from "../../reference/types";
import type { DocumentKind } from "../documents/documents.constants";
import type { Finding, GuardCode, Severity, Transition } from "../lifecycle/lifecycle.types";
import type { ProjectSnapshot, TransitionContext } from "../project.types";

/** Shared pieces of the guards (`guards-planning.ts`, `guards-execution.ts`). */
export type Guard = (
  project: ProjectSnapshot,
  context: TransitionContext,
  transition: Transition,
) => Finding[];

export const finding = (code: GuardCode, messageVi: string, severity: Severity = "BLOCK"): Finding => ({
  code,
  severity,
  messageVi,
});
export const pass: Finding[] = [];

export function addDays(date: IsoDate, days: number): IsoDate {
  const value = new Date(`${date}T00:00:00Z`);
  value.setUTCDate(value.getUTCDate() + days);
  return value.toISOString().slice(0, 10);
}

/** Filed earlier with the dossier, or with this step. */
export function hasDocument(
  project: ProjectSnapshot,
  context: TransitionContext,
  kind: DocumentKind,
): boolean {
  return (
    project.documentsOnFile.includes(kind) || context.documents.some((document) => document.kind === kind)
  );
}
