import { screen } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { FormRefusals } from "../../src/components/form-refusals";
import { ApiError } from "../../src/lib/api";
import { renderWithApp } from "../support/render";

describe("FormRefusals", () => {
  it("shows nothing while the form has not been refused", () => {
    renderWithApp(
      <FormRefusals conflict={false} conflictHint="—" reloading={false} onReload={() => {}} error={null} />,
    );
    expect(screen.queryByRole("alert")).toBeNull();
    expect(screen.queryByRole("button", { name: "Tải lại" })).toBeNull();
  });

  it("names a version conflict with the form's hint, reloads on request, and shows a refusal no field owns", async () => {
    const onReload = vi.fn();
    const scrolled = vi.spyOn(HTMLElement.prototype, "scrollIntoView");
    const refusal = new ApiError({
      status: 422,
      code: "PROJECT_INVALID",
      title: "Đề án chưa hợp lệ",
      requestId: "r",
    });
    const { user } = renderWithApp(
      <FormRefusals
        conflict
        conflictHint="Tải lại để thấy bản mới nhất"
        reloading={false}
        onReload={onReload}
        error={refusal}
      />,
    );
    const alerts = screen.getAllByRole("alert").map((alert) => alert.textContent);
    expect(alerts[0]).toContain("Dữ liệu đã bị người khác thay đổi, vui lòng tải lại");
    expect(alerts[0]).toContain("Tải lại để thấy bản mới nhất");
    expect(alerts[1]).toContain("Đề án chưa hợp lệ");
    expect(scrolled).toHaveBeenCalled();
    await user.click(screen.getByRole("button", { name: "Tải lại" }));
    expect(onReload).toHaveBeenCalledTimes(1);
    scrolled.mockRestore();
  });
});
