import { describe, expect, it } from "vitest";
import { passwordProblem } from "./passwords";

describe("passwordProblem", () => {
  it("accepts a long passphrase without composition rules", () => {
    expect(passwordProblem("mot cum tu that dai de nho")).toBeNull();
    expect(passwordProblem(`${"a".repeat(7)}b`)).toBeNull();
  });

  it("names the rule a password breaks", () => {
    expect(passwordProblem("ngan")?.code).toBe("TOO_SHORT");
    expect(passwordProblem("x".repeat(129))?.code).toBe("TOO_LONG");
    expect(passwordProblem("abc\u0000defgh")?.code).toBe("INVALID_CHARACTER");
    for (const common of ["12345678", "MatKhau123", "khuyencong", "zzzzzzzzzz"])
      expect(passwordProblem(common)?.code).toBe("TOO_COMMON");
  });

  it("refuses the account's own e-mail or its name part", () => {
    const email = "nguyenvan@dongthap.gov.vn";
    expect(passwordProblem(email, { email })?.code).toBe("TOO_COMMON");
    expect(passwordProblem("Nguyenvan2026", { email })?.code).toBe("TOO_COMMON");
    expect(passwordProblem("Nguyenvan2026")).toBeNull();
  });
});
