import { describe, expect, it } from "vitest";
import { currentSuccessorOf, organisationNameAt, predecessorsOf, regionOfAt } from "./admin-units";
import { catalogues } from "./catalogues.data";
import { legalDocuments } from "./legal-documents.data";
import { ORG_KEYS, organisations, provincialOrgKey, regionalCentreKey } from "./organisations.data";
import { provinces, provinces34, provinces63 } from "./provinces.data";
import { regionLabels, regionMemberships } from "./regions.data";
import { provinceSuccessions } from "./successions.data";

const byKey = new Map(provinces.map((p) => [p.key, p]));
const nameOf = (key: string) => byKey.get(key)?.name;
const docOf = (key: string) => legalDocuments.find((d) => d.key === key);

describe("legal documents (DOMAIN §3.1)", () => {
  it("lists the 27 documents once each, numbered the Vietnamese way", () => {
    expect(legalDocuments).toHaveLength(27);
    expect(new Set(legalDocuments.map((d) => d.number)).size).toBe(27);
    for (const doc of legalDocuments) {
      expect(doc.number).toMatch(
        /^\d+\/(\d{4}\/)?(NĐ-CP|TT-BCT|TT-BTC|TTLT-[A-Z-]+|QĐ-TTg|QĐ-BCT|CT-BCT|NQ-CP|QH15)$/u,
      );
    }
  });

  it("records Decree 45/2012 with its dates, predecessor and amendment", () => {
    expect(docOf("ND_45_2012")).toMatchObject({
      number: "45/2012/NĐ-CP",
      type: "NGHI_DINH",
      issuer: "Chính phủ",
      title: "Nghị định về khuyến công",
      signedDate: "2012-05-21",
      effectiveDate: "2012-07-05",
      replacesKeys: ["ND_134_2004"],
      confidence: "CONFIRMED",
    });
    expect(docOf("ND_235_2025")?.amendsKeys).toEqual(["ND_45_2012"]);
    expect(docOf("ND_134_2004")?.status).toBe("REPLACED");
  });

  it("maps the confidence labels ✅ / 🟡 / ❓", () => {
    expect(docOf("TT_26_2014_BCT")?.confidence).toBe("CONFIRMED");
    expect(docOf("TT_28_2018_BTC")?.confidence).toBe("SECONDARY");
    expect(docOf("NQ_202_2025_QH15")?.confidence).toBe("SECONDARY");
    expect(docOf("TT_28_2018_BCT")?.confidence).toBe("UNCONFIRMED");
    expect(docOf("ND_98_2017")?.confidence).toBe("UNCONFIRMED");
  });

  it("keeps the two different 26/2014 circulars apart", () => {
    expect(docOf("TTLT_26_2014_BTC_BCT")).toMatchObject({
      number: "26/2014/TTLT-BTC-BCT",
      effectiveDate: "2014-04-08",
    });
    expect(docOf("TT_26_2014_BCT")).toMatchObject({ number: "26/2014/TT-BCT", effectiveDate: "2014-10-21" });
  });

  it("dates Resolution 202/2025/QH15 from 2025-07-01", () => {
    expect(docOf("NQ_202_2025_QH15")).toMatchObject({
      signedDate: "2025-06-12",
      effectiveDate: "2025-07-01",
    });
  });
});

