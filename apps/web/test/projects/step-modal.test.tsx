import { screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { StepModal } from "../../src/features/projects/steps/step-modal";
import { errorsOf, expectFieldError } from "../support/antd";
import { problem, stubApi } from "../support/fetch-stub";
import { renderWithApp } from "../support/render";

// Loosely typed fixtures: only what the step form reads, so a rename of the generated API types does not break them.
const project = { id: "DA-2025-001", version: 7, kcTotal: "800000000", documents: [] } as never;
const signContract = {
  code: "SIGN_CONTRACT",
  label: "Ký hợp đồng",
  documents: [{ anyOf: [{ code: "HOP_DONG", label: "Hợp đồng" }], fields: ["number", "date", "signer"] }],
  conditions: [],
  formRequirements: [],
} as never;

function renderStep(
  reply: unknown = { id: "DA-2025-001", status: { code: "CONTRACTED", label: "Đã ký hợp đồng" } },
) {
  const api = stubApi({ "POST /projects/DA-2025-001/steps/SIGN_CONTRACT": reply });
  const onClose = vi.fn();
  const view = renderWithApp(
    <StepModal project={project} step={signContract} onClose={onClose} onReload={() => {}} />,
  );
  return { ...view, api, onClose };
}

const take = () => screen.getByRole("button", { name: "Thực hiện" });

describe("project step form (sign the contract)", () => {
  it("asks for the document's number and signer and the contracted support, in Vietnamese", async () => {
    const { user, api } = renderStep();
    const contract = within(screen.getByRole("group", { name: "Văn bản 1" }));
    const support = screen.getByLabelText("Kinh phí khuyến công theo hợp đồng (đồng)") as HTMLInputElement;
    // The contracted support starts at the project's KC total, grouped.
    expect(support.value).toBe("800.000.000");
    await user.clear(support);
    await user.click(take());
    await expectFieldError("Vui lòng nhập thông tin này");
    expect(errorsOf(contract.getByLabelText("Số văn bản"))).toEqual(["Vui lòng nhập thông tin này"]);
    expect(errorsOf(contract.getByLabelText("Người ký"))).toEqual(["Vui lòng nhập thông tin này"]);
    expect(errorsOf(support)).toEqual(["Vui lòng nhập thông tin này"]);
    expect(api.bodiesSentTo("POST /projects/DA-2025-001/steps/SIGN_CONTRACT")).toEqual([]);
  });

  it("sends the page's version, the dates as ISO and the amount as whole đồng", async () => {
    const { user, api, onClose } = renderStep();
    const contract = within(screen.getByRole("group", { name: "Văn bản 1" }));
    const effectiveOn = screen.getByLabelText("Ngày của bước");
    await user.clear(effectiveOn);
    await user.type(effectiveOn, "20/03/2025{Enter}");
    await user.type(contract.getByLabelText("Số văn bản"), " 12/2025/HĐ-KC ");
    await user.type(contract.getByLabelText("Người ký"), "Lê Văn Cường");
    const support = screen.getByLabelText("Kinh phí khuyến công theo hợp đồng (đồng)");
    await user.clear(support);
    await user.type(support, "750.000.000");
    await user.click(take());
    const sent = api.bodiesSentTo("POST /projects/DA-2025-001/steps/SIGN_CONTRACT");
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]).toEqual({
      version: 7,
      effectiveOn: "2025-03-20",
      note: "",
      documents: [
        {
          kind: "HOP_DONG",
          number: "12/2025/HĐ-KC",
          // The document's date followed the step's date, since the user did not set it apart.
          date: "2025-03-20",
          signer: "Lê Văn Cường",
          signerAuthority: null,
          title: "",
          documentId: null,
        },
      ],
      contractSupport: "750000000",
    });
    await waitFor(() => expect(onClose).toHaveBeenCalled());
  });

  it("shows the server's refusal in the form and stays open", async () => {
    const { user, onClose } = renderStep(
      problem(422, "PROJECT_CONTRACT_OVER_ESTIMATE", "Kinh phí hợp đồng vượt dự toán được duyệt"),
    );
    const contract = within(screen.getByRole("group", { name: "Văn bản 1" }));
    await user.type(contract.getByLabelText("Số văn bản"), "12/2025/HĐ-KC");
    await user.type(contract.getByLabelText("Người ký"), "Lê Văn Cường");
    await user.click(take());
    expect((await screen.findByRole("alert")).textContent).toContain(
      "Kinh phí hợp đồng vượt dự toán được duyệt",
    );
    expect(onClose).not.toHaveBeenCalled();
  });
});
