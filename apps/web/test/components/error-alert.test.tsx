import { screen } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { ErrorAlert } from "../../src/components/error-alert";
import { EmptyState, ErrorState, LoadingSkeleton } from "../../src/components/query-state";
import { ApiError } from "../../src/lib/api";
import { renderWithApp } from "../support/render";

const refusal = new ApiError({
  status: 422,
  code: "VALIDATION_FAILED",
  title: "Dữ liệu không hợp lệ",
  detail: "Có 2 trường chưa hợp lệ",
  errors: [
    { path: "body.name", message: "Tên cơ sở không được để trống" },
    { path: "body.taxCode", message: "Mã số thuế phải có 10 hoặc 13 chữ số" },
  ],
  requestId: "req-422",
});

describe("ErrorAlert", () => {
  it("shows the server's Vietnamese sentence and each field error, without the request id of a refusal", () => {
    renderWithApp(<ErrorAlert error={refusal} />);
    const alert = screen.getByRole("alert");
    expect(alert.textContent).toContain("Có 2 trường chưa hợp lệ");
    expect(screen.getAllByRole("listitem").map((item) => item.textContent)).toEqual([
      "Tên cơ sở không được để trống",
      "Mã số thuế phải có 10 hoặc 13 chữ số",
    ]);
    expect(alert.textContent).not.toContain("req-422");
  });

  it("gives the request id of a server fault, so support can trace it", () => {
    const fault = new ApiError({ status: 500, code: "INTERNAL", title: "Lỗi máy chủ", requestId: "req-500" });
    renderWithApp(<ErrorAlert error={fault} />);
    expect(screen.getByRole("alert").textContent).toContain("Lỗi máy chủ");
    expect(screen.getByText("Mã yêu cầu: req-500")).toBeTruthy();
  });

  it("falls back to the given title, then to the generic sentence, for errors that are not the API's", () => {
    const { unmount } = renderWithApp(
      <ErrorAlert error={new TypeError("x is undefined")} fallbackTitle="Không lưu được" />,
    );
    expect(screen.getByRole("alert").textContent).toBe("Không lưu được");
    unmount();
    renderWithApp(<ErrorAlert error={new TypeError("x is undefined")} />);
    expect(screen.getByRole("alert").textContent).toBe("Đã xảy ra lỗi, vui lòng thử lại sau.");
  });
});

describe("query states", () => {
  it("offer a retry after a failed load", async () => {
    const retry = vi.fn();
    const { user } = renderWithApp(
      <ErrorState error={new ApiError({ status: 0, code: "NETWORK_ERROR", title: "" })} onRetry={retry} />,
    );
    expect(screen.getByRole("alert").textContent).toContain("Không tải được dữ liệu");
    await user.click(screen.getByRole("button", { name: "Thử lại" }));
    expect(retry).toHaveBeenCalledTimes(1);
  });

  it("mark loading as busy and say when there is nothing", () => {
    const { container } = renderWithApp(
      <>
        <LoadingSkeleton rows={2} />
        <EmptyState />
        <EmptyState description="Chưa có cơ sở nào" />
      </>,
    );
    expect(container.querySelector('[aria-busy="true"]')).not.toBeNull();
    expect(screen.getByText("Không có dữ liệu")).toBeTruthy();
    expect(screen.getByText("Chưa có cơ sở nào")).toBeTruthy();
  });
});
