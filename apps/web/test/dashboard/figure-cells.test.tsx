import { screen } from "@testing-library/react";
import { Table } from "antd";
import { describe, expect, it } from "vitest";
import { moneyColumn, PctText, pctColumn, useAmountTitle } from "../../src/features/dashboard/figure-cells";
import { renderWithApp } from "../support/render";

// Figures as the server prints them (figure engine): the browser shows the text, never recomputes it.
type Row = {
  unit: string;
  executed: { dong: string; text: string };
  ofPlan: { value: string; text: string } | null;
};

const rows: Row[] = [
  {
    unit: "Đồng Tháp",
    executed: { dong: "57615300000", text: "57.615,3" },
    ofPlan: { value: "84.12", text: "84,12 %" },
  },
  { unit: "An Giang", executed: { dong: "1234567000000", text: "1.234.567" }, ofPlan: null },
];

function FiguresTable() {
  const amountTitle = useAmountTitle();
  return (
    <Table<Row>
      rowKey="unit"
      pagination={false}
      dataSource={rows}
      columns={[
        { key: "unit", title: "Đơn vị", dataIndex: "unit" },
        moneyColumn<Row>("executed", amountTitle("Thực hiện"), (row) => row.executed),
        pctColumn<Row>("ofPlan", "% kế hoạch", (row) => row.ofPlan),
      ]}
    />
  );
}

const cellsOf = (unit: string) =>
  [...(screen.getByText(unit).closest("tr")?.querySelectorAll("td") ?? [])].map((cell) => cell.textContent);

describe("dashboard figure cells", () => {
  it("show the server's amounts in triệu đồng and its percentages, with the unit in the column title", () => {
    renderWithApp(<FiguresTable />);
    expect(screen.getByRole("columnheader", { name: "Thực hiện (triệu đồng)" })).toBeTruthy();
    expect(cellsOf("Đồng Tháp")).toEqual(["Đồng Tháp", "57.615,3", "84,12 %"]);
    // No plan: no percentage, a dash instead of "0 %" or "NaN %".
    expect(cellsOf("An Giang")).toEqual(["An Giang", "1.234.567", "—"]);
  });

  it("colour a signed change by its sign and keep the server's own sign in the text", () => {
    renderWithApp(
      <>
        <PctText signed pct={{ value: "2.62", text: "+2,62 %" }} />
        <PctText signed pct={{ value: "-1.64", text: "−1,64 %" }} />
        <PctText pct={{ value: "-1.64", text: "−1,64 %" }} />
      </>,
    );
    const [up, down, plain] = screen.getAllByText(/%$/);
    expect(up?.textContent).toBe("+2,62 %");
    expect(up?.className).toContain("ant-typography-success");
    expect(down?.textContent).toBe("−1,64 %");
    expect(down?.className).toContain("ant-typography-danger");
    // Unsigned figures (a share of the plan) are never coloured.
    expect(plain?.className).not.toMatch(/success|danger/);
  });
});
