import { describe, expect, it } from "vitest";
import { abilityCodes } from "../access/index";
import { transitions } from "../projects/index";
import {
  auditActionLabel,
  auditEntityLabel,
  auditEntityLabels,
  currentAuditAction,
  deniedOperationLabels,
  fixedAuditActionLabels,
  legacyAuditActions,
  storedAuditActions,
} from "./actions";

const languages = ["vi", "en"] as const;

describe("audit action labels", () => {
  it("name every fixed action in the past tense, with a label in both languages", () => {
    for (const [code, labels] of Object.entries(fixedAuditActionLabels)) {
      // The rule: <THING>_<PAST PARTICIPLE> (…ED, SET, RUN, TAKEN); an attempt that can fail is named for the attempt.
      expect(code, code).toMatch(/^[A-Z][A-Z_]*_([A-Z]+(ED|ET|UN)|TAKEN)$|^SIGNED_OUT$/);
      for (const language of languages) {
        expect(labels[language].trim(), `${code} ${language}`).not.toBe("");
        expect(auditActionLabel(code, language)).toBe(labels[language]);
      }
    }
  });

  it("label every project step, every refused ability and operation in both languages", () => {
    const families = [
      ...transitions.map((t) => `PROJECT_STEP_TAKEN:${t.code}`),
      ...transitions.map((t) => `DENIED:PROJECT_STEP:${t.code}`),
      ...abilityCodes.map((a) => `DENIED:${a}`),
      ...Object.keys(deniedOperationLabels).map((o) => `DENIED:${o}`),
    ];
    for (const code of families) {
      for (const language of languages) {
        const label = auditActionLabel(code, language, (step) => `«${step}»`);
        expect(label, `${code} ${language}`).not.toBe(code);
      }
    }
    // Vietnamese step names come from the transition table itself.
    const first = transitions[0];
    expect(auditActionLabel(`PROJECT_STEP_TAKEN:${first?.code}`)).toBe(`Đề án: ${first?.labelVi}`);
  });

  it("keep a label for every legacy code, the same as the code that replaced it", () => {
    for (const [legacy, current] of Object.entries(legacyAuditActions)) {
      for (const language of languages) {
        expect(auditActionLabel(legacy, language)).toBe(fixedAuditActionLabels[current][language]);
      }
      expect(storedAuditActions(current)).toContain(legacy);
      expect(storedAuditActions(legacy)).toEqual(expect.arrayContaining([legacy, current]));
    }
    expect(currentAuditAction("PROJECT_STEP:CLOSE")).toBe("PROJECT_STEP_TAKEN:CLOSE");
    expect(storedAuditActions("PROJECT_STEP_TAKEN:CLOSE")).toEqual(
      expect.arrayContaining(["PROJECT_STEP_TAKEN:CLOSE", "PROJECT_STEP:CLOSE"]),
    );
    expect(storedAuditActions("USER_CREATED")).toEqual(["USER_CREATED"]);
  });

  it("label every audited entity in both languages, and show an unknown code as itself", () => {
    for (const entity of Object.keys(auditEntityLabels)) {
      for (const language of languages) expect(auditEntityLabel(entity, language)).not.toBe(entity);
    }
    expect(auditEntityLabel("something_else")).toBe("something_else");
    expect(auditActionLabel("SOMETHING_ELSE", "en")).toBe("SOMETHING_ELSE");
  });
});
