import { screen } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { ListEmptyState } from "../../src/components/empty-state";
import { renderWithApp } from "../support/render";

describe("ListEmptyState", () => {
  it("with filters set, says nothing matches and clears them", async () => {
    const onClear = vi.fn();
    const { user } = renderWithApp(<ListEmptyState what="đề án" filtered onClearFilters={onClear} />);
    expect(screen.getByText("Không có kết quả với bộ lọc này")).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Xoá bộ lọc" }));
    expect(onClear).toHaveBeenCalledTimes(1);
  });

  it("without filters, names the scope, says how to widen it and offers the page's own way to add records", () => {
    renderWithApp(
      <ListEmptyState what="cơ sở" filtered={false} action={<button type="button">Nhập từ tệp</button>} />,
    );
    expect(screen.getByText("Chưa có cơ sở nào trong phạm vi Đồng Tháp")).toBeTruthy();
    expect(screen.getByText(/mở rộng phạm vi dữ liệu/)).toBeTruthy();
    expect(screen.getByRole("button", { name: "Nhập từ tệp" })).toBeTruthy();
  });

  it("for a catalogue everyone reads whole, says only that it is empty", () => {
    renderWithApp(<ListEmptyState what="văn bản pháp lý" filtered={false} scoped={false} />);
    expect(screen.getByText("Chưa có văn bản pháp lý nào")).toBeTruthy();
    expect(screen.queryByText(/mở rộng phạm vi/)).toBeNull();
  });
});
