import type { FormInstance } from "antd";
import { isApiError } from "../../../lib/api";

/**
 * Puts the server's field errors ("body.planDecision.number") under the form's own fields, so a refused save
 * names the field as the page shows it; errors of fields the form does not have stay in the alert.
 */
export function showServerFieldErrors(form: FormInstance, error: unknown, prefix: (string | number)[] = []) {
  if (!isApiError(error)) return;
  const fields = error.errors
    .filter((e) => e.path.startsWith("body."))
    .map((e) => ({
      name: [...prefix, ...e.path.slice("body.".length).split(".")],
      errors: [e.message],
    }));
  if (fields.length > 0) form.setFields(fields);
}
