import { describe, expect, it } from "vitest";
import { roleCodes } from "../../access/roles";
import { actorKindsFor, disbursingActor } from "./actors";

const none = { implementsAsOrganisation: false, implementsAsProvince: false };

describe("actorKindsFor", () => {
  it.each([
    ["CENTRAL_LEADER", none, ["central", "centralLeader"]],
    ["CENTRAL_OFFICER", none, ["central"]],
    ["PROVINCIAL_LEADER", none, ["provincial", "provincialLeader"]],
    [
      "PROVINCIAL_LEADER",
      { ...none, implementsAsProvince: true },
      ["provincial", "provincialLeader", "implementer"],
    ],
    ["PROVINCIAL_OFFICER", none, ["provincial"]],
    ["PROVINCIAL_OFFICER", { ...none, implementsAsProvince: true }, ["provincial", "implementer"]],
    ["IMPLEMENTER", none, []],
    ["IMPLEMENTER", { ...none, implementsAsOrganisation: true }, ["implementer"]],
    ["AUDITOR", { implementsAsOrganisation: true, implementsAsProvince: true }, []],
    ["SYSTEM_ADMIN", { implementsAsOrganisation: true, implementsAsProvince: true }, []],
  ] as const)("%s with %o acts as %o", (role, relation, expected) => {
    expect(actorKindsFor(role, relation)).toEqual(expected);
  });

  it("never lets any role act as the system", () => {
    for (const role of roleCodes) {
      expect(
        actorKindsFor(role, { implementsAsOrganisation: true, implementsAsProvince: true }),
      ).not.toContain("system");
    }
  });

  it("has the central agency pay national projects and the province local ones", () => {
    expect(disbursingActor("KCQG")).toBe("central");
    expect(disbursingActor("KCDP")).toBe("provincial");
  });
});
