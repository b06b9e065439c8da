import { describe, expect, it } from "vitest";
import {
  type CertificateNumberFormat,
  certificateNumbering,
  certificateStatusOn,
  certificateValidUntil,
  defaultCertificateNumberFormats,
} from "./certificate-record";
import {
  calendarDayInputSchema,
  certificateRevokeSchema,
  complaintInputSchema,
  entryInputSchema,
  scoreSheetInputSchema,
} from "./entry-input";
import { criterionFrameSchema, memberInputSchema, pointsSchema, roundCreateSchema } from "./round-input";

const messages = (result: {
  success: boolean;
  error?: { issues: { path: PropertyKey[]; message: string }[] };
}) => (result.error?.issues ?? []).map((issue) => `${issue.path.join(".")}: ${issue.message}`);

const round = {
  code: "BC-DTP-2027",
  title: "Bình chọn sản phẩm CNNT tiêu biểu tỉnh Đồng Tháp năm 2027",
  level: "TINH",
  provinceId: "P34-82",
  year: 2027,
  organiserName: "Sở Công Thương Đồng Tháp",
};

describe("selection inputs", () => {
  it("accepts a provincial round and stores its title as NFC", () => {
    const parsed = roundCreateSchema.parse({ ...round, title: round.title.normalize("NFD") });
    expect(parsed.title).toBe(round.title.normalize("NFC"));
    expect(parsed.regionCode).toBeNull();
  });

  it("names the field when the place does not match the level", () => {
    expect(messages(roundCreateSchema.safeParse({ ...round, provinceId: null }))).toEqual([
      "provinceId: Đợt cấp tỉnh, cấp huyện cần chọn tỉnh",
    ]);
    expect(messages(roundCreateSchema.safeParse({ ...round, level: "KHU_VUC", provinceId: null }))).toEqual([
      "regionCode: Đợt cấp khu vực cần chọn khu vực",
    ]);
    expect(roundCreateSchema.safeParse({ ...round, level: "QUOC_GIA", provinceId: null }).success).toBe(true);
    expect(
      messages(roundCreateSchema.safeParse({ ...round, level: "HUYEN", districtUnitId: "H-1", year: 2026 })),
    ).toEqual(["level: Không còn bình chọn cấp huyện sau ngày 30/6/2025"]);
  });

  it("takes points as exact decimal strings only", () => {
    for (const ok of ["0", "12", "12.5", "99.99", "9999.99"])
      expect(pointsSchema.safeParse(ok).success, ok).toBe(true);
    for (const bad of ["-1", "1.234", "1e2", "01", "", " 5", 5, "NaN", "10000"])
      expect(pointsSchema.safeParse(bad).success, String(bad)).toBe(false);
  });

  it("refuses a role from another body and a frame without criteria", () => {
    expect(
      messages(memberInputSchema.safeParse({ body: "JURY", role: "CHAIR", fullName: "Nguyễn Văn An" })),
    ).toEqual(["role: Chức danh không thuộc hội đồng, ban giám khảo hoặc tổ chuyên gia đã chọn"]);
    expect(
      memberInputSchema.safeParse({ body: "JURY", role: "JURY_HEAD", fullName: "Nguyễn Văn An" }).success,
    ).toBe(true);
    expect(criterionFrameSchema.safeParse({ roundVersion: 1, criteria: [] }).success).toBe(false);
    expect(
      criterionFrameSchema.safeParse({
        roundVersion: 1,
        criteria: [{ criterionGroup: "C1", label: "Thị trường", maxPoints: "0" }],
      }).success,
    ).toBe(false);
  });

  it("refuses a sheet that scores one criterion twice", () => {
    const twice = scoreSheetInputSchema.safeParse({
      scores: [
        { criterionId: "c1", points: "10" },
        { criterionId: "c1", points: "12" },
      ],
    });
    expect(messages(twice)).toEqual(["scores: Tiêu chí bị chấm hai lần"]);
  });

  it("refuses an entry with both a lower certificate and a replacing recommendation", () => {
    const both = entryInputSchema.safeParse({
      establishmentId: "e1",
      productName: "Chiếu cói Định Yên",
      productGroup: "G1",
      lowerCertificateId: "cert-1",
      recommendationText: "Công văn 12/UBND",
    });
    expect(both.success).toBe(false);
  });

  it("checks complaint dates, revocation fields and working Saturdays", () => {
    expect(
      complaintInputSchema.safeParse({
        filedOn: "2027-10-05",
        receivedOn: "2027-10-04",
        filedByName: "Cơ sở A",
        content: "Khiếu nại điểm",
      }).success,
    ).toBe(false);
    expect(certificateRevokeSchema.safeParse({ version: 1, revokedOn: "2027-01-01" }).success).toBe(false);
    expect(
      calendarDayInputSchema.safeParse({ date: "2026-01-03", kind: "WORKING_DAY", name: "Làm bù" }).success,
    ).toBe(true);
    expect(
      calendarDayInputSchema.safeParse({ date: "2026-01-05", kind: "WORKING_DAY", name: "Làm bù" }).success,
    ).toBe(false);
  });
});

