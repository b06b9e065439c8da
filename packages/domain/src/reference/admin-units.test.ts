import { describe, expect, it } from "vitest";
import {
  currentSuccessorOf,
  currentSuccessorsOf,
  isValidOn,
  organisationNameAt,
  predecessorsOf,
  provinceOfAt,
  provincesAsOf,
  regionOfAt,
  rollUp,
  type SuccessionLike,
} from "./admin-units";
import { ORG_KEYS, organisations } from "./organisations.data";
import { provinces } from "./provinces.data";
import { regionMemberships } from "./regions.data";
import { provinceSuccessions } from "./successions.data";

const today = new Date().toISOString().slice(0, 10);

describe("isValidOn", () => {
  it("includes both ends and treats a null end as open", () => {
    const item = { validFrom: "2020-01-01", validTo: "2020-12-31" };
    expect(isValidOn(item, "2019-12-31")).toBe(false);
    expect(isValidOn(item, "2020-01-01")).toBe(true);
    expect(isValidOn(item, "2020-12-31")).toBe(true);
    expect(isValidOn(item, "2021-01-01")).toBe(false);
    expect(isValidOn({ validFrom: "2020-01-01", validTo: null }, "2999-01-01")).toBe(true);
  });
});

describe("provincesAsOf", () => {
  it.each([
    ["2024-01-01", 63],
    ["2025-06-30", 63],
    ["2025-07-01", 34],
    [today, 34],
    ["2008-07-31", 0],
  ])("on %s there are %i provinces", (date, count) => {
    expect(provincesAsOf(provinces, date)).toHaveLength(count);
  });

  it("orders by official code and keeps the caller's rows", () => {
    const codes = provincesAsOf(provinces, "2026-01-01").map((p) => p.officialCode);
    expect(codes.slice(0, 3)).toEqual(["01", "04", "08"]);
    expect(codes.at(-1)).toBe("96");
    expect(provincesAsOf(provinces, "2026-01-01")[0]?.name).toBe("Hà Nội");
  });
});

describe("provinceOfAt", () => {
  it("reads a reused code against the date: 82 is Tiền Giang in 2024 and Đồng Tháp in 2026", () => {
    const before = provinceOfAt(provinces, provinceSuccessions, "82", "2024-01-01");
    const after = provinceOfAt(provinces, provinceSuccessions, { code: "82" }, "2026-01-01");
    expect(before?.key).toBe("P63-82");
    expect(before?.name).toBe("Tiền Giang");
    expect(after?.key).toBe("P34-82");
    expect(after?.name).toBe("Đồng Tháp");
  });

  it("switches on the day of the reorganisation", () => {
    expect(provinceOfAt(provinces, provinceSuccessions, "82", "2025-06-30")?.name).toBe("Tiền Giang");
    expect(provinceOfAt(provinces, provinceSuccessions, "82", "2025-07-01")?.name).toBe("Đồng Tháp");
  });

  it("returns null for a code that no longer exists", () => {
    expect(provinceOfAt(provinces, provinceSuccessions, "87", "2024-01-01")?.name).toBe("Đồng Tháp");
    expect(provinceOfAt(provinces, provinceSuccessions, "87", "2026-01-01")).toBeNull();
  });

  it("follows a former unit forward to the unit it became", () => {
    expect(provinceOfAt(provinces, provinceSuccessions, "P63-87", "2026-01-01")?.key).toBe("P34-82");
    expect(provinceOfAt(provinces, provinceSuccessions, { key: "P63-60" }, "2026-01-01")?.name).toBe(
      "Lâm Đồng",
    );
    expect(provinceOfAt(provinces, provinceSuccessions, "P63-87", "2020-01-01")?.key).toBe("P63-87");
  });

  it("walks back only while there is a single predecessor", () => {
    expect(provinceOfAt(provinces, provinceSuccessions, "P34-01", "2024-01-01")?.key).toBe("P63-01");
    expect(provinceOfAt(provinces, provinceSuccessions, "P34-82", "2024-01-01")).toBeNull();
    expect(provinceOfAt(provinces, provinceSuccessions, "P-UNKNOWN", "2024-01-01")).toBeNull();
  });
});

