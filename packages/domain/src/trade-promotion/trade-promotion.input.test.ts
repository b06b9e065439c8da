import { describe, expect, it } from "vitest";
import {
  brandSupportCreateSchema,
  fairCreateSchema,
  participationCreateSchema,
  showroomCreateSchema,
} from "./trade-promotion.input";

const issues = (result: {
  success: boolean;
  error?: { issues: { path: PropertyKey[]; message: string }[] };
}) => (result.error?.issues ?? []).map((issue) => [issue.path.join("."), issue.message]);

const fair = {
  name: "Hội chợ CNNT khu vực phía Bắc 2024",
  level: "REGIONAL",
  kind: "CNNT",
  hostName: "Sở Công Thương Bắc Ninh",
  organiserName: "Trung tâm Khuyến công Bắc Ninh",
  venueUnitId: "u-bac-ninh",
  startDate: "2024-10-01",
  endDate: "2024-10-05",
  plannedBooths: 300,
  provinceId: "u-bac-ninh",
};

describe("fair input", () => {
  it("accepts a domestic fair and stores its name in NFC", () => {
    const decomposed = { ...fair, name: fair.name.normalize("NFD") };
    const parsed = fairCreateSchema.parse(decomposed);
    expect(parsed.name).toBe(fair.name.normalize("NFC"));
    expect(parsed.venueCountryCode).toBeNull();
  });

  it("refuses dates out of order and a venue that does not match the level, naming the field", () => {
    expect(issues(fairCreateSchema.safeParse({ ...fair, endDate: "2024-09-30" }))).toEqual([
      ["endDate", "Ngày bế mạc trước ngày khai mạc"],
    ]);
    const abroad = fairCreateSchema.safeParse({
      ...fair,
      level: "ABROAD",
      venueUnitId: null,
      venueCountryCode: "VN",
    });
    expect(issues(abroad).map(([path]) => path)).toEqual(["venueCountryCode", "venueCity"]);
    expect(
      fairCreateSchema.safeParse({
        ...fair,
        level: "ABROAD",
        venueUnitId: null,
        venueCountryCode: "JP",
        venueCity: "Tokyo",
      }).success,
    ).toBe(true);
    expect(issues(fairCreateSchema.safeParse({ ...fair, plannedBooths: 2.5 }))[0]?.[0]).toBe("plannedBooths");
  });
});

describe("participation input", () => {
  const participation = {
    establishmentId: "e1",
    wholeBooths: 1,
    boothRent: "12000000",
    supportShareBps: 8000,
    supportAmount: "9600000",
  };

  it("accepts whole booths with money as strings of đồng", () => {
    expect(participationCreateSchema.parse(participation)).toMatchObject({
      wholeBooths: 1,
      sharedBoothKey: null,
      otherListedCosts: "0",
    });
  });

  it("says which booth field is wrong and refuses support above the costs", () => {
    expect(issues(participationCreateSchema.safeParse({ ...participation, wholeBooths: 0.5 }))[0]?.[0]).toBe(
      "wholeBooths",
    );
    expect(issues(participationCreateSchema.safeParse({ ...participation, wholeBooths: 0 }))[0]?.[0]).toBe(
      "wholeBooths",
    );
    expect(
      issues(participationCreateSchema.safeParse({ ...participation, supportAmount: "12000001" }))[0]?.[0],
    ).toBe("supportAmount");
    expect(issues(participationCreateSchema.safeParse({ ...participation, boothRent: "1.5" }))[0]?.[0]).toBe(
      "boothRent",
    );
  });
});

describe("showroom and brand input", () => {
  it("requires the centre or the establishment the kind names", () => {
    const showroom = {
      name: "Điểm giới thiệu sản phẩm",
      kind: "AT_CENTRE",
      provinceId: "u1",
      openedOn: "2024-03-01",
    };
    expect(issues(showroomCreateSchema.safeParse(showroom))[0]?.[0]).toBe("centreOrgId");
    expect(showroomCreateSchema.safeParse({ ...showroom, centreOrgId: "org1" }).success).toBe(true);
  });

  it("requires one holder and a registration number once registered", () => {
    const brand = {
      brandName: "Gốm Bát Tràng",
      markKind: "COLLECTIVE",
      provinceId: "u1",
      year: 2024,
      cost: "70000000",
      supportAmount: "35000000",
    };
    expect(issues(brandSupportCreateSchema.safeParse(brand))[0]?.[0]).toBe("establishmentId");
    const collective = {
      ...brand,
      collectiveName: "Hiệp hội Gốm sứ Bát Tràng",
      memberEstablishmentIds: ["e1", "e2"],
    };
    expect(brandSupportCreateSchema.safeParse(collective).success).toBe(true);
    expect(issues(brandSupportCreateSchema.safeParse({ ...collective, status: "REGISTERED" }))[0]?.[0]).toBe(
      "registrationNumber",
    );
  });
});