describe("certificate record (S5, S8)", () => {
  it("is valid to 31 December of the issue year + 2, then expired; revoked from its revocation day", () => {
    expect(certificateValidUntil("2026-11-20")).toBe("2028-12-31");
    const valid = { status: "VALID" as const, validUntil: "2028-12-31", revokedOn: null };
    expect(certificateStatusOn(valid, "2028-12-31")).toBe("VALID");
    expect(certificateStatusOn(valid, "2029-01-01")).toBe("EXPIRED");
    const revoked = { status: "REVOKED" as const, validUntil: "2028-12-31", revokedOn: "2027-03-01" };
    expect(certificateStatusOn(revoked, "2027-02-28")).toBe("VALID");
    expect(certificateStatusOn(revoked, "2027-03-01")).toBe("REVOKED");
    expect(certificateStatusOn(revoked, "2030-01-01")).toBe("REVOKED");
  });

  it("numbers certificates by the format valid on the issue day, with readable issuers", () => {
    const number = (issue: Parameters<typeof certificateNumbering>[0], sequence: number) =>
      certificateNumbering(issue)?.numberOf(sequence);
    const base = { provinceCode: null, regionCode: null };
    expect(number({ ...base, level: "TINH", issuedOn: "2026-11-15", provinceCode: "82" }, 15)).toBe(
      "15/2026/CNNT-82",
    );
    expect(number({ ...base, level: "HUYEN", issuedOn: "2023-05-02", provinceCode: "87" }, 3)).toBe(
      "3/2023/CNNT-H87",
    );
    expect(
      number({ ...base, level: "KHU_VUC", issuedOn: "2018-11-18", regionCode: "TRUNG_TAY_NGUYEN" }, 68),
    ).toBe("68/2018/CNNT-TN");
    expect(number({ ...base, level: "KHU_VUC", issuedOn: "2018-11-18", regionCode: "BAC" }, 1)).toBe(
      "1/2018/CNNT-MB",
    );
    expect(number({ ...base, level: "QUOC_GIA", issuedOn: "2026-11-25" }, 7)).toBe("7/2026/CNNT-QG");
  });

  it("counts one sequence per printed form, so units printing alike never collide", () => {
    // Tiền Giang (P63-82) before the merger and the new Đồng Tháp (P34-82) after it both print "82" in 2025.
    const before = certificateNumbering({
      level: "TINH",
      issuedOn: "2025-03-01",
      provinceCode: "82",
      regionCode: null,
    });
    const after = certificateNumbering({
      level: "TINH",
      issuedOn: "2025-11-01",
      provinceCode: "82",
      regionCode: null,
    });
    expect(before?.issuerKey).toBe("#/2025/CNNT-82");
    expect(after?.issuerKey).toBe(before?.issuerKey);
    const other = certificateNumbering({
      level: "TINH",
      issuedOn: "2025-11-01",
      provinceCode: "87",
      regionCode: null,
    });
    expect(other?.issuerKey).toBe("#/2025/CNNT-87");
  });

  it("takes the format valid on the issue day, and says when none is configured", () => {
    const [current] = defaultCertificateNumberFormats;
    if (!current) throw new Error("no default certificate number format");
    const formats: CertificateNumberFormat[] = [
      { ...current, validTo: "2026-12-31" },
      {
        ...current,
        validFrom: "2027-01-01",
        patterns: {
          ...current.patterns,
          QUOC_GIA: "{sequence}/{year}/GCN-CNNT-QG",
        },
      },
    ];
    const national = (issuedOn: string) =>
      certificateNumbering({ level: "QUOC_GIA", issuedOn, provinceCode: null, regionCode: null }, formats);
    expect(national("2026-12-31")?.numberOf(1)).toBe("1/2026/CNNT-QG");
    expect(national("2027-01-01")?.numberOf(1)).toBe("1/2027/GCN-CNNT-QG");
    expect(
      certificateNumbering(
        { level: "QUOC_GIA", issuedOn: "2026-01-01", provinceCode: null, regionCode: null },
        [],
      ),
    ).toBeNull();
    // A regional round without a configured abbreviation, or a provincial one without a code: no number.
    expect(
      certificateNumbering({
        level: "KHU_VUC",
        issuedOn: "2026-01-01",
        provinceCode: null,
        regionCode: "XX",
      }),
    ).toBeNull();
    expect(
      certificateNumbering({ level: "TINH", issuedOn: "2026-01-01", provinceCode: null, regionCode: null }),
    ).toBeNull();
  });
});
