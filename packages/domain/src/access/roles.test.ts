import { describe, expect, it } from "vitest";
import { abilitiesOf, can, dataScopeSchema, isScopeAllowedForRole, roleCodes, roles } from "./roles";

describe("roles and data scopes", () => {
  it("gives account management and audit reading only to the roles that need them", () => {
    const holders = (ability: Parameters<typeof can>[1]) => roleCodes.filter((role) => can(role, ability));
    expect(holders("users.manage")).toEqual(["SYSTEM_ADMIN"]);
    expect(holders("catalogues.manage")).toEqual(["SYSTEM_ADMIN"]);
    expect(holders("audit.read")).toEqual(["SYSTEM_ADMIN", "AUDITOR"]);
    expect(holders("catalogues.read")).toEqual([...roleCodes]);
    expect(holders("establishments.create")).toEqual(["PROVINCIAL_LEADER", "PROVINCIAL_OFFICER"]);
    expect(holders("establishments.read")).not.toContain("SYSTEM_ADMIN");
  });

  it("pairs each role with the scopes it may have", () => {
    expect(isScopeAllowedForRole("PROVINCIAL_OFFICER", { kind: "PROVINCE", provinceId: "P34-82" })).toBe(
      true,
    );
    expect(isScopeAllowedForRole("PROVINCIAL_OFFICER", { kind: "NATIONAL" })).toBe(false);
    expect(isScopeAllowedForRole("SYSTEM_ADMIN", { kind: "PROVINCE", provinceId: "P34-82" })).toBe(false);
    expect(isScopeAllowedForRole("CENTRAL_OFFICER", { kind: "REGION", regionCode: "NAM" })).toBe(true);
    for (const role of roleCodes) expect(roles[role].scopeKinds.length).toBeGreaterThan(0);
    expect(abilitiesOf("IMPLEMENTER")).not.toContain("projects.disburse");
    expect(abilitiesOf("IMPLEMENTER")).not.toContain("establishments.read");
    expect(abilitiesOf("AUDITOR").filter((a) => a.startsWith("projects."))).toEqual([
      "projects.read",
      "projects.export",
    ]);
    expect(abilitiesOf("SYSTEM_ADMIN").some((a) => a.startsWith("projects."))).toBe(false);
  });

  it("validates scopes strictly", () => {
    expect(dataScopeSchema.safeParse({ kind: "PROVINCE", provinceId: "P34-82" }).success).toBe(true);
    expect(dataScopeSchema.safeParse({ kind: "PROVINCE" }).success).toBe(false);
    expect(dataScopeSchema.safeParse({ kind: "NATIONAL", provinceId: "P34-82" }).success).toBe(false);
    expect(dataScopeSchema.safeParse({ kind: "REGION", regionCode: "DONG" }).success).toBe(false);
  });
});
