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

  it("gives jurors and council secretaries no territory and only their selection abilities", () => {
    for (const role of ["JUROR", "COUNCIL_SECRETARY"] as const) {
      expect(roles[role].scopeKinds).toEqual(["SELECTION_MEMBER"]);
      expect(isScopeAllowedForRole(role, { kind: "PROVINCE", provinceId: "P34-82" })).toBe(false);
      expect(isScopeAllowedForRole(role, { kind: "NATIONAL" })).toBe(false);
      expect(isScopeAllowedForRole(role, { kind: "SELECTION_MEMBER" })).toBe(true);
      expect(abilitiesOf(role).filter((a) => !a.startsWith("selection.") && a !== "catalogues.read")).toEqual(
        [],
      );
    }
    expect(roles.JUROR.labelVi).toBe("Thành viên ban giám khảo");
    expect(roles.COUNCIL_SECRETARY.labelVi).toBe("Thư ký hội đồng");
    expect(abilitiesOf("JUROR")).toContain("selection.score");
    expect(abilitiesOf("COUNCIL_SECRETARY")).not.toContain("selection.score");
    for (const role of roleCodes.filter((r) => r !== "JUROR" && r !== "COUNCIL_SECRETARY")) {
      expect(isScopeAllowedForRole(role, { kind: "SELECTION_MEMBER" })).toBe(false);
    }
  });

  it("lets the organising body keep rounds, its leader approve, and keeps selection away from admin and implementers", () => {
    const holders = (ability: Parameters<typeof can>[1]) => roleCodes.filter((role) => can(role, ability));
    expect(holders("selection.approve")).toEqual(["CENTRAL_LEADER", "PROVINCIAL_LEADER"]);
    expect(holders("selection.manage")).toEqual([
      "CENTRAL_LEADER",
      "CENTRAL_OFFICER",
      "PROVINCIAL_LEADER",
      "PROVINCIAL_OFFICER",
    ]);
    expect(holders("selection.score")).toEqual(["JUROR"]);
    expect(holders("selection.secretariat")).toEqual(["COUNCIL_SECRETARY"]);
    expect(can("SYSTEM_ADMIN", "selection.read")).toBe(false);
    expect(can("IMPLEMENTER", "selection.read")).toBe(false);
    expect(can("AUDITOR", "selection.read")).toBe(true);
  });

  it("keeps every ability the roles had before selection, trade promotion and reports existed", () => {
    const before: Record<string, number> = {
      SYSTEM_ADMIN: 5,
      IMPLEMENTER: 6,
    };
    for (const [role, count] of Object.entries(before)) {
      const abilities = abilitiesOf(role as (typeof roleCodes)[number]);
      expect(abilities.filter((a) => !a.startsWith("reportTemplates.")).length, role).toBe(count);
    }
    expect(
      abilitiesOf("AUDITOR").filter(
        (a) =>
          !["selection.", "tradePromotion.", "centres.", "conferences.", "reports."].some((prefix) =>
            a.startsWith(prefix),
          ),
      ),
    ).toEqual([
      "catalogues.read",
      "users.read",
      "audit.read",
      "establishments.read",
      "establishments.export",
      "projects.read",
      "projects.export",
      "plans.read",
      "dashboard.read",
      "dashboard.export",
    ]);
  });

  it("lets the province fill reports, the centre review them and auditors only read them", () => {
    const reportAbilities = (role: (typeof roleCodes)[number]) =>
      abilitiesOf(role).filter((a) => a.startsWith("reports."));
    expect(reportAbilities("PROVINCIAL_OFFICER")).toEqual(["reports.read", "reports.fill"]);
    expect(reportAbilities("PROVINCIAL_LEADER")).toEqual(["reports.read", "reports.fill"]);
    expect(reportAbilities("CENTRAL_OFFICER")).toEqual(["reports.read", "reports.review"]);
    expect(reportAbilities("CENTRAL_LEADER")).toEqual(["reports.read", "reports.review"]);
    const holders = (ability: Parameters<typeof can>[1]) => roleCodes.filter((role) => can(role, ability));
    expect(holders("reportTemplates.manage")).toEqual(["SYSTEM_ADMIN"]);
    expect(holders("reportTemplates.read")).toEqual(["SYSTEM_ADMIN", "CENTRAL_LEADER", "CENTRAL_OFFICER"]);
    expect(reportAbilities("AUDITOR")).toEqual(["reports.read"]);
    for (const role of ["SYSTEM_ADMIN", "IMPLEMENTER", "JUROR", "COUNCIL_SECRETARY"] as const) {
      expect(reportAbilities(role), role).toEqual([]);
    }
  });

  it("accepts the selection-member scope without any territory", () => {
    expect(dataScopeSchema.safeParse({ kind: "SELECTION_MEMBER" }).success).toBe(true);
    expect(dataScopeSchema.safeParse({ kind: "SELECTION_MEMBER", provinceId: "P34-82" }).success).toBe(false);
  });
});