describe("currentSuccessorOf", () => {
  it("resolves merged and unchanged provinces to the 34-unit map", () => {
    expect(currentSuccessorOf(provinceSuccessions, "P63-60", "2026-01-01")).toBe("P34-68"); // Bình Thuận → Lâm Đồng
    expect(currentSuccessorOf(provinceSuccessions, "P63-02", today)).toBe("P34-08"); // Hà Giang → Tuyên Quang
    expect(currentSuccessorOf(provinceSuccessions, "P63-01", "2026-01-01")).toBe("P34-01"); // Hà Nội unchanged
  });

  it("is the unit itself before the change and for units that are already current", () => {
    expect(currentSuccessorOf(provinceSuccessions, "P63-60", "2025-06-30")).toBe("P63-60");
    expect(currentSuccessorOf(provinceSuccessions, "P34-68", "2026-01-01")).toBe("P34-68");
  });

  const chain: SuccessionLike[] = [
    { predecessorKey: "A", successorKey: "B", effectiveDate: "2025-07-01" },
    { predecessorKey: "B", successorKey: "C", effectiveDate: "2030-01-01" },
    { predecessorKey: "X", successorKey: "Y", effectiveDate: "2025-07-01" },
    { predecessorKey: "X", successorKey: "Z", effectiveDate: "2025-07-01" },
  ];

  it("follows chains longer than one step, as far as the as-of date allows", () => {
    expect(currentSuccessorOf(chain, "A", "2026-01-01")).toBe("B");
    expect(currentSuccessorOf(chain, "A", "2030-01-01")).toBe("C");
    expect(currentSuccessorOf(chain, "B", "2031-01-01")).toBe("C");
  });

  it("returns null for a split and lists every part with currentSuccessorsOf", () => {
    expect(currentSuccessorOf(chain, "X", "2026-01-01")).toBeNull();
    expect(currentSuccessorsOf(chain, "X", "2026-01-01")).toEqual(["Y", "Z"]);
  });

  it("stops on cyclic data instead of looping", () => {
    const cyclic: SuccessionLike[] = [
      { predecessorKey: "P", successorKey: "Q", effectiveDate: "2020-01-01" },
      { predecessorKey: "Q", successorKey: "P", effectiveDate: "2021-01-01" },
    ];
    expect(currentSuccessorsOf(cyclic, "P", "2022-01-01")).toEqual([]);
  });
});

describe("predecessorsOf", () => {
  it("gives the new Đồng Tháp the former Đồng Tháp (87) and Tiền Giang (82)", () => {
    expect(predecessorsOf(provinceSuccessions, "P34-82").sort()).toEqual(["P63-82", "P63-87"]);
  });

  it("gives an unchanged province its own former record", () => {
    expect(predecessorsOf(provinceSuccessions, "P34-01")).toEqual(["P63-01"]);
    expect(predecessorsOf(provinceSuccessions, "P63-01")).toEqual([]);
  });

  it("collects ancestors along chains when asked", () => {
    const chain: SuccessionLike[] = [
      { predecessorKey: "A", successorKey: "B", effectiveDate: "2025-07-01" },
      { predecessorKey: "A2", successorKey: "B", effectiveDate: "2025-07-01" },
      { predecessorKey: "B", successorKey: "C", effectiveDate: "2030-01-01" },
    ];
    expect(predecessorsOf(chain, "C")).toEqual(["B"]);
    expect(predecessorsOf(chain, "C", { transitive: true })).toEqual(["B", "A", "A2"]);
  });
});

