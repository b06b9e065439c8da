import type { TemplateIssue } from "@kc/domain";
import { eq } from "drizzle-orm";
import type { Db } from "../../../db/client";
import { legalDocument } from "../../../db/schema/index";
import { AppError } from "../../../platform/errors";

/**
 * Refuses a template write that has findings, listing each one: as field errors beside the form's fields
 * (`errors`, paths of the request body) and with its stable code (`issues`). Errors refuse outright; warnings (a
 * gap in validity) only when the administrator did not confirm them. Nothing has been written when it throws.
 */
export function refuseTemplateIssues(issues: readonly TemplateIssue[], gapConfirmed: boolean): void {
  const errors = issues.filter((issue) => issue.severity === "ERROR");
  const unconfirmed = gapConfirmed ? [] : issues.filter((issue) => issue.severity === "WARNING");
  const blocking = errors.length > 0 ? errors : unconfirmed;
  if (blocking.length === 0) return;
  const inUse = blocking.every((issue) => issue.code === "TEMPLATE_IN_USE");
  const code = inUse
    ? "REPORT_TEMPLATE_IN_USE"
    : errors.length > 0
      ? "REPORT_TEMPLATE_INVALID"
      : "REPORT_TEMPLATE_GAP_UNCONFIRMED";
  throw new AppError(code, {
    detail:
      blocking.length === 1
        ? (blocking[0]?.messageVi ?? "")
        : `${blocking.length} lỗi: ${blocking.map((issue) => issue.messageVi).join("; ")}`,
    errors: blocking.map((issue) => ({ path: `body.${issue.path}`, message: issue.messageVi })),
    extensions: { issues: blocking },
  });
}

/** The legal document a version rests on must be in the catalogue. */
export async function assertLegalDocument(db: Db, id: string): Promise<void> {
  const [row] = await db.select({ id: legalDocument.id }).from(legalDocument).where(eq(legalDocument.id, id));
  if (row) return;
  const message = `Văn bản "${id}" không có trong danh mục văn bản pháp lý`;
  throw new AppError("REPORT_TEMPLATE_REFERENCE_INVALID", {
    detail: message,
    errors: [{ path: "body.legalDocumentId", message }],
  });
}

/** The definition column as the domain's version holds it. */
export function definitionOf(template: { sections: unknown; narrative: unknown; acknowledgeable: unknown }) {
  return {
    sections: template.sections,
    narrative: template.narrative,
    acknowledgeable: template.acknowledgeable,
  };
}
