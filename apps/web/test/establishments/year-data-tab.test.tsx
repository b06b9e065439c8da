import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { YearDataTab } from "../../src/features/establishments/detail/year-data-tab";
import { renderWithApp } from "../support/render";

const cellsOf = (year: string) =>
  [...(screen.getByRole("cell", { name: year }).closest("tr")?.querySelectorAll("td") ?? [])].map(
    (cell) => cell.textContent,
  );

describe("establishment year data", () => {
  it("groups money and counts the Vietnamese way, newest year first, with a dash for unknown values", () => {
    renderWithApp(
      <YearDataTab
        yearData={[
          {
            year: 2023,
            employees: null,
            totalCapital: null,
            totalAssets: "0",
            revenue: "98765432109876543210",
            localMaterialSharePct: null,
            hasExportContract: null,
            cnhtProduct: false,
          },
          {
            year: 2024,
            employees: 1234,
            totalCapital: "1234567",
            totalAssets: "2500000000",
            revenue: "1250000000",
            localMaterialSharePct: 84.12,
            hasExportContract: true,
            cnhtProduct: false,
          },
        ]}
      />,
    );
    const years = screen
      .getAllByRole("row")
      .slice(1)
      .map((row) => row.querySelector("td")?.textContent);
    expect(years).toEqual(["2024", "2023"]);
    expect(cellsOf("2024")).toEqual([
      "2024",
      "1.234",
      "1.234.567 đ",
      "2.500.000.000 đ",
      "1.250.000.000 đ",
      "84,12 %",
      "Có",
      "Không",
    ]);
    // Beyond 2^53 the amount stays exact: it is grouped as text, never through a JavaScript number.
    expect(cellsOf("2023")).toEqual([
      "2023",
      "—",
      "—",
      "0 đ",
      "98.765.432.109.876.543.210 đ",
      "—",
      "—",
      "Không",
    ]);
  });
});
