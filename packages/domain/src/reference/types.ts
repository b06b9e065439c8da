/**
 * Shapes of the dated reference data (DOMAIN.md §6, §7, §9.1). The data itself lives beside this file as
 * plain TypeScript constants; the server loads it into the database idempotently at start-up, and the pure
 * lookups in `admin-units.ts` answer dated questions over the same shapes in tests and in the browser.
 */

/** ISO date `YYYY-MM-DD`. `null` as an end date means "still in force". */
export type IsoDate = string;

export type LegalDocumentType =
  | "LUAT"
  | "NGHI_QUYET"
  | "NGHI_DINH"
  | "QUYET_DINH"
  | "THONG_TU"
  | "THONG_TU_LIEN_TICH"
  | "CHI_THI"
  | "CONG_VAN";

export type Confidence = "CONFIRMED" | "SECONDARY" | "UNCONFIRMED";

export type LegalDocumentSeed = {
  /** Stable key used by other seeds, e.g. "ND_45_2012". */
  key: string;
  /** Official number, e.g. "45/2012/NĐ-CP". */
  number: string;
  type: LegalDocumentType;
  issuer: string;
  title: string;
  signedDate: IsoDate | null;
  effectiveDate: IsoDate | null;
  expiryDate: IsoDate | null;
  replacesKeys: string[];
  amendsKeys: string[];
  status: "IN_FORCE" | "AMENDED" | "REPLACED" | "EXPIRED" | "UNKNOWN";
  confidence: Confidence;
  note?: string;
};

export type AdminUnitLevel = "TINH" | "HUYEN" | "XA";
export type AdminUnitKind =
  | "TINH"
  | "TP_TRUC_THUOC_TW"
  | "HUYEN"
  | "QUAN"
  | "THI_XA"
  | "TP_THUOC_TINH"
  | "XA"
  | "PHUONG"
  | "THI_TRAN"
  | "DAC_KHU";

export type AdminUnitSeed = {
  /** Stable key, e.g. "P63-87" (pre-2025 Đồng Tháp) or "P34-82" (post-2025 Đồng Tháp). */
  key: string;
  officialCode: string;
  name: string;
  level: AdminUnitLevel;
  kind: AdminUnitKind;
  parentKey: string | null;
  validFrom: IsoDate;
  validTo: IsoDate | null;
  legalBasisKey: string | null;
};

export type SuccessionKind = "MERGE" | "SPLIT_PART" | "RENAME" | "UPGRADE" | "UNCHANGED";

export type AdminUnitSuccessionSeed = {
  predecessorKey: string;
  successorKey: string;
  effectiveDate: IsoDate;
  kind: SuccessionKind;
  legalBasisKey: string | null;
};

export type RegionCode = "BAC" | "TRUNG_TAY_NGUYEN" | "NAM";

export type RegionMembershipSeed = {
  regionCode: RegionCode;
  provinceKey: string;
  validFrom: IsoDate;
  validTo: IsoDate | null;
  legalBasisKey: string | null;
  confidence: Confidence;
};

export type OrganisationType =
  | "BO_CONG_THUONG"
  | "CUC_KHUYEN_CONG"
  | "VU_TAI_CHINH_BO"
  | "TT_KHUYEN_CONG_VUNG"
  | "UBND_TINH"
  | "HDND_TINH"
  | "SO_CONG_THUONG"
  | "SO_TAI_CHINH"
  | "TT_KHUYEN_CONG_TINH"
  | "CHI_NHANH_TT"
  | "UBND_HUYEN"
  | "UBND_XA"
  | "TO_CHUC_DICH_VU_KC"
  | "CO_SO_CNNT"
  | "KHO_BAC"
  | "DON_VI_TO_CHUC_SU_KIEN"
  | "VAN_HANH_HE_THONG";

export type OrganisationNameSeed = {
  name: string;
  shortName: string | null;
  validFrom: IsoDate;
  validTo: IsoDate | null;
  legalBasisKey: string | null;
  confidence: Confidence;
};

export type OrganisationSeed = {
  key: string;
  type: OrganisationType;
  /** Province the organisation belongs to (null for central bodies). */
  adminUnitKey: string | null;
  regionCode: RegionCode | null;
  parentKey: string | null;
  validFrom: IsoDate;
  validTo: IsoDate | null;
  successorKey: string | null;
  names: OrganisationNameSeed[];
};

/** A coded catalogue entry with a Vietnamese (and English) label, dated and tied to its legal basis. */
export type CatalogueEntrySeed = {
  code: string;
  labelVi: string;
  labelEn: string;
  validFrom: IsoDate;
  validTo: IsoDate | null;
  legalBasisKey: string | null;
  sortOrder: number;
};

export type CatalogueKind =
  | "FUNDING_SOURCE"
  | "ACTIVITY_CONTENT"
  | "ELIGIBLE_INDUSTRY"
  | "LEGAL_FORM"
  | "SUBJECT_CLASS";
