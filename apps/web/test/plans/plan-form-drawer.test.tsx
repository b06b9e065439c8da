import { screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { PlanFormDrawer } from "../../src/features/plans/annual-plans/plan-form-drawer";
import { chooseOption, expectFieldError, shownErrors } from "../support/antd";
import { stubApi } from "../support/fetch-stub";
import { renderWithApp } from "../support/render";

const programme = {
  id: "CTKC-QG-2021-2025",
  nameVi: "Chương trình khuyến công quốc gia 2021–2025",
  level: "QUOC_GIA",
  yearFrom: 2021,
  yearTo: 2025,
  unitLabelVi: null,
};

function renderCreate() {
  const api = stubApi({
    "GET /programmes": { items: [programme] },
    "GET /plan-units": {
      items: [
        { id: "TW", labelVi: "Trung ương (Cục)" },
        { id: "P87", labelVi: "Đồng Tháp" },
      ],
    },
    "POST /annual-plans": { id: "AP-1", year: 2025, unitLabelVi: "Đồng Tháp", lines: [] },
  });
  const onSaved = vi.fn();
  const view = renderWithApp(
    <PlanFormDrawer target={{ mode: "create", year: 2025 }} onClose={() => {}} onSaved={onSaved} />,
    { me: { role: "PROVINCIAL_OFFICER", abilities: ["plans.manage"] } },
  );
  return { ...view, api, onSaved };
}

const save = () => screen.getByRole("button", { name: "Lưu kế hoạch" });

describe("annual plan form", () => {
  it("marks every missing field and line cell as required and sends nothing", async () => {
    const { user, api } = renderCreate();
    await screen.findByLabelText("Số quyết định");
    await user.click(save());
    await expectFieldError("Bắt buộc");
    // Unit, programme, decision number and date; the first line's content and amount (its source is KCQG).
    await waitFor(() => expect(shownErrors()).toEqual(Array(6).fill("Bắt buộc")));
    expect(api.bodiesSentTo("POST /annual-plans")).toEqual([]);
  });

  it("groups amounts as they are typed, totals them by source and sends whole đồng as digit strings", async () => {
    const { user, api, onSaved } = renderCreate();
    await chooseOption(user, await screen.findByLabelText("Đơn vị"), "Đồng Tháp");
    await chooseOption(user, "Chương trình khuyến công", programme.nameVi);
    await user.type(screen.getByLabelText("Số quyết định"), " 125/QĐ-UBND ");
    await user.type(screen.getByLabelText("Ngày quyết định"), "15/01/2025{Enter}");
    await chooseOption(user, "Nội dung dòng 1", "Đào tạo nghề, truyền nghề");
    const amount = screen.getByLabelText("Số tiền (đồng) dòng 1");
    await user.type(amount, "1250000000");
    expect((amount as HTMLInputElement).value).toBe("1.250.000.000");
    const totals = within(screen.getByTestId("plan-line-totals"));
    await waitFor(() =>
      expect(totals.getByText("Tổng cộng").closest(".ant-flex")?.textContent).toBe("Tổng cộng1.250.000.000"),
    );
    await user.click(save());
    await waitFor(() => expect(api.bodiesSentTo("POST /annual-plans")).toHaveLength(1));
    expect(api.bodiesSentTo("POST /annual-plans")[0]).toEqual({
      unitId: "P87",
      year: 2025,
      programmeId: programme.id,
      decisionNumber: "125/QĐ-UBND",
      decisionDate: "2025-01-15",
      noteVi: "",
      lines: [{ source: "KCQG", content: "A1_DAO_TAO_NGHE", amount: "1250000000" }],
    });
    await waitFor(() => expect(onSaved).toHaveBeenCalledTimes(1));
  });
});