describe("provinces (DOMAIN §7.2)", () => {
  it("has 63 former and 34 current units with distinct codes within each map", () => {
    expect(provinces63).toHaveLength(63);
    expect(provinces34).toHaveLength(34);
    expect(new Set(provinces63.map((p) => p.officialCode)).size).toBe(63);
    expect(new Set(provinces34.map((p) => p.officialCode)).size).toBe(34);
    expect(provinces63.every((p) => p.validFrom === "2008-08-01" && p.validTo === "2025-06-30")).toBe(true);
    expect(provinces34.every((p) => p.validFrom === "2025-07-01" && p.validTo === null)).toBe(true);
  });

  it("names reused codes differently in the two maps", () => {
    expect(nameOf("P63-82")).toBe("Tiền Giang");
    expect(nameOf("P34-82")).toBe("Đồng Tháp");
    expect(nameOf("P63-15")).toBe("Yên Bái");
    expect(nameOf("P34-15")).toBe("Lào Cai");
    expect(nameOf("P63-46")).toBe("Thừa Thiên Huế");
    expect(nameOf("P34-46")).toBe("Huế");
    expect(nameOf("P63-79")).toBe("Thành phố Hồ Chí Minh");
  });

  it("has 5 centrally-run cities before 2025 and 6 after, Huế added", () => {
    const cities = (list: typeof provinces) =>
      list.filter((p) => p.kind === "TP_TRUC_THUOC_TW").map((p) => p.name);
    expect(cities(provinces63)).toEqual([
      "Hà Nội",
      "Hải Phòng",
      "Đà Nẵng",
      "Thành phố Hồ Chí Minh",
      "Cần Thơ",
    ]);
    expect(cities(provinces34)).toEqual([
      "Hà Nội",
      "Hải Phòng",
      "Huế",
      "Đà Nẵng",
      "Thành phố Hồ Chí Minh",
      "Cần Thơ",
    ]);
  });

  it("bases the 34 on Resolution 202/2025/QH15", () => {
    expect(provinces34.every((p) => p.legalBasisKey === "NQ_202_2025_QH15")).toBe(true);
  });
});

describe("successions", () => {
  it("gives each former province one successor on 2025-07-01", () => {
    expect(provinceSuccessions).toHaveLength(63);
    expect(new Set(provinceSuccessions.map((s) => s.predecessorKey)).size).toBe(63);
    expect(provinceSuccessions.every((s) => s.effectiveDate === "2025-07-01")).toBe(true);
  });

  it("marks Hà Nội and Huế unchanged and the three-way Lâm Đồng merger as MERGE", () => {
    expect(provinceSuccessions.find((s) => s.predecessorKey === "P63-01")).toMatchObject({
      successorKey: "P34-01",
      kind: "UNCHANGED",
    });
    expect(provinceSuccessions.find((s) => s.predecessorKey === "P63-46")?.kind).toBe("UNCHANGED");
    expect(predecessorsOf(provinceSuccessions, "P34-68").map(nameOf)).toEqual([
      "Lâm Đồng",
      "Đắk Nông",
      "Bình Thuận",
    ]);
    expect(
      provinceSuccessions.filter((s) => s.successorKey === "P34-68").every((s) => s.kind === "MERGE"),
    ).toBe(true);
  });

  it("merges Yên Bái into the new Lào Cai, which takes Yên Bái's code", () => {
    expect(currentSuccessorOf(provinceSuccessions, "P63-15", "2026-01-01")).toBe("P34-15");
    expect(currentSuccessorOf(provinceSuccessions, "P63-10", "2026-01-01")).toBe("P34-15");
  });
});

/**
 * The 2014 lists of Circ. 26/2014/TT-BCT Art. 3.1.c and the projection of §6.3, by name, as DOMAIN prints them
 * (except "TP Hồ Chí Minh", written with the full name the seed uses).
 */
