import { describe, expect, it } from "vitest";
import { findTransition } from "../lifecycle/lifecycle";
import { guardCodes } from "../lifecycle/lifecycle.types";
import { baseContext } from "../testing/guard-cases";
import { executionCases } from "../testing/guard-cases-execution";
import { planningCases } from "../testing/guard-cases-planning";
import { buildProject } from "../testing/test-projects";
import { guards } from "./guards";

const cases = [...planningCases, ...executionCases];

describe("guards", () => {
  it("has a pass and a failure case for every guard", () => {
    for (const code of guardCodes) {
      const mine = cases.filter((c) => c.guard === code);
      expect(
        mine.some((c) => c.expect.length === 0),
        `${code} passes somewhere`,
      ).toBe(true);
      expect(
        mine.some((c) => c.expect.length > 0),
        `${code} fails somewhere`,
      ).toBe(true);
    }
  });

  it.each(cases.map((c) => [c.guard, c.label, c] as const))("%s — %s", (_code, _label, c) => {
    const step = findTransition(c.step ?? "SUBMIT_BASE");
    if (!step) throw new Error("missing step");
    const project = buildProject(c.project);
    const findings = guards[c.guard](project, { ...baseContext, ...c.context }, step);
    expect(findings.map((f) => f.severity)).toEqual(c.expect);
    for (const found of findings) expect(found.messageVi.length).toBeGreaterThan(10);
  });
});
