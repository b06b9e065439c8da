import type { ScopeKind } from "../auth/api";
import type { ScopeInput } from "./api";

export type FormValues = {
  email: string;
  name: string;
  role: string;
  scopeKind: ScopeKind;
  regionCode?: string;
  provinceId?: string;
  organisationId?: string;
  password?: string;
};

/** Server field paths (problem `errors[].path`) → form fields. */
export const fieldOf: Record<string, keyof FormValues> = {
  email: "email",
  name: "name",
  role: "role",
  password: "password",
  scope: "scopeKind",
  "scope.kind": "scopeKind",
  "scope.regionCode": "regionCode",
  "scope.provinceId": "provinceId",
  "scope.organisationId": "organisationId",
  organisationId: "organisationId",
};

/** The data scope sent to the API: only the member that belongs to the chosen kind. */
export function scopeOf(values: FormValues): ScopeInput {
  const scope: ScopeInput = { kind: values.scopeKind };
  if (values.scopeKind === "REGION") scope.regionCode = values.regionCode;
  if (values.scopeKind === "PROVINCE") scope.provinceId = values.provinceId;
  if (values.scopeKind === "ORGANISATION") scope.organisationId = values.organisationId;
  return scope;
}