const domainRegions2014 = {
  BAC: "Hà Tĩnh, Nghệ An, Thanh Hóa, Ninh Bình, Thái Bình, Nam Định, Hà Nam, Hưng Yên, Hải Dương, Hải Phòng, Quảng Ninh, Hà Nội, Vĩnh Phúc, Bắc Ninh, Bắc Giang, Phú Thọ, Yên Bái, Lào Cai, Cao Bằng, Hà Giang, Lạng Sơn, Thái Nguyên, Bắc Kạn, Tuyên Quang, Hòa Bình, Sơn La, Điện Biên, Lai Châu",
  TRUNG_TAY_NGUYEN:
    "Quảng Bình, Quảng Trị, Thừa Thiên Huế, Đà Nẵng, Quảng Nam, Quảng Ngãi, Bình Định, Phú Yên, Khánh Hòa, Ninh Thuận, Đắk Lắk, Đắk Nông, Gia Lai, Kon Tum, Lâm Đồng",
  NAM: "Bình Dương, Đồng Nai, Bà Rịa - Vũng Tàu, Tây Ninh, Bình Phước, Bình Thuận, Thành phố Hồ Chí Minh, Long An, Tiền Giang, Bến Tre, Trà Vinh, Vĩnh Long, Đồng Tháp, Cần Thơ, Hậu Giang, Sóc Trăng, Kiên Giang, An Giang, Bạc Liêu, Cà Mau",
};
const domainRegions2025 = {
  BAC: "Hà Nội, Cao Bằng, Tuyên Quang, Điện Biên, Lai Châu, Sơn La, Lào Cai, Thái Nguyên, Lạng Sơn, Quảng Ninh, Bắc Ninh, Phú Thọ, Hải Phòng, Hưng Yên, Ninh Bình, Thanh Hóa, Nghệ An, Hà Tĩnh",
  TRUNG_TAY_NGUYEN: "Quảng Trị, Huế, Đà Nẵng, Quảng Ngãi, Gia Lai, Khánh Hòa, Đắk Lắk, Lâm Đồng",
  NAM: "Đồng Nai, Thành phố Hồ Chí Minh, Tây Ninh, Đồng Tháp, Vĩnh Long, An Giang, Cần Thơ, Cà Mau",
};

describe("regions (DOMAIN §3.6, §6.3)", () => {
  it.each([
    ["2024-01-01", provinces63, domainRegions2014],
    ["2026-01-01", provinces34, domainRegions2025],
  ] as const)("on %s puts every province in the region DOMAIN lists it in", (date, list, expected) => {
    for (const [region, names] of Object.entries(expected)) {
      const expectedNames = names.split(", ").sort();
      const actual = list
        .filter((p) => regionOfAt(regionMemberships, p.key, date) === region)
        .map((p) => p.name);
      expect(actual.sort()).toEqual(expectedNames);
    }
  });

  it("dates the 2014 lists from Circ. 26/2014/TT-BCT as confirmed and the projection as secondary", () => {
    const old = regionMemberships.filter((m) => m.provinceKey.startsWith("P63-"));
    const current = regionMemberships.filter((m) => m.provinceKey.startsWith("P34-"));
    expect(old.every((m) => m.validFrom === "2014-10-21" && m.confidence === "CONFIRMED")).toBe(true);
    expect(old.every((m) => m.legalBasisKey === "TT_26_2014_BCT")).toBe(true);
    expect(current.every((m) => m.validFrom === "2025-07-01" && m.confidence === "SECONDARY")).toBe(true);
  });

  it("has Lâm Đồng as the only merger that crosses a region boundary", () => {
    const crossing = provinces34.filter((unit) => {
      const regions = new Set(
        predecessorsOf(provinceSuccessions, unit.key).map((p) =>
          regionOfAt(regionMemberships, p, "2025-06-30"),
        ),
      );
      regions.add(regionOfAt(regionMemberships, unit.key, "2025-07-01"));
      return regions.size > 1;
    });
    expect(crossing.map((u) => u.name)).toEqual(["Lâm Đồng"]);
  });

  it("labels the regions", () => {
    expect(regionLabels.TRUNG_TAY_NGUYEN.vi).toBe("Khu vực miền Trung và Tây Nguyên");
    expect(regionLabels.BAC.vi).toBe("Khu vực phía Bắc");
    expect(regionLabels.NAM.en).toBe("Southern region");
  });
});

