import { Alert, Button, type FormInstance } from "antd";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../components/error-alert";
import { type ApiError, isApiError } from "../../lib/api";
import { usePlansT } from "./use-plans-t";

export type FieldName = (string | number)[];

/** How a form's fields are named: top-level names, and one list whose rows carry some fields. */
export type FieldLayout = {
  top: readonly string[];
  list?: { name: string; fields: readonly string[] };
  /** Problem codes that concern one field although the server gives no path (e.g. PLAN_EXISTS → unit). */
  byCode?: Record<string, string>;
};

/** A server path ("lines.3.amount", "body.decisionDate") → the form field it concerns, or null. */
export function fieldOfPath(path: string, layout: FieldLayout): FieldName | null {
  const parts = path.replace(/^body\.?/, "").split(".");
  const [first = "", index, key = ""] = parts;
  if (layout.list && first === layout.list.name) {
    if (parts.length === 1) return [first];
    const row = Number(index);
    if (Number.isInteger(row) && parts.length === 3 && layout.list.fields.includes(key))
      return [first, row, key];
    return null;
  }
  return parts.length === 1 && layout.top.includes(first) ? [first] : null;
}

/** Puts the server's field errors on their fields; a known code without paths marks its field with the detail. */
export function applyServerErrors(form: FormInstance, error: unknown, layout: FieldLayout): void {
  if (!isApiError(error)) return;
  const fields = error.errors.flatMap((item) => {
    const name = fieldOfPath(item.path, layout);
    return name ? [{ name, errors: [item.message] }] : [];
  });
  const codeField = layout.byCode?.[error.code];
  if (fields.length === 0 && codeField && error.detail)
    fields.push({ name: [codeField], errors: [error.detail] });
  form.setFields(fields);
}

type FormProblemAlertProps = {
  error: unknown;
  layout: FieldLayout;
  /** Offered after 409 VERSION_CONFLICT: fetches the record again and refills the form. */
  onReload?: () => void;
};

/**
 * The server's answer to a refused save, above the form: its Vietnamese `detail`, and the field errors that
 * have no field to sit on. A version conflict gets the plan-specific advice to reload.
 */
export function FormProblemAlert({ error, layout, onReload }: FormProblemAlertProps) {
  const t = usePlansT();
  const { t: common } = useTranslation();
  if (!error) return null;
  if (!isApiError(error)) return <ErrorAlert error={error} />;
  if (error.code === "VERSION_CONFLICT") {
    return (
      <Alert
        type="warning"
        showIcon
        role="alert"
        title={t("plans.form.versionConflict")}
        description={t("plans.form.reloadHint")}
        action={
          onReload ? (
            <Button size="small" onClick={onReload}>
              {common("common.reload")}
            </Button>
          ) : undefined
        }
      />
    );
  }
  const unplaced = unplacedErrors(error, layout);
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      title={error.displayMessage}
      description={
        unplaced.length > 0 ? (
          <ul style={{ margin: 0, paddingInlineStart: 20 }}>
            {unplaced.map((item) => (
              <li key={`${item.path}:${item.message}`}>{item.message}</li>
            ))}
          </ul>
        ) : undefined
      }
    />
  );
}

function unplacedErrors(error: ApiError, layout: FieldLayout) {
  return error.errors.filter((item) => fieldOfPath(item.path, layout) === null);
}
