import { describe, expect, it } from "vitest";
import {
  certificateIssuerKey,
  certificateNumber,
  certificateStatusOn,
  certificateValidUntil,
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

  it("numbers certificates per level, year and issuer", () => {
    const tinh = { level: "TINH" as const, provinceId: "P34-82", regionCode: null };
    expect(
      certificateNumber({ sequence: 15, year: 2026, level: "TINH", issuerKey: certificateIssuerKey(tinh) }),
    ).toBe("15/2026/CNNT-TINH-P34-82");
    const national = { level: "QUOC_GIA" as const, provinceId: null, regionCode: null };
    expect(
      certificateNumber({
        sequence: 7,
        year: 2026,
        level: "QUOC_GIA",
        issuerKey: certificateIssuerKey(national),
      }),
    ).toBe("7/2026/CNNT-QUOC_GIA");
  });
});
