import { provinces34 } from "../reference/provinces.data";
import { provinceSuccessions } from "../reference/successions.data";

/**
 * A tile map of the 34 provincial units (from 2025-07-01): one square per unit on a 5 × 17 grid, placed roughly
 * where the unit lies, as newspapers draw election maps. No openly licensed boundary file of the 34 units exists
 * among the packages this project can install (docs/decisions/0018-fair-map-as-province-tiles.md); a tile map also
 * gives every unit the same room, so Hà Nội or Huế stay as visible as Gia Lai.
 */
export type ProvinceTile = {
  /** The unit's key in the reference data ("P34-82"), which is also its admin-unit id. */
  key: string;
  /** The official name ("Thành phố Hồ Chí Minh"). */
  name: string;
  /** What fits on a small tile ("TP HCM"). */
  shortName: string;
  column: number;
  row: number;
};

export const PROVINCE_TILE_COLUMNS = 5;
export const PROVINCE_TILE_ROWS = 17;

/** New code → [column, row, short name when the official one is too long for a tile]. */
const placement: Readonly<Record<string, readonly [number, number, string?]>> = {
  "12": [1, 0], // Lai Châu
  "15": [2, 0], // Lào Cai
  "08": [3, 0], // Tuyên Quang
  "04": [4, 0], // Cao Bằng
  "11": [0, 1], // Điện Biên
  "14": [1, 1], // Sơn La
  "25": [2, 1], // Phú Thọ
  "19": [3, 1], // Thái Nguyên
  "20": [4, 1], // Lạng Sơn
  "01": [2, 2], // Hà Nội
  "24": [3, 2], // Bắc Ninh
  "22": [4, 2], // Quảng Ninh
  "37": [2, 3], // Ninh Bình
  "33": [3, 3], // Hưng Yên
  "31": [4, 3], // Hải Phòng
  "38": [2, 4], // Thanh Hóa
  "40": [2, 5], // Nghệ An
  "42": [3, 6], // Hà Tĩnh
  "44": [3, 7], // Quảng Trị
  "46": [4, 8], // Huế
  "48": [4, 9], // Đà Nẵng
  "51": [4, 10], // Quảng Ngãi
  "52": [4, 11], // Gia Lai
  "66": [4, 12], // Đắk Lắk
  "68": [3, 13], // Lâm Đồng
  "56": [4, 13], // Khánh Hòa
  "80": [2, 14], // Tây Ninh
  "75": [3, 14], // Đồng Nai
  "91": [0, 15], // An Giang
  "82": [1, 15], // Đồng Tháp
  "86": [2, 15], // Vĩnh Long
  "79": [3, 15, "TP HCM"], // Thành phố Hồ Chí Minh
  "96": [0, 16], // Cà Mau
  "92": [1, 16], // Cần Thơ
};

/** The 34 tiles, north to south, west to east. */
export const provinceTiles: readonly ProvinceTile[] = provinces34
  .map((unit): ProvinceTile => {
    const [column, row, shortName] = placement[unit.officialCode] ?? [0, 0];
    return { key: unit.key, name: unit.name, shortName: shortName ?? unit.name, column, row };
  })
  .sort((a, b) => a.row - b.row || a.column - b.column);

const successorOf = new Map(provinceSuccessions.map((row) => [row.predecessorKey, row.successorKey]));
const tileKeys = new Set(provinces34.map((unit) => unit.key));

/**
 * The tile a home province falls on: a unit of the 34 is its own tile; one of the 63 former units (a fair held
 * before 2025-07-01 records the home province valid then) falls on the unit it was merged into. Null for an id
 * that is neither (a unit this reference does not know).
 */
export function provinceTileKeyOf(provinceId: string): string | null {
  if (tileKeys.has(provinceId)) return provinceId;
  return successorOf.get(provinceId) ?? null;
}

export type TileCount = { participations: number; booths: number };

/**
 * Participations and booths per tile, former provinces added into their successor. Participations and booths
 * stay two numbers (§9.7 Q4); what cannot be placed is returned apart so that nothing is silently dropped.
 */
export function countByProvinceTile(
  rows: readonly { provinceId: string; participations: number; wholeBooths: number }[],
): { byTile: Map<string, TileCount>; unplaced: number } {
  const byTile = new Map<string, TileCount>();
  let unplaced = 0;
  for (const row of rows) {
    const key = provinceTileKeyOf(row.provinceId);
    if (key === null) {
      unplaced += row.participations;
      continue;
    }
    const current = byTile.get(key) ?? { participations: 0, booths: 0 };
    byTile.set(key, {
      participations: current.participations + row.participations,
      booths: current.booths + row.wholeBooths,
    });
  }
  return { byTile, unplaced };
}

/** The number of shades a tile map uses for counts above zero. */
export const TILE_SHADES = 5;

/**
 * The shade (0 = none, 1…TILE_SHADES) of a count on a scale up to the largest count: equal steps of the largest,
 * any count above zero at least shade 1, so a province with one participation never looks like one with none.
 */
export function tileShade(value: number, largest: number): number {
  if (value <= 0 || largest <= 0) return 0;
  return Math.min(TILE_SHADES, Math.max(1, Math.ceil((value / largest) * TILE_SHADES)));
}

/** The lower and upper counts (inclusive) a shade stands for, for the legend; null when the shade is empty. */
export function tileShadeRange(shade: number, largest: number): readonly [number, number] | null {
  if (shade < 1 || largest <= 0) return null;
  const low = shade === 1 ? 1 : Math.floor(((shade - 1) * largest) / TILE_SHADES) + 1;
  const high = Math.floor((shade * largest) / TILE_SHADES);
  return low > high ? null : [low, high];
}