describe("organisations (DOMAIN §6)", () => {
  const orgOf = (key: string) => organisations.find((o) => o.key === key);

  it("gives every province of both maps a DoIT and a KC centre", () => {
    expect(organisations.filter((o) => o.type === "SO_CONG_THUONG")).toHaveLength(97);
    expect(organisations.filter((o) => o.type === "TT_KHUYEN_CONG_TINH")).toHaveLength(97);
    expect(orgOf(provincialOrgKey("SO_CONG_THUONG", "P34-82"))?.names[0]?.name).toBe(
      "Sở Công Thương Đồng Tháp",
    );
    expect(orgOf(provincialOrgKey("TT_KHUYEN_CONG_TINH", "P34-82"))?.parentKey).toBe("ORG-SCT-P34-82");
  });

  it("links former provincial bodies to the merged body of the same type", () => {
    const tienGiang = orgOf(provincialOrgKey("SO_CONG_THUONG", "P63-82"));
    expect(tienGiang).toMatchObject({
      validTo: "2025-06-30",
      successorKey: "ORG-SCT-P34-82",
      regionCode: "NAM",
    });
    expect(tienGiang?.names[0]?.name).toBe("Sở Công Thương Tiền Giang");
    expect(orgOf(provincialOrgKey("TT_KHUYEN_CONG_TINH", "P63-60"))?.successorKey).toBe("ORG-TTKC-P34-68");
    expect(orgOf(provincialOrgKey("SO_CONG_THUONG", "P34-68"))?.regionCode).toBe("TRUNG_TAY_NGUYEN");
  });

  it("has the ministry, the finance department with its 2025 name, three regional centres and the operator", () => {
    expect(orgOf(ORG_KEYS.ministry)?.type).toBe("BO_CONG_THUONG");
    const finance = orgOf(ORG_KEYS.financeDepartment)?.names ?? [];
    expect(organisationNameAt(finance, "2024-01-01")?.name).toBe("Vụ Tài chính");
    expect(organisationNameAt(finance, "2026-01-01")?.name).toBe(
      "Vụ Kế hoạch, Tài chính và Quản lý doanh nghiệp",
    );
    expect([1, 2, 3].map((n) => orgOf(regionalCentreKey(n as 1 | 2 | 3))?.regionCode)).toEqual([
      "BAC",
      "TRUNG_TAY_NGUYEN",
      "NAM",
    ]);
    expect(orgOf(ORG_KEYS.operator)?.names[0]?.name).toBe("Đơn vị vận hành hệ thống khuyến công");
  });
});

describe("catalogues (DOMAIN §9.2)", () => {
  it("has every kind with the expected number of entries, ordered", () => {
    const sizes = Object.fromEntries(Object.entries(catalogues).map(([kind, list]) => [kind, list.length]));
    expect(sizes).toEqual({
      FUNDING_SOURCE: 7,
      ACTIVITY_CONTENT: 9,
      ELIGIBLE_INDUSTRY: 7,
      LEGAL_FORM: 8,
      SUBJECT_CLASS: 3,
    });
    for (const list of Object.values(catalogues)) {
      expect(list.map((e) => e.sortOrder)).toEqual(list.map((_, i) => i + 1));
    }
  });

  it("closes the district funding stream with the district tier", () => {
    const huyen = catalogues.FUNDING_SOURCE.find((e) => e.code === "KCDP_HUYEN");
    expect(huyen).toMatchObject({
      labelVi: "Kinh phí khuyến công địa phương cấp huyện",
      validTo: "2025-06-30",
    });
    expect(catalogues.FUNDING_SOURCE.filter((e) => e.validTo !== null).map((e) => e.code)).toEqual([
      "KCDP_HUYEN",
    ]);
  });

  it("uses the activity codes A1–A9 and the industry codes N_A–N_G", () => {
    expect(catalogues.ACTIVITY_CONTENT.map((e) => e.code.slice(0, 2))).toEqual([
      "A1",
      "A2",
      "A3",
      "A4",
      "A5",
      "A6",
      "A7",
      "A8",
      "A9",
    ]);
    expect(catalogues.ELIGIBLE_INDUSTRY.map((e) => e.code)).toEqual([
      "N_A",
      "N_B",
      "N_C",
      "N_D",
      "N_DD",
      "N_E",
      "N_G",
    ]);
    expect(catalogues.ELIGIBLE_INDUSTRY[0]?.labelVi).toBe("Chế biến nông – lâm – thủy sản, thực phẩm");
  });
});