describe("rollUp", () => {
  const recorded = [
    { unitKey: "P63-02", value: 1_200_000_000n }, // Hà Giang
    { unitKey: "P63-08", value: 2_345_678_901n }, // Tuyên Quang (former)
    { unitKey: "P63-01", value: 7_000_000n }, // Hà Nội
    { unitKey: "P34-08", value: 1n }, // already recorded on the new Tuyên Quang
  ];

  it("re-bases Hà Giang and Tuyên Quang figures onto the new Tuyên Quang", () => {
    expect(rollUp(recorded, provinceSuccessions, "2026-01-01")).toEqual([
      { unitKey: "P34-01", value: 7_000_000n, fromUnitKeys: ["P63-01"] },
      { unitKey: "P34-08", value: 3_545_678_902n, fromUnitKeys: ["P63-02", "P63-08", "P34-08"] },
    ]);
  });

  it("keeps historic boundaries for an as-of date before the change", () => {
    const result = rollUp(recorded.slice(0, 3), provinceSuccessions, "2025-06-30");
    expect(result.map((r) => [r.unitKey, r.value])).toEqual([
      ["P63-01", 7_000_000n],
      ["P63-02", 1_200_000_000n],
      ["P63-08", 2_345_678_901n],
    ]);
  });

  it("preserves the total exactly, beyond the precision of number", () => {
    const big = [
      { unitKey: "P63-87", value: 9_007_199_254_740_993n },
      { unitKey: "P63-82", value: 9_007_199_254_740_993n },
    ];
    const [dongThap] = rollUp(big, provinceSuccessions, today);
    expect(dongThap?.unitKey).toBe("P34-82");
    expect(dongThap?.value).toBe(18_014_398_509_481_986n);
  });

  it("leaves a figure on its recorded unit when that unit was split", () => {
    const split: SuccessionLike[] = [
      { predecessorKey: "X", successorKey: "Y", effectiveDate: "2025-07-01" },
      { predecessorKey: "X", successorKey: "Z", effectiveDate: "2025-07-01" },
    ];
    expect(rollUp([{ unitKey: "X", value: 5n }], split, "2026-01-01")).toEqual([
      { unitKey: "X", value: 5n, fromUnitKeys: ["X"] },
    ]);
  });
});

describe("regionOfAt", () => {
  it("moves Bình Thuận from the South to Central with its merger into Lâm Đồng", () => {
    expect(regionOfAt(regionMemberships, "P63-60", "2024-01-01")).toBe("NAM");
    const successor = currentSuccessorOf(provinceSuccessions, "P63-60", "2026-01-01") ?? "";
    expect(regionOfAt(regionMemberships, successor, "2026-01-01")).toBe("TRUNG_TAY_NGUYEN");
  });

  it("knows no region before Circ. 26/2014 took effect, nor after a record ended", () => {
    expect(regionOfAt(regionMemberships, "P63-60", "2014-10-20")).toBeNull();
    expect(regionOfAt(regionMemberships, "P63-60", "2025-07-01")).toBeNull();
    expect(regionOfAt(regionMemberships, "P34-01", today)).toBe("BAC");
  });
});

describe("organisationNameAt", () => {
  const agency = organisations.find((o) => o.key === ORG_KEYS.centralAgency);
  const names = agency?.names ?? [];

  it.each([
    ["2016-05-01", "Cục Công nghiệp địa phương"],
    ["2017-08-30", "Cục Công nghiệp địa phương"],
    ["2017-08-31", "Cục Công Thương địa phương"],
    ["2018-01-01", "Cục Công Thương địa phương"],
    ["2025-02-28", "Cục Công Thương địa phương"],
    ["2026-01-01", "Cục Đổi mới sáng tạo, Chuyển đổi xanh và Khuyến công"],
  ])("names the central agency on %s as %s", (date, name) => {
    expect(organisationNameAt(names, date)?.name).toBe(name);
  });

  it("gives the 2025 short name and nothing before Decree 45", () => {
    expect(organisationNameAt(names, "2026-01-01")?.shortName).toBe("Cục ĐCK");
    expect(organisationNameAt(names, "2012-07-04")).toBeNull();
  });
});
