import { screen, waitFor } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { NormSetFormDrawer } from "../../src/features/support-norms/norm-set-form-drawer";
import { errorsOf, expectFieldError } from "../support/antd";
import { stubApi } from "../support/fetch-stub";
import { adminUnits } from "../support/reference-routes";
import { renderWithApp } from "../support/render";

const base = {
  id: "KCQG_TT_28_2018_BTC",
  version: 1,
  labelVi: "Định mức khuyến công quốc gia (TT 28/2018/TT-BTC)",
  legalDocumentKey: "TT_28_2018_BTC",
  legalDocument: null,
  fundingLevel: "KCQG",
  fundingLevelLabel: "Khuyến công quốc gia",
  provinceId: null,
  provinceName: null,
  validFrom: "2018-05-15",
  validTo: null,
  confidence: "CONFIRMED",
  confidenceLabel: "",
  datesConfidence: "CONFIRMED",
  datesConfidenceLabel: "",
  noteVi: "",
  source: "SEED",
  createdAt: "2018-05-15T00:00:00Z",
  normCount: 1,
  applies: true,
};

const norm = {
  code: "b1",
  activityVi: "Xây dựng mô hình trình diễn kỹ thuật",
  maxShareBps: 3000,
  percentBase: "ITEM_COST",
  percentBaseLabel: "",
  capDong: "500000000",
  capUnit: "PER_MODEL",
  capUnitLabel: null,
  priorityMultiplierMaxBps: 15000,
  noteVi: null,
  legalBasis: "Điểm b khoản 1 Điều 5",
  confidence: "CONFIRMED",
  confidenceLabel: "",
};

function renderDrawer() {
  const api = stubApi({
    "GET /support-norm-sets": { items: [base], total: 1, page: 1, pageSize: 200 },
    [`GET /support-norm-sets/${base.id}`]: { ...base, norms: [norm] },
    "GET /legal-documents": { items: [], total: 0, page: 1, pageSize: 200 },
    "GET /admin-units": adminUnits,
    "POST /support-norm-sets": { ...base, id: "KCQG_TT_28_2018_BTC_V2", version: 2, norms: [norm] },
  });
  const onCreated = vi.fn();
  const view = renderWithApp(
    <NormSetFormDrawer baseId={base.id} onClose={() => {}} onCreated={onCreated} />,
    {
      me: { role: "CENTRAL_LEADER", abilities: ["supportNorms.manage"] },
    },
  );
  return { ...view, api, onCreated };
}

const submit = () => screen.getByRole("button", { name: "Lưu phiên bản" });

describe("support norm set form", () => {
  it("starts from the base set as its next version, with its rows as people read them", async () => {
    renderDrawer();
    const id = (await screen.findByLabelText("Mã bộ định mức")) as HTMLInputElement;
    expect(id.value).toBe("KCQG_TT_28_2018_BTC_V2");
    expect((screen.getByLabelText("Số phiên bản") as HTMLInputElement).value).toBe("2");
    expect((screen.getByLabelText("Áp dụng từ ngày") as HTMLInputElement).value).toBe("15/05/2018");
    expect((screen.getByLabelText("Tỷ lệ tối đa (%) — b1") as HTMLInputElement).value).toBe("30,0");
    expect((screen.getByLabelText("Mức trần (đồng) — b1") as HTMLInputElement).value).toBe("500.000.000");
    expect((screen.getByLabelText("Hệ số ưu tiên tối đa — b1") as HTMLInputElement).value).toBe("1,5");
  });

  it("refuses a malformed id, an empty row, a repeated code and a cap that is not whole đồng", async () => {
    const { user, api } = renderDrawer();
    const id = await screen.findByLabelText("Mã bộ định mức");
    await user.clear(id);
    await user.type(id, "Định mức 2025");
    const cap = screen.getByLabelText("Mức trần (đồng) — b1");
    await user.clear(cap);
    await user.type(cap, "12,5");
    await user.click(screen.getByRole("button", { name: /Thêm dòng/ }));
    await user.type(screen.getByLabelText("Mã — #2"), "b1");
    await user.click(submit());
    await expectFieldError("Chỉ dùng chữ không dấu, số, dấu gạch dưới hoặc gạch ngang");
    const codes = screen.getAllByLabelText("Mã — b1");
    await waitFor(() => expect(errorsOf(codes[1] as HTMLElement)).toEqual(["Mã định mức bị trùng"]));
    expect(errorsOf(screen.getAllByLabelText("Nội dung hỗ trợ — b1")[1] as HTMLElement)).toEqual([
      "Bắt buộc",
    ]);
    // Typed "12,5" keeps its digits only, grouped: "125" is a valid whole amount, so no error on the cap.
    expect((cap as HTMLInputElement).value).toBe("125");
    expect(api.bodiesSentTo("POST /support-norm-sets")).toEqual([]);
  });

  it("sends percentages and multipliers in basis points and ceilings as digit strings", async () => {
    const { user, api, onCreated } = renderDrawer();
    const label = await screen.findByLabelText("Tên bộ định mức");
    await user.clear(label);
    await user.type(label, "Định mức khuyến công quốc gia 2025 ");
    const share = screen.getByLabelText("Tỷ lệ tối đa (%) — b1");
    await user.clear(share);
    await user.type(share, "50");
    const cap = screen.getByLabelText("Mức trần (đồng) — b1");
    await user.clear(cap);
    await user.type(cap, "1200000000");
    expect((cap as HTMLInputElement).value).toBe("1.200.000.000");
    await user.click(submit());
    await waitFor(() => expect(api.bodiesSentTo("POST /support-norm-sets")).toHaveLength(1));
    expect(api.bodiesSentTo("POST /support-norm-sets")[0]).toEqual({
      id: "KCQG_TT_28_2018_BTC_V2",
      version: 2,
      labelVi: "Định mức khuyến công quốc gia 2025",
      legalDocumentKey: "TT_28_2018_BTC",
      fundingLevel: "KCQG",
      provinceId: null,
      validFrom: "2018-05-15",
      validTo: null,
      confidence: "CONFIRMED",
      datesConfidence: "CONFIRMED",
      noteVi: "",
      norms: [
        {
          code: "b1",
          activityVi: "Xây dựng mô hình trình diễn kỹ thuật",
          maxShareBps: 5000,
          percentBase: "ITEM_COST",
          capDong: "1200000000",
          capUnit: "PER_MODEL",
          priorityMultiplierMaxBps: 15000,
          legalBasis: "Điểm b khoản 1 Điều 5",
          confidence: "CONFIRMED",
        },
      ],
    });
    await waitFor(() => expect(onCreated).toHaveBeenCalledWith("KCQG_TT_28_2018_BTC_V2"));
  });
});
