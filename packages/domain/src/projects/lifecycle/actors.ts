import type { RoleCode } from "../../access/roles";
import type { ActorKind, FundingLevel } from "../project.constants";

/**
 * Which actor kinds of the transition table (`lifecycle.types.ts`) a signed-in user stands for on one project.
 * The role says what kind of body the user works for; the project says whether that body is its implementer.
 * Provincial staff act for the implementer only when their province's centre or DoIT implements the project
 * (the usual case for local projects); an IMPLEMENTER account only for its own organisation's projects.
 */
export type ProjectRelation = {
  /** The user's organisation (IMPLEMENTER scope) is the project's implementer. */
  implementsAsOrganisation: boolean;
  /** The implementer is an organisation of the user's province (its KC centre or DoIT). */
  implementsAsProvince: boolean;
};

export function actorKindsFor(role: RoleCode, relation: ProjectRelation): ActorKind[] {
  switch (role) {
    case "CENTRAL_LEADER":
      return ["central", "centralLeader"];
    case "CENTRAL_OFFICER":
      return ["central"];
    case "PROVINCIAL_LEADER":
      return [
        "provincial",
        "provincialLeader",
        ...(relation.implementsAsProvince ? (["implementer"] as const) : []),
      ];
    case "PROVINCIAL_OFFICER":
      return ["provincial", ...(relation.implementsAsProvince ? (["implementer"] as const) : [])];
    case "IMPLEMENTER":
      return relation.implementsAsOrganisation ? ["implementer"] : [];
    case "AUDITOR":
    case "SYSTEM_ADMIN":
    case "JUROR":
    case "COUNCIL_SECRETARY":
      return [];
  }
}

/**
 * Who pays out the KC support: the central agency for national (KCQG) projects, the DoIT or its centre for local
 * ones (Circ. 36/2013 Art. 13; Joint Circ. 26/2014 Art. 8) — it records advances, payments and refunds.
 */
export function disbursingActor(level: FundingLevel): ActorKind {
  return level === "KCQG" ? "central" : "provincial";
}
