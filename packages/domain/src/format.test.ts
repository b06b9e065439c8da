import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  formatDate,
  formatDateTime,
  formatDong,
  formatNumber,
  isIsoDate,
  parseVietnameseDate,
  todayInVietnam,
} from "./format";

describe("Vietnamese formats", () => {
  it("writes numbers with dot grouping and comma decimals", () => {
    expect(formatNumber(57615.3, 1)).toBe("57.615,3");
    expect(formatNumber(84.12, 2)).toBe("84,12");
    expect(formatNumber(1048)).toBe("1.048");
  });

  it("drops trailing zeros when only the most decimals are given", () => {
    expect(formatNumber(12.5, { maxFractionDigits: 2 })).toBe("12,5");
    expect(formatNumber(12.345, { maxFractionDigits: 2 })).toBe("12,35");
    expect(formatNumber(3000, { maxFractionDigits: 2 })).toBe("3.000");
    expect(formatNumber(12.5, 2)).toBe("12,50");
  });

  it("writes an instant on Vietnam's wall clock, across the date line of UTC", () => {
    expect(formatDateTime("2025-06-30T17:05:09Z")).toBe("01/07/2025 00:05:09");
    expect(formatDateTime("2025-06-30T17:05:09Z", false)).toBe("01/07/2025 00:05");
    expect(formatDateTime("2025-07-01T08:00:00+07:00")).toBe("01/07/2025 08:00:00");
    expect(formatDateTime(null)).toBe("");
    expect(formatDateTime("not a time")).toBe("not a time");
  });

  it("writes đồng exactly beyond 2^53", () => {
    expect(formatDong(9007199254740993n)).toBe("9.007.199.254.740.993");
    expect(formatDong("-4500000")).toBe("-4.500.000");
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 18n), max: 10n ** 18n }), (value) => {
        expect(BigInt(formatDong(value).replaceAll(".", ""))).toBe(value);
      }),
    );
  });

  it("round-trips dates between ISO and dd/MM/yyyy, and rejects impossible ones", () => {
    expect(formatDate("2025-07-01")).toBe("01/07/2025");
    expect(parseVietnameseDate("1/7/2025")).toBe("2025-07-01");
    expect(parseVietnameseDate("31/02/2025")).toBeNull();
    expect(isIsoDate("2024-02-29")).toBe(true);
    expect(isIsoDate("2025-02-29")).toBe(false);
    fc.assert(
      fc.property(
        fc.date({ min: new Date("1990-01-01"), max: new Date("2100-12-31"), noInvalidDate: true }),
        (date) => {
          const iso = date.toISOString().slice(0, 10);
          expect(parseVietnameseDate(formatDate(iso))).toBe(iso);
        },
      ),
    );
  });

  it("takes today's date in Vietnam (UTC+7), not in UTC", () => {
    expect(todayInVietnam(new Date("2025-06-30T17:30:00Z"))).toBe("2025-07-01");
    expect(todayInVietnam(new Date("2025-06-30T16:59:00Z"))).toBe("2025-06-30");
  });
});
