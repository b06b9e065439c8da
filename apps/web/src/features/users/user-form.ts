import type { RegionCode, RoleCode, ScopeKind } from "@kc/domain";
import type { UserCreate } from "../../api/types";

export type FormValues = {
  email: string;
  name: string;
  role: RoleCode;
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

/**
 * The data scope sent to the API: only the member that belongs to the chosen kind. A member left empty is sent
 * as missing, and the server names the field.
 */
export function scopeOf(values: FormValues): UserCreate["scope"] {
  switch (values.scopeKind) {
    case "REGION":
      return { kind: "REGION", regionCode: values.regionCode as RegionCode };
    case "PROVINCE":
      return { kind: "PROVINCE", provinceId: values.provinceId as string };
    case "ORGANISATION":
      return { kind: "ORGANISATION", organisationId: values.organisationId as string };
    case "SELECTION_MEMBER":
      return { kind: "SELECTION_MEMBER" };
    default:
      return { kind: "NATIONAL" };
  }
}
