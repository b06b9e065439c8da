import type { FormInstance } from "antd";
import { ApiError, isApiError } from "../../../lib/api";

/**
 * Puts a refusal's field errors on the form's fields ("body.registrationDate" and "memberEstablishmentIds.1" go
 * to their field) and answers what no field owns, for the alert above the form; a 409 is answered as "conflict".
 */
export function placeFieldErrors(
  form: FormInstance,
  error: unknown,
  fieldNames: readonly string[],
): { conflict: boolean; unplaced: unknown } {
  if (!isApiError(error)) return { conflict: false, unplaced: error };
  if (error.code === "VERSION_CONFLICT") return { conflict: true, unplaced: null };
  const fieldOf = (path: string) => {
    const name = path.replace(/^body\./, "").split(".")[0] ?? "";
    return fieldNames.includes(name) ? name : null;
  };
  const placed = error.errors.flatMap((item) => {
    const name = fieldOf(item.path);
    return name ? [{ name, errors: [item.message] }] : [];
  });
  if (placed.length > 0) {
    form.setFields(placed);
    form.scrollToField(placed[0]?.name ?? "", { block: "center" });
  }
  const rest = error.errors.filter((item) => !fieldOf(item.path));
  if (placed.length === 0) return { conflict: false, unplaced: error };
  if (rest.length === 0) return { conflict: false, unplaced: null };
  const { status, code, title, requestId, body } = error;
  return {
    conflict: false,
    unplaced: new ApiError({ status, code, title, detail: error.detail, requestId, body, errors: rest }),
  };
}
