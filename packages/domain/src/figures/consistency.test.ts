import { describe, expect, it } from "vitest";
import { southernRegionFigures as south } from "./conference-reports.data";
import { checkGrowth, checkPercent, checkStatements, checkSum, type FigureStatement } from "./consistency";
import type { Fixed } from "./fixed";
import { parseViDecimal } from "./fixed";

const printed = (text: string): Fixed => {
  const value = parseViDecimal(text);
  if (value === null) throw new TypeError(`unreadable test figure ${text}`);
  return value;
};

describe("checkPercent", () => {
  it("accepts the printed 84,12 % and 26,59 % of plan", () => {
    const base = { labelVi: "Thực hiện so với kế hoạch" };
    expect(
      checkPercent({ ...base, statedPercent: printed("84,12"), part: south.exec2017, whole: south.plan2017 }),
    ).toBeNull();
    expect(
      checkPercent({
        ...base,
        statedPercent: printed("26,59"),
        part: south.exec2018Jul,
        whole: south.plan2018,
      }),
    ).toBeNull();
  });

  it("flags a printed percentage more than 0,01 point away from the exact one", () => {
    const flag = checkPercent({
      labelVi: "Thực hiện 7 tháng so với kế hoạch năm",
      statedPercent: printed("26,61"),
      part: south.exec2018Jul,
      whole: south.plan2018,
    });
    expect(flag).toEqual({
      code: "PERCENT_MISMATCH",
      stated: "26,61 %",
      computed: "26,59 %",
      difference: "0,02 điểm phần trăm",
      messageVi:
        "Thực hiện 7 tháng so với kế hoạch năm in trong báo cáo là 26,61 %; tính lại từ 19.619,2 và 73.781,0 " +
        "triệu đồng được 26,59 % (lệch 0,02 điểm phần trăm)",
    });
  });

  it("allows one unit of the last printed place for a figure printed with one decimal", () => {
    // 4.870.000.000 / 9.910.459.910 = 49,14 %: "49,1" is its rounding, "49,10" claims more precision than holds.
    const input = {
      labelVi: "Doanh thu tư vấn so với kế hoạch",
      part: 4_870_000_000n,
      whole: 9_910_459_910n,
    };
    expect(checkPercent({ ...input, statedPercent: printed("49,1") })).toBeNull();
    expect(checkPercent({ ...input, statedPercent: printed("49,10") })?.code).toBe("PERCENT_MISMATCH");
    expect(
      checkPercent({ ...input, statedPercent: printed("49,1"), tolerancePp: printed("0,01") })?.code,
    ).toBe("PERCENT_MISMATCH");
  });

  it("calls a negative percentage of plan, or one of a zero plan, impossible", () => {
    const negative = checkPercent({ labelVi: "Tỷ lệ", statedPercent: printed("−5"), part: 1n, whole: 20n });
    expect(negative).toMatchObject({ code: "PERCENT_IMPOSSIBLE", stated: "−5 %", computed: "5,00 %" });
    const zeroPlan = checkPercent({ labelVi: "Tỷ lệ", statedPercent: printed("5"), part: 1n, whole: 0n });
    expect(zeroPlan).toMatchObject({ code: "PERCENT_IMPOSSIBLE", computed: "—", difference: "—" });
    expect(zeroPlan?.messageVi).toBe(
      "Tỷ lệ in trong báo cáo là 5 %: không tính được tỷ lệ vì giá trị làm gốc là 0,0 triệu đồng, phải lớn hơn 0",
    );
  });
});

