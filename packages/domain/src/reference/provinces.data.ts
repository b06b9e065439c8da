import { LEGAL_KEYS } from "./legal-documents.data";
import type { AdminUnitKind, AdminUnitSeed, IsoDate } from "./types";

/**
 * Provincial-level units before and after the 2025 reorganisation (DOMAIN.md §7). Units are never renamed in
 * place: the 63 former units end on 2025-06-30 and the 34 new ones start on 2025-07-01, even where nothing but
 * the record changed (Hà Nội), so that every fact keeps pointing at the unit valid on its own date (§7.3).
 *
 * Official codes are reused across the two maps (82 is Tiền Giang until 2025-06-30 and Đồng Tháp from
 * 2025-07-01), which is why keys carry the map ("P63-82", "P34-82") and lookups go by (code, date).
 */

/**
 * Conservative start of the 63-province map: Hà Tây was merged into Hà Nội on 2008-08-01, the last change to
 * provincial boundaries before 2025. Most provinces are older; no earlier fact in this system needs them.
 */
export const PROVINCES_63_VALID_FROM: IsoDate = "2008-08-01";
export const PROVINCES_63_VALID_TO: IsoDate = "2025-06-30";
/** Resolution 202/2025/QH15 takes effect (DOMAIN §7.1). */
export const PROVINCES_34_VALID_FROM: IsoDate = "2025-07-01";

export const province63Key = (code: string): string => `P63-${code}`;
export const province34Key = (code: string): string => `P34-${code}`;

type ProvinceRow = readonly [code: string, name: string, kind: AdminUnitKind];

const TP: AdminUnitKind = "TP_TRUC_THUOC_TW";
const TINH: AdminUnitKind = "TINH";

/**
 * The 63 units with their pre-2025 GSO codes. Thừa Thiên Huế is kept as a province: its upgrade to a
 * centrally-run city (Resolution 1314/NQ-UBTVQH15, reportedly effective 2025-01-01) is unconfirmed (DOMAIN §7.2
 * row 20) and not modelled as a separate six-month unit.
 */
const rows63: readonly ProvinceRow[] = [
  ["01", "Hà Nội", TP],
  ["02", "Hà Giang", TINH],
  ["04", "Cao Bằng", TINH],
  ["06", "Bắc Kạn", TINH],
  ["08", "Tuyên Quang", TINH],
  ["10", "Lào Cai", TINH],
  ["11", "Điện Biên", TINH],
  ["12", "Lai Châu", TINH],
  ["14", "Sơn La", TINH],
  ["15", "Yên Bái", TINH],
  ["17", "Hòa Bình", TINH],
  ["19", "Thái Nguyên", TINH],
  ["20", "Lạng Sơn", TINH],
  ["22", "Quảng Ninh", TINH],
  ["24", "Bắc Giang", TINH],
  ["25", "Phú Thọ", TINH],
  ["26", "Vĩnh Phúc", TINH],
  ["27", "Bắc Ninh", TINH],
  ["30", "Hải Dương", TINH],
  ["31", "Hải Phòng", TP],
  ["33", "Hưng Yên", TINH],
  ["34", "Thái Bình", TINH],
  ["35", "Hà Nam", TINH],
  ["36", "Nam Định", TINH],
  ["37", "Ninh Bình", TINH],
  ["38", "Thanh Hóa", TINH],
  ["40", "Nghệ An", TINH],
  ["42", "Hà Tĩnh", TINH],
  ["44", "Quảng Bình", TINH],
  ["45", "Quảng Trị", TINH],
  ["46", "Thừa Thiên Huế", TINH],
  ["48", "Đà Nẵng", TP],
  ["49", "Quảng Nam", TINH],
  ["51", "Quảng Ngãi", TINH],
  ["52", "Bình Định", TINH],
  ["54", "Phú Yên", TINH],
  ["56", "Khánh Hòa", TINH],
  ["58", "Ninh Thuận", TINH],
  ["60", "Bình Thuận", TINH],
  ["62", "Kon Tum", TINH],
  ["64", "Gia Lai", TINH],
  ["66", "Đắk Lắk", TINH],
  ["67", "Đắk Nông", TINH],
  ["68", "Lâm Đồng", TINH],
  ["70", "Bình Phước", TINH],
  ["72", "Tây Ninh", TINH],
  ["74", "Bình Dương", TINH],
  ["75", "Đồng Nai", TINH],
  ["77", "Bà Rịa - Vũng Tàu", TINH],
  ["79", "Thành phố Hồ Chí Minh", TP],
  ["80", "Long An", TINH],
  ["82", "Tiền Giang", TINH],
  ["83", "Bến Tre", TINH],
  ["84", "Trà Vinh", TINH],
  ["86", "Vĩnh Long", TINH],
  ["87", "Đồng Tháp", TINH],
  ["89", "An Giang", TINH],
  ["91", "Kiên Giang", TINH],
  ["92", "Cần Thơ", TP],
  ["93", "Hậu Giang", TINH],
  ["94", "Sóc Trăng", TINH],
  ["95", "Bạc Liêu", TINH],
  ["96", "Cà Mau", TINH],
];

