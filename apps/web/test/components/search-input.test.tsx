import { screen, waitFor } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { SearchInput } from "../../src/components/search-input";
import { renderWithApp } from "../support/render";

describe("SearchInput", () => {
  it("applies the trimmed text once, when the user pauses typing", async () => {
    const onSearch = vi.fn();
    const { user } = renderWithApp(<SearchInput value="" onSearch={onSearch} />);
    await user.type(screen.getByRole("searchbox", { name: "Tìm kiếm" }), "  dong thap ");
    expect(onSearch).not.toHaveBeenCalled();
    await waitFor(() => expect(onSearch).toHaveBeenCalledTimes(1));
    expect(onSearch).toHaveBeenCalledWith("dong thap");
  });

  it("applies at once on Enter, and not at all when the text is the search already applied", async () => {
    const onSearch = vi.fn();
    const { user } = renderWithApp(<SearchInput value="an giang" label="Tìm cơ sở" onSearch={onSearch} />);
    const box = screen.getByRole("searchbox", { name: "Tìm cơ sở" });
    expect((box as HTMLInputElement).value).toBe("an giang");
    await user.type(box, " {Enter}");
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(onSearch).not.toHaveBeenCalled();
    await user.clear(box);
    await user.type(box, "Đồng Tháp{Enter}");
    expect(onSearch).toHaveBeenCalledWith("Đồng Tháp");
    // The pending pause-timer was cancelled by Enter: no second call with the same text.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(onSearch).toHaveBeenCalledTimes(1);
  });
});
