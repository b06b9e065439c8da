import { LEGAL_KEYS } from "./legal-documents.data";
import { PROVINCES_34_VALID_FROM, provinces34, provinces63 } from "./provinces.data";
import { regionMemberships } from "./regions.data";
import { provinceSuccessions } from "./successions.data";
import type { AdminUnitSeed, IsoDate, OrganisationSeed, OrganisationType, RegionCode } from "./types";

/**
 * Organisations of DOMAIN.md §6 with their dated names. Projects, contracts and certificates point at the
 * organisation that issued them, so merged provincial bodies keep their own records (validTo + successorKey)
 * instead of being renamed (§7.3 item 5). Names are resolved at the event date with `organisationNameAt`.
 */

/**
 * Central bodies are modelled from the day Decree 45/2012/NĐ-CP took effect: the system holds no khuyến công
 * facts under earlier decrees, and their earlier names are not documented in DOMAIN.
 */
export const CENTRAL_HISTORY_START: IsoDate = "2012-07-05";

export const ORG_KEYS = {
  ministry: "ORG-BCT",
  centralAgency: "ORG-CUC-KC",
  financeDepartment: "ORG-VU-TC-BCT",
  operator: "ORG-VAN-HANH",
} as const;

export const regionalCentreKey = (ordinal: 1 | 2 | 3): string => `ORG-TTKC-VUNG-${ordinal}`;

/** Provincial organisation types generated for every province. */
export type ProvincialOrganisationType = Extract<OrganisationType, "SO_CONG_THUONG" | "TT_KHUYEN_CONG_TINH">;

const provincialPrefix: Record<ProvincialOrganisationType, string> = {
  SO_CONG_THUONG: "SCT",
  TT_KHUYEN_CONG_TINH: "TTKC",
};

/** "ORG-SCT-P34-82" for the DoIT of post-2025 Đồng Tháp. */
export const provincialOrgKey = (type: ProvincialOrganisationType, provinceKey: string): string =>
  `ORG-${provincialPrefix[type]}-${provinceKey}`;

const centralOrganisations: OrganisationSeed[] = [
  {
    key: ORG_KEYS.ministry,
    type: "BO_CONG_THUONG",
    adminUnitKey: null,
    regionCode: null,
    parentKey: null,
    validFrom: CENTRAL_HISTORY_START,
    validTo: null,
    successorKey: null,
    names: [
      {
        name: "Bộ Công Thương",
        shortName: "BCT",
        validFrom: CENTRAL_HISTORY_START,
        validTo: null,
        legalBasisKey: null,
        confidence: "CONFIRMED",
      },
    ],
  },
  {
    key: ORG_KEYS.centralAgency,
    type: "CUC_KHUYEN_CONG",
    adminUnitKey: null,
    regionCode: null,
    parentKey: ORG_KEYS.ministry,
    validFrom: CENTRAL_HISTORY_START,
    validTo: null,
    successorKey: null,
    // DOMAIN §6.1. The names are confirmed; the boundaries are not, hence SECONDARY. 2017-08-31 is the date of
    // Circ. 15/2017/TT-BCT, the first confirmed use of the second name (the rename act, ❓ Decree 98/2017, may
    // be a few days earlier), so the first boundary is approximate. 2025-03-01 assumes the new MOIT structure
    // took effect with Decree 40/2025/NĐ-CP (signed 2025-02-26).
    names: [
      {
        name: "Cục Công nghiệp địa phương",
        shortName: "Cục CNĐP",
        validFrom: CENTRAL_HISTORY_START,
        validTo: "2017-08-30",
        legalBasisKey: LEGAL_KEYS.decree45,
        confidence: "SECONDARY",
      },
      {
        name: "Cục Công Thương địa phương",
        shortName: "Cục CTĐP",
        validFrom: "2017-08-31",
        validTo: "2025-02-28",
        legalBasisKey: LEGAL_KEYS.decree98,
        confidence: "SECONDARY",
      },
      {
        name: "Cục Đổi mới sáng tạo, Chuyển đổi xanh và Khuyến công",
        shortName: "Cục ĐCK",
        validFrom: "2025-03-01",
        validTo: null,
        legalBasisKey: LEGAL_KEYS.decree40,
        confidence: "SECONDARY",
      },
    ],
  },
  {
    key: ORG_KEYS.financeDepartment,
    type: "VU_TAI_CHINH_BO",
    adminUnitKey: null,
    regionCode: null,
    parentKey: ORG_KEYS.ministry,
    validFrom: CENTRAL_HISTORY_START,
    validTo: null,
    successorKey: null,
    // The 2025 name is confirmed by Decision 2646/QĐ-BCT; the switch date is inferred as for the central agency.
    names: [
      {
        name: "Vụ Tài chính",
        shortName: null,
        validFrom: CENTRAL_HISTORY_START,
        validTo: "2025-02-28",
        legalBasisKey: null,
        confidence: "SECONDARY",
      },
      {
        name: "Vụ Kế hoạch, Tài chính và Quản lý doanh nghiệp",
        shortName: null,
        validFrom: "2025-03-01",
        validTo: null,
        legalBasisKey: LEGAL_KEYS.decree40,
        confidence: "SECONDARY",
      },
    ],
  },
  // Regional national centres (Decree 45 Art. 7.2): names and seats are recalled, not sourced (DOMAIN §6.1 ❓),
  // and their status after 2025 is unknown, so they stay open-ended until a domain user edits them.
  regionalCentre(1, "BAC"),
  regionalCentre(2, "TRUNG_TAY_NGUYEN"),
  regionalCentre(3, "NAM"),
  {
    key: ORG_KEYS.operator,
    type: "VAN_HANH_HE_THONG",
    adminUnitKey: null,
    regionCode: null,
    parentKey: null,
    validFrom: CENTRAL_HISTORY_START,
    validTo: null,
    successorKey: null,
    // Not a legal body: the home organisation of the system administrator accounts.
    names: [
      {
        name: "Đơn vị vận hành hệ thống khuyến công",
        shortName: null,
        validFrom: CENTRAL_HISTORY_START,
        validTo: null,
        legalBasisKey: null,
        confidence: "CONFIRMED",
      },
    ],
  },
];

