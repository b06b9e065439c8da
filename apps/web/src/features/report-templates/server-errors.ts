import { isApiError } from "../../lib/api";

/**
 * The server's findings on a template write by field: `body.sections.0.rows.3.code` → the messages for
 * `sections.0.rows.3.code`, so each input shows its own beside it. `gap` says the only refusal was an
 * unconfirmed gap in validity, which the form then offers to confirm.
 */
export function templateErrors(error: unknown) {
  const byPath = new Map<string, string[]>();
  if (!isApiError(error)) return { byPath, gap: false, count: 0 };
  for (const entry of error.errors) {
    const path = entry.path.replace(/^body\./, "");
    byPath.set(path, [...(byPath.get(path) ?? []), entry.message]);
  }
  return { byPath, gap: error.code === "REPORT_TEMPLATE_GAP_UNCONFIRMED", count: error.errors.length };
}

/** Messages for a field and everything under it ("sections.0.rows.3" takes ".code", ".partOf.row" …). */
export function messagesUnder(byPath: ReadonlyMap<string, string[]>, path: string): string[] {
  return [...byPath.entries()]
    .filter(([key]) => key === path || key.startsWith(`${path}.`))
    .flatMap(([, messages]) => messages);
}