/**
 * The 34 units with the new codes of DOMAIN §7.2 (NQ202-B: the code of the former province hosting the new
 * centre). Third-party lists disagree on some codes; the server importer should prefer the official code list.
 */
const rows34: readonly ProvinceRow[] = [
  ["01", "Hà Nội", TP],
  ["04", "Cao Bằng", TINH],
  ["08", "Tuyên Quang", TINH],
  ["11", "Điện Biên", TINH],
  ["12", "Lai Châu", TINH],
  ["14", "Sơn La", TINH],
  ["15", "Lào Cai", TINH],
  ["19", "Thái Nguyên", TINH],
  ["20", "Lạng Sơn", TINH],
  ["22", "Quảng Ninh", TINH],
  ["24", "Bắc Ninh", TINH],
  ["25", "Phú Thọ", TINH],
  ["31", "Hải Phòng", TP],
  ["33", "Hưng Yên", TINH],
  ["37", "Ninh Bình", TINH],
  ["38", "Thanh Hóa", TINH],
  ["40", "Nghệ An", TINH],
  ["42", "Hà Tĩnh", TINH],
  ["44", "Quảng Trị", TINH],
  ["46", "Huế", TP],
  ["48", "Đà Nẵng", TP],
  ["51", "Quảng Ngãi", TINH],
  ["52", "Gia Lai", TINH],
  ["56", "Khánh Hòa", TINH],
  ["66", "Đắk Lắk", TINH],
  ["68", "Lâm Đồng", TINH],
  ["75", "Đồng Nai", TINH],
  ["79", "Thành phố Hồ Chí Minh", TP],
  ["80", "Tây Ninh", TINH],
  ["82", "Đồng Tháp", TINH],
  ["86", "Vĩnh Long", TINH],
  ["91", "An Giang", TINH],
  ["92", "Cần Thơ", TP],
  ["96", "Cà Mau", TINH],
];

/** The 63 former units. No single legal basis covers them all, so `legalBasisKey` stays null. */
export const provinces63: AdminUnitSeed[] = rows63.map(([code, name, kind]) => ({
  key: province63Key(code),
  officialCode: code,
  name,
  level: "TINH",
  kind,
  parentKey: null,
  validFrom: PROVINCES_63_VALID_FROM,
  validTo: PROVINCES_63_VALID_TO,
  legalBasisKey: null,
}));

export const provinces34: AdminUnitSeed[] = rows34.map(([code, name, kind]) => ({
  key: province34Key(code),
  officialCode: code,
  name,
  level: "TINH",
  kind,
  parentKey: null,
  validFrom: PROVINCES_34_VALID_FROM,
  validTo: null,
  legalBasisKey: LEGAL_KEYS.resolution202,
}));

/** Every provincial-level unit, both maps. */
export const provinces: AdminUnitSeed[] = [...provinces63, ...provinces34];