describe("checkGrowth", () => {
  it("accepts +2,61 % for an exact +2,615… % (truncated, within 0,01 point)", () => {
    const input = { labelVi: "Tăng so với năm trước", current: south.exec2017, previous: south.exec2016 };
    expect(checkGrowth({ ...input, statedPercent: printed("+2,61") })).toBeNull();
    expect(checkGrowth({ ...input, statedPercent: printed("2,62") })).toBeNull();
    expect(checkGrowth({ ...input, statedPercent: printed("+2,63") })?.code).toBe("GROWTH_MISMATCH");
  });

  it("flags the printed +1,08 % for a plan that grew 7,72 %", () => {
    expect(
      checkGrowth({
        labelVi: "Tăng so với năm trước",
        statedPercent: printed("+1,08"),
        current: south.plan2018,
        previous: south.plan2017,
      }),
    ).toEqual({
      code: "GROWTH_MISMATCH",
      stated: "+1,08 %",
      computed: "+7,72 %",
      difference: "6,64 điểm phần trăm",
      messageVi:
        "Tăng so với năm trước in trong báo cáo là +1,08 %; tính lại từ 73.781,0 và 68.495,1 triệu đồng " +
        "được +7,72 % (lệch 6,64 điểm phần trăm)",
    });
  });

  it("calls a fall beyond −100 % or a growth from nothing impossible", () => {
    const fall = checkGrowth({ labelVi: "Giảm", statedPercent: printed("−120"), current: 1n, previous: 10n });
    expect(fall).toMatchObject({ code: "GROWTH_IMPOSSIBLE", stated: "−120 %", computed: "−90,00 %" });
    const fromNothing = checkGrowth({
      labelVi: "Tăng",
      statedPercent: printed("+5"),
      current: 5n,
      previous: 0n,
    });
    expect(fromNothing).toMatchObject({ code: "GROWTH_IMPOSSIBLE", computed: "—", difference: "—" });
    expect(
      checkGrowth({ labelVi: "Giảm", statedPercent: printed("−100"), current: 0n, previous: 10n }),
    ).toBeNull();
  });
});

describe("checkSum", () => {
  it("flags KCQG + KCĐP exceeding the printed 7-month total by 4,5 triệu đồng", () => {
    const flag = checkSum({
      labelVi: "Kinh phí thực hiện 7 tháng đầu năm 2018",
      total: south.exec2018Jul,
      parts: [
        { labelVi: "KCQG", value: south.exec2018JulKcqg },
        { labelVi: "KCĐP", value: south.exec2018JulKcdp },
      ],
    });
    expect(flag).toEqual({
      code: "SUM_MISMATCH",
      stated: "19.619,2",
      computed: "19.623,7",
      difference: "4,5 triệu đồng",
      messageVi:
        "KCQG + KCĐP = 19.623,7 triệu đồng, khác tổng 19.619,2 triệu đồng in trong báo cáo (lệch 4,5 triệu đồng)",
    });
  });

  it("accepts an exact sum and shows a small gap with the decimals it needs", () => {
    const parts = [
      { labelVi: "KCQG", value: 1_000_000n },
      { labelVi: "KCĐP", value: 2_000_000n },
    ];
    expect(checkSum({ labelVi: "Tổng", total: 3_000_000n, parts })).toBeNull();
    expect(checkSum({ labelVi: "Tổng", total: 3_040_000n, parts })).toMatchObject({
      stated: "3,04",
      computed: "3,00",
      difference: "0,04 triệu đồng",
    });
  });
});

describe("checkStatements", () => {
  it("returns one result per statement, with the recomputed figure even when it agrees", () => {
    const statements: FigureStatement[] = [
      { kind: "PERCENT", id: "a", labelVi: "A", statedPercent: printed("50"), part: 1n, whole: 2n },
      { kind: "GROWTH", id: "b", labelVi: "B", statedPercent: printed("+10"), current: 12n, previous: 10n },
      { kind: "SUM", id: "c", labelVi: "C", total: 3_000_000n, parts: [{ labelVi: "x", value: 3_000_000n }] },
    ];
    const results = checkStatements(statements);
    expect(results.map(({ id, kind, ok, computed }) => ({ id, kind, ok, computed }))).toEqual([
      { id: "a", kind: "PERCENT", ok: true, computed: "50,00 %" },
      { id: "b", kind: "GROWTH", ok: false, computed: "+20,00 %" },
      { id: "c", kind: "SUM", ok: true, computed: "3,0" },
    ]);
    expect(results[1]?.flag?.code).toBe("GROWTH_MISMATCH");
    expect(results[1]?.labelVi).toBe("B");
  });
});
