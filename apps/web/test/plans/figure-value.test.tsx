import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { FigureValue } from "../../src/features/plans/figure-value";
import { renderWithApp } from "../support/render";

describe("plans FigureValue", () => {
  it("shows a reported budget as the server printed it, in triệu đồng", () => {
    renderWithApp(<FigureValue indicator="BUDGET_EXEC" text="57.615,3" />);
    expect(screen.getByText("57.615,3").parentElement?.textContent).toBe("57.615,3 triệu đồng");
  });

  it("follows a count with its unit, and shows an unknown indicator's number alone", () => {
    renderWithApp(
      <>
        <FigureValue indicator="TRAINEES" text="1.234.567" />
        <FigureValue indicator="NOT_A_CODE" text="12" />
      </>,
    );
    expect(screen.getByText("1.234.567").parentElement?.textContent).toBe("1.234.567 người");
    expect(screen.getByText("12").parentElement?.textContent).toBe("12");
  });
});
