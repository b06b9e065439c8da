import { LEGAL_KEYS } from "./legal-documents.data";
import { PROVINCES_34_VALID_FROM, province34Key, province63Key } from "./provinces.data";
import type { AdminUnitSuccessionSeed } from "./types";

/**
 * Predecessor → successor rows for the 2025 provincial reorganisation (DOMAIN.md §7.2, Resolution 202/2025/QH15).
 * Every one of the 63 former units has exactly one row; mergers are whole-unit, so no `SPLIT_PART` here (commune
 * mergers, imported by the server, may have them).
 *
 * Unchanged units still get a row ("UNCHANGED"), because the 63-map record ends on 2025-06-30 and figures
 * recorded on it must roll up onto the new record (§7.3 item 4). Huế is "UNCHANGED" too: its upgrade to a
 * centrally-run city and the rename from "Thừa Thiên Huế" are dated 2025-01-01 by Resolution 1314/NQ-UBTVQH15
 * (unconfirmed, §7.2 row 20), not by this reorganisation, and the 63-map keeps it as one record.
 */

/** New code → former codes, the first being the unit whose code (or name) the new unit carries. */
const mergers: ReadonlyArray<readonly [newCode: string, formerCodes: readonly string[]]> = [
  ["01", ["01"]], // Hà Nội
  ["04", ["04"]], // Cao Bằng
  ["08", ["08", "02"]], // Tuyên Quang + Hà Giang
  ["11", ["11"]], // Điện Biên
  ["12", ["12"]], // Lai Châu
  ["14", ["14"]], // Sơn La
  ["15", ["10", "15"]], // Lào Cai + Yên Bái
  ["19", ["19", "06"]], // Thái Nguyên + Bắc Kạn
  ["20", ["20"]], // Lạng Sơn
  ["22", ["22"]], // Quảng Ninh
  ["24", ["27", "24"]], // Bắc Ninh + Bắc Giang
  ["25", ["25", "26", "17"]], // Phú Thọ + Vĩnh Phúc + Hòa Bình
  ["31", ["31", "30"]], // Hải Phòng + Hải Dương
  ["33", ["33", "34"]], // Hưng Yên + Thái Bình
  ["37", ["37", "35", "36"]], // Ninh Bình + Hà Nam + Nam Định
  ["38", ["38"]], // Thanh Hóa
  ["40", ["40"]], // Nghệ An
  ["42", ["42"]], // Hà Tĩnh
  ["44", ["45", "44"]], // Quảng Trị + Quảng Bình
  ["46", ["46"]], // Huế (Thừa Thiên Huế)
  ["48", ["48", "49"]], // Đà Nẵng + Quảng Nam
  ["51", ["51", "62"]], // Quảng Ngãi + Kon Tum
  ["52", ["64", "52"]], // Gia Lai + Bình Định
  ["56", ["56", "58"]], // Khánh Hòa + Ninh Thuận
  ["66", ["66", "54"]], // Đắk Lắk + Phú Yên
  ["68", ["68", "67", "60"]], // Lâm Đồng + Đắk Nông + Bình Thuận (crosses from NAM to TRUNG_TAY_NGUYEN)
  ["75", ["75", "70"]], // Đồng Nai + Bình Phước
  ["79", ["79", "74", "77"]], // TP Hồ Chí Minh + Bình Dương + Bà Rịa - Vũng Tàu
  ["80", ["72", "80"]], // Tây Ninh + Long An
  ["82", ["87", "82"]], // Đồng Tháp + Tiền Giang
  ["86", ["86", "83", "84"]], // Vĩnh Long + Bến Tre + Trà Vinh
  ["91", ["89", "91"]], // An Giang + Kiên Giang
  ["92", ["92", "94", "93"]], // Cần Thơ + Sóc Trăng + Hậu Giang
  ["96", ["96", "95"]], // Cà Mau + Bạc Liêu
];

export const provinceSuccessions: AdminUnitSuccessionSeed[] = mergers.flatMap(([newCode, formerCodes]) =>
  formerCodes.map(
    (formerCode): AdminUnitSuccessionSeed => ({
      predecessorKey: province63Key(formerCode),
      successorKey: province34Key(newCode),
      effectiveDate: PROVINCES_34_VALID_FROM,
      kind: formerCodes.length > 1 ? "MERGE" : "UNCHANGED",
      legalBasisKey: LEGAL_KEYS.resolution202,
    }),
  ),
);
