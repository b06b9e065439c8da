import { presentChanges } from "@kc/domain";
import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { ChangeList } from "../../src/features/audit/change-list";
import { renderWithApp } from "../support/render";

/** What the server sends for an establishment edit, built by the same pure presenter. */
const changes = presentChanges({
  entity: "establishment",
  before: {
    legalForm: "HKD",
    communeId: "XA-28249-2025-07-01",
    yearData: [{ year: 2024, employees: 12, revenue: "1250000000" }],
    version: 1,
  },
  after: {
    legalForm: "HTX",
    communeId: "XA-28249-2025-07-01",
    yearData: [{ year: 2024, employees: 15, revenue: "1500000000" }],
    phone: "0277 3851 234",
    version: 2,
  },
});

describe("ChangeList", () => {
  it("shows each changed field once, by its label, with before and after and yearly figures as tables", () => {
    const { container } = renderWithApp(<ChangeList changes={changes} />);
    const terms = [...container.querySelectorAll("dt")].map((term) => term.textContent);
    expect(terms).toEqual(["Loại hình", "Điện thoại", "Số liệu theo năm"]);
    expect(screen.getByText("Hộ kinh doanh")).toBeTruthy();
    expect(screen.getByText("Hợp tác xã")).toBeTruthy();
    const tables = screen.getAllByRole("table");
    expect(tables).toHaveLength(2);
    const after = tables[1] as HTMLElement;
    expect(
      within(after)
        .getAllByRole("columnheader")
        .map((cell) => cell.textContent),
    ).toEqual(["Năm", "Lao động", "Doanh thu"]);
    expect(within(after).getByText("1.500.000.000 đ")).toBeTruthy();
    expect(container.textContent).not.toMatch(/XA-\d|HKD|HTX|version|[{}[\]"]:/);
  });

  it("says so when a row changed nothing", () => {
    renderWithApp(<ChangeList changes={[]} />);
    expect(screen.getByText("Thao tác này không kèm thay đổi dữ liệu.")).toBeTruthy();
  });
});
