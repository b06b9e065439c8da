import { LEGAL_KEYS } from "./legal-documents.data";
import {
  PROVINCES_34_VALID_FROM,
  PROVINCES_63_VALID_TO,
  province34Key,
  province63Key,
} from "./provinces.data";
import type { IsoDate, RegionCode, RegionMembershipSeed } from "./types";

/**
 * The three khuyến công regions (DOMAIN.md §3.6, §6.3). Membership is dated: the 2014 lists of Circular
 * 26/2014/TT-BCT name the 63 former provinces; after 2025-07-01 the lists are a projection onto the 34 new units
 * (not an official list, hence SECONDARY). Bình Thuận (South) merged into Lâm Đồng (Central), so regional series
 * are not comparable across 2025 without re-basing.
 */

export const regionLabels: Record<RegionCode, { vi: string; en: string }> = {
  BAC: { vi: "Khu vực phía Bắc", en: "Northern region" },
  TRUNG_TAY_NGUYEN: { vi: "Khu vực miền Trung và Tây Nguyên", en: "Central and Central Highlands region" },
  NAM: { vi: "Khu vực phía Nam", en: "Southern region" },
};

/** Circular 26/2014/TT-BCT takes effect. The lists of the earlier Circ. 35/2010 are not available. */
export const REGIONS_2014_VALID_FROM: IsoDate = "2014-10-21";

/** Art. 3.1.c of Circ. 26/2014/TT-BCT, in the circular's order (pre-2025 codes). */
const regions2014: Record<RegionCode, readonly string[]> = {
  BAC: [
    "42", // Hà Tĩnh
    "40", // Nghệ An
    "38", // Thanh Hóa
    "37", // Ninh Bình
    "34", // Thái Bình
    "36", // Nam Định
    "35", // Hà Nam
    "33", // Hưng Yên
    "30", // Hải Dương
    "31", // Hải Phòng
    "22", // Quảng Ninh
    "01", // Hà Nội
    "26", // Vĩnh Phúc
    "27", // Bắc Ninh
    "24", // Bắc Giang
    "25", // Phú Thọ
    "15", // Yên Bái
    "10", // Lào Cai
    "04", // Cao Bằng
    "02", // Hà Giang
    "20", // Lạng Sơn
    "19", // Thái Nguyên
    "06", // Bắc Kạn
    "08", // Tuyên Quang
    "17", // Hòa Bình
    "14", // Sơn La
    "11", // Điện Biên
    "12", // Lai Châu
  ],
  TRUNG_TAY_NGUYEN: [
    "44", // Quảng Bình
    "45", // Quảng Trị
    "46", // Thừa Thiên Huế
    "48", // Đà Nẵng
    "49", // Quảng Nam
    "51", // Quảng Ngãi
    "52", // Bình Định
    "54", // Phú Yên
    "56", // Khánh Hòa
    "58", // Ninh Thuận
    "66", // Đắk Lắk
    "67", // Đắk Nông
    "64", // Gia Lai
    "62", // Kon Tum
    "68", // Lâm Đồng
  ],
  NAM: [
    "74", // Bình Dương
    "75", // Đồng Nai
    "77", // Bà Rịa - Vũng Tàu
    "72", // Tây Ninh
    "70", // Bình Phước
    "60", // Bình Thuận
    "79", // Thành phố Hồ Chí Minh
    "80", // Long An
    "82", // Tiền Giang
    "83", // Bến Tre
    "84", // Trà Vinh
    "86", // Vĩnh Long
    "87", // Đồng Tháp
    "92", // Cần Thơ
    "93", // Hậu Giang
    "94", // Sóc Trăng
    "91", // Kiên Giang
    "89", // An Giang
    "95", // Bạc Liêu
    "96", // Cà Mau
  ],
};

/** DOMAIN §6.3, new codes. Lâm Đồng (68) is Central: two of its three predecessors were. */
const regions2025: Record<RegionCode, readonly string[]> = {
  BAC: [
    "01", // Hà Nội
    "04", // Cao Bằng
    "08", // Tuyên Quang
    "11", // Điện Biên
    "12", // Lai Châu
    "14", // Sơn La
    "15", // Lào Cai
    "19", // Thái Nguyên
    "20", // Lạng Sơn
    "22", // Quảng Ninh
    "24", // Bắc Ninh
    "25", // Phú Thọ
    "31", // Hải Phòng
    "33", // Hưng Yên
    "37", // Ninh Bình
    "38", // Thanh Hóa
    "40", // Nghệ An
    "42", // Hà Tĩnh
  ],
  TRUNG_TAY_NGUYEN: [
    "44", // Quảng Trị
    "46", // Huế
    "48", // Đà Nẵng
    "51", // Quảng Ngãi
    "52", // Gia Lai
    "56", // Khánh Hòa
    "66", // Đắk Lắk
    "68", // Lâm Đồng
  ],
  NAM: [
    "75", // Đồng Nai
    "79", // Thành phố Hồ Chí Minh
    "80", // Tây Ninh
    "82", // Đồng Tháp
    "86", // Vĩnh Long
    "91", // An Giang
    "92", // Cần Thơ
    "96", // Cà Mau
  ],
};

const regionOrder: readonly RegionCode[] = ["BAC", "TRUNG_TAY_NGUYEN", "NAM"];

export const regionMemberships2014: RegionMembershipSeed[] = regionOrder.flatMap((regionCode) =>
  regions2014[regionCode].map(
    (code): RegionMembershipSeed => ({
      regionCode,
      provinceKey: province63Key(code),
      validFrom: REGIONS_2014_VALID_FROM,
      validTo: PROVINCES_63_VALID_TO,
      legalBasisKey: LEGAL_KEYS.circ26Selection,
      confidence: "CONFIRMED",
    }),
  ),
);

/**
 * The projection keeps Circ. 26/2014/TT-BCT as its basis (the lists it projects); no new official list was
 * found (DOMAIN §6.3), so these rows are editable data, not law.
 */
export const regionMemberships2025: RegionMembershipSeed[] = regionOrder.flatMap((regionCode) =>
  regions2025[regionCode].map(
    (code): RegionMembershipSeed => ({
      regionCode,
      provinceKey: province34Key(code),
      validFrom: PROVINCES_34_VALID_FROM,
      validTo: null,
      legalBasisKey: LEGAL_KEYS.circ26Selection,
      confidence: "SECONDARY",
    }),
  ),
);

export const regionMemberships: RegionMembershipSeed[] = [...regionMemberships2014, ...regionMemberships2025];
