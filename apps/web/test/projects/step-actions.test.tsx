import { projectStepLabel } from "@kc/domain";
import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { StepActions } from "../../src/features/projects/steps/step-actions";
import { renderWithApp } from "../support/render";

// Loosely typed fixtures: only what the step buttons and their checklist read, as the server sends them. The
// buttons name a step in the user's language, which for Vietnamese is the domain's own label.
const label = projectStepLabel;
const step = (overrides: { code: string } & Record<string, unknown>) => ({
  label: label(overrides.code),
  authority: null,
  documents: [],
  direction: "FORWARD",
  available: true,
  primary: false,
  conditions: [],
  blockers: [],
  warnings: [],
  formRequirements: [],
  ...overrides,
});

const submit = step({
  code: "SUBMIT_BASE",
  available: false,
  conditions: [
    { code: "REQUIRES_ESTIMATE", label: "Có dự toán kinh phí chi tiết (Mẫu 1) hợp lệ", met: true },
    {
      code: "REQUIRES_BENEFICIARY_REQUEST",
      label: "Có văn bản đề nghị hỗ trợ của đơn vị thụ hưởng (khi khác đơn vị thực hiện)",
      met: false,
    },
  ],
  blockers: [
    {
      code: "REQUIRES_BENEFICIARY_REQUEST",
      messageVi: "Thiếu văn bản đề nghị hỗ trợ của đơn vị thụ hưởng",
    },
  ],
});

function renderActions(steps: unknown[]) {
  const project = { id: "DA-2025-001", version: 3, documents: [], actions: { edit: false, steps } } as never;
  return renderWithApp(<StepActions project={project} onReload={() => {}} />);
}

describe("project step buttons", () => {
  it("greys out a step the server would refuse and says why, in its tooltip and in the checklist", async () => {
    const { user } = renderActions([submit]);
    const button = screen.getByRole("button", { name: label("SUBMIT_BASE") });
    expect((button as HTMLButtonElement).disabled).toBe(true);
    expect(button.className).not.toContain("ant-btn-primary");
    const checklist = within(screen.getByTestId("step-checklist"));
    expect(checklist.getByText("Chưa đủ điều kiện")).toBeTruthy();
    expect(checklist.getByText("Thiếu văn bản đề nghị hỗ trợ của đơn vị thụ hưởng")).toBeTruthy();
    expect(checklist.getByLabelText("Đã đáp ứng")).toBeTruthy();
    expect(checklist.getByLabelText("Chưa đáp ứng")).toBeTruthy();
    // Hovering the greyed button shows the same reason; no form opens.
    await user.hover(button.parentElement as HTMLElement);
    expect((await screen.findByRole("tooltip")).textContent).toBe(
      "Thiếu văn bản đề nghị hỗ trợ của đơn vị thụ hưởng",
    );
    expect(screen.queryByRole("dialog")).toBeNull();
  });

  it("makes the step the server marks primary the main button, and a refusal a danger button", async () => {
    const { user } = renderActions([
      step({ code: "RETURN_FOR_COMPLETION", direction: "ASIDE" }),
      step({ code: "REJECT_BASE", direction: "END" }),
      step({ code: "APPRAISE_BASE", primary: true }),
    ]);
    expect(screen.getByRole("button", { name: label("APPRAISE_BASE") }).className).toContain(
      "ant-btn-primary",
    );
    expect(screen.getByRole("button", { name: label("RETURN_FOR_COMPLETION") }).className).not.toContain(
      "ant-btn-primary",
    );
    expect(screen.getByRole("button", { name: label("REJECT_BASE") }).className).toContain("dangerous");
    await user.click(screen.getByRole("button", { name: label("APPRAISE_BASE") }));
    expect(await screen.findByRole("dialog", { name: label("APPRAISE_BASE") })).toBeTruthy();
  });
});
