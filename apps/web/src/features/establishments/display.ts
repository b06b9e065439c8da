/** Display helpers of the establishments module; amounts of money are shown by `lib/money.ts`. */
import { formatDateTime, websiteSchema } from "@kc/domain";
import { accepts } from "../../lib/forms";

/** An instant (ISO timestamp, UTC) → its calendar date in Vietnam, "dd/MM/yyyy". */
export function formatInstantDate(iso: string | null | undefined): string {
  return formatDateTime(iso, false).slice(0, 10);
}

/**
 * The link for a recorded website: an http(s) address as it is, a bare domain ("coso.vn") over https. Anything
 * else (javascript:, data:) gets no link and is shown as plain text.
 */
export function websiteHref(value: string): string | null {
  if (!accepts(websiteSchema, value)) return null;
  return /^https?:\/\//i.test(value) ? value : `https://${value}`;
}
