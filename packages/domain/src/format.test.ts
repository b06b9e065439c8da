import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  formatDate,
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