function regionalCentre(ordinal: 1 | 2 | 3, regionCode: RegionCode): OrganisationSeed {
  const numeral = ["I", "II", "III"][ordinal - 1] ?? String(ordinal);
  return {
    key: regionalCentreKey(ordinal),
    type: "TT_KHUYEN_CONG_VUNG",
    adminUnitKey: null,
    regionCode,
    parentKey: ORG_KEYS.centralAgency,
    validFrom: CENTRAL_HISTORY_START,
    validTo: null,
    successorKey: null,
    names: [
      {
        name: `Trung tâm Khuyến công và Tư vấn phát triển công nghiệp ${numeral}`,
        shortName: null,
        validFrom: CENTRAL_HISTORY_START,
        validTo: null,
        legalBasisKey: LEGAL_KEYS.decree45,
        confidence: "UNCONFIRMED",
      },
    ],
  };
}

const provincialNamePrefix: Record<ProvincialOrganisationType, string> = {
  SO_CONG_THUONG: "Sở Công Thương",
  TT_KHUYEN_CONG_TINH: "Trung tâm Khuyến công",
};

/**
 * Region of a province. Each province record has one membership (its map's list), so the organisation's region
 * is static; for 2008–2014 it anticipates the 2014 lists, the earlier ones (Circ. 35/2010) being unavailable.
 */
function regionOf(province: AdminUnitSeed): RegionCode | null {
  return regionMemberships.find((m) => m.provinceKey === province.key)?.regionCode ?? null;
}

const successorProvinceOf = new Map(provinceSuccessions.map((s) => [s.predecessorKey, s.successorKey]));

/**
 * One DoIT and one provincial KC centre per province. The DoIT name is the standard pattern (SECONDARY); the
 * centre name is a placeholder, since real names vary ("… và Tiết kiệm năng lượng", "… tỉnh"; DOMAIN §3.7) and
 * must be corrected per province (UNCONFIRMED). The centre is a public service unit under the DoIT.
 */
function provincialOrganisation(province: AdminUnitSeed, type: ProvincialOrganisationType): OrganisationSeed {
  const successorProvince = successorProvinceOf.get(province.key);
  const isPost2025 = province.validFrom >= PROVINCES_34_VALID_FROM;
  return {
    key: provincialOrgKey(type, province.key),
    type,
    adminUnitKey: province.key,
    regionCode: regionOf(province),
    parentKey: type === "TT_KHUYEN_CONG_TINH" ? provincialOrgKey("SO_CONG_THUONG", province.key) : null,
    validFrom: province.validFrom,
    validTo: province.validTo,
    successorKey: successorProvince ? provincialOrgKey(type, successorProvince) : null,
    names: [
      {
        name: `${provincialNamePrefix[type]} ${province.name}`,
        shortName: null,
        validFrom: province.validFrom,
        validTo: province.validTo,
        legalBasisKey: isPost2025 ? LEGAL_KEYS.resolution202 : null,
        confidence: type === "SO_CONG_THUONG" ? "SECONDARY" : "UNCONFIRMED",
      },
    ],
  };
}

const provincialTypes: readonly ProvincialOrganisationType[] = ["SO_CONG_THUONG", "TT_KHUYEN_CONG_TINH"];

export const provincialOrganisations: OrganisationSeed[] = [...provinces63, ...provinces34].flatMap(
  (province) => provincialTypes.map((type) => provincialOrganisation(province, type)),
);

export const organisations: OrganisationSeed[] = [...centralOrganisations, ...provincialOrganisations];
