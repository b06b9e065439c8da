import { screen } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { AsOfPicker, BEFORE_MERGER_DATE } from "../../src/components/as-of-picker";
import { todayIso } from "../../src/lib/format";
import { renderWithApp } from "../support/render";

describe("AsOfPicker", () => {
  it("shows the date as dd/MM/yyyy and marks the quick choice in force", () => {
    renderWithApp(<AsOfPicker value={BEFORE_MERGER_DATE} onChange={() => {}} />);
    expect((screen.getByLabelText("Thời điểm") as HTMLInputElement).value).toBe("01/01/2024");
    expect(screen.getByRole("button", { name: "Trước sáp nhập (01/01/2024)" }).className).toContain(
      "ant-btn-primary",
    );
    expect(screen.getByRole("button", { name: "Hiện hành" }).className).not.toContain("ant-btn-primary");
  });

  it("answers ISO dates: the quick choices and a date typed the Vietnamese way", async () => {
    const onChange = vi.fn();
    const { user } = renderWithApp(<AsOfPicker value="2025-03-15" onChange={onChange} />);
    await user.click(screen.getByRole("button", { name: "Hiện hành" }));
    expect(onChange).toHaveBeenLastCalledWith(todayIso());
    await user.click(screen.getByRole("button", { name: "Trước sáp nhập (01/01/2024)" }));
    expect(onChange).toHaveBeenLastCalledWith("2024-01-01");
    const input = screen.getByLabelText("Thời điểm");
    await user.click(input);
    await user.clear(input);
    await user.type(input, "01/07/2025{Enter}");
    expect(onChange).toHaveBeenLastCalledWith("2025-07-01");
  });
});
