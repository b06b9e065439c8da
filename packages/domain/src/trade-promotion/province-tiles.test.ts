import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { provinces34, provinces63 } from "../reference/provinces.data";
import {
  countByProvinceTile,
  PROVINCE_TILE_COLUMNS,
  PROVINCE_TILE_ROWS,
  provinceTileKeyOf,
  provinceTiles,
  TILE_SHADES,
  tileShade,
  tileShadeRange,
} from "./province-tiles";

describe("the tile map of the 34 provinces", () => {
  it("places every unit of the 34 once, on its own cell inside the grid", () => {
    expect(provinceTiles.map((tile) => tile.key).sort()).toEqual(provinces34.map((unit) => unit.key).sort());
    const cells = new Set(provinceTiles.map((tile) => `${tile.column},${tile.row}`));
    expect(cells.size).toBe(34);
    for (const tile of provinceTiles) {
      expect(tile.column).toBeGreaterThanOrEqual(0);
      expect(tile.column).toBeLessThan(PROVINCE_TILE_COLUMNS);
      expect(tile.row).toBeGreaterThanOrEqual(0);
      expect(tile.row).toBeLessThan(PROVINCE_TILE_ROWS);
    }
  });

  it("keeps north above south: Hà Nội above Huế above Thành phố Hồ Chí Minh, Cà Mau on the last row", () => {
    const rowOf = (key: string) => provinceTiles.find((tile) => tile.key === key)?.row ?? -1;
    expect(rowOf("P34-01")).toBeLessThan(rowOf("P34-46"));
    expect(rowOf("P34-46")).toBeLessThan(rowOf("P34-79"));
    expect(rowOf("P34-96")).toBe(PROVINCE_TILE_ROWS - 1);
  });

  it("puts each of the 63 former provinces on the tile of the unit it was merged into", () => {
    expect(provinceTileKeyOf("P63-87")).toBe("P34-82"); // the former Đồng Tháp (code 87) → Đồng Tháp
    expect(provinceTileKeyOf("P63-82")).toBe("P34-82"); // Tiền Giang (code 82 on the 63-map) → Đồng Tháp
    expect(provinceTileKeyOf("P63-74")).toBe("P34-79"); // Bình Dương → TP HCM
    expect(provinceTileKeyOf("P34-01")).toBe("P34-01");
    expect(provinceTileKeyOf("no-such-unit")).toBeNull();
    for (const unit of provinces63) expect(provinceTileKeyOf(unit.key)).toMatch(/^P34-/u);
  });
});

describe("counting participations by tile", () => {
  it("adds former provinces into their successor and keeps participations and booths apart", () => {
    const { byTile, unplaced } = countByProvinceTile([
      { provinceId: "P63-82", participations: 3, wholeBooths: 5 },
      { provinceId: "P34-82", participations: 2, wholeBooths: 1 },
      { provinceId: "P34-01", participations: 1, wholeBooths: 0 },
      { provinceId: "unknown", participations: 4, wholeBooths: 4 },
    ]);
    expect(byTile.get("P34-82")).toEqual({ participations: 5, booths: 6 });
    expect(byTile.get("P34-01")).toEqual({ participations: 1, booths: 0 });
    expect(unplaced).toBe(4);
  });

  it("loses no participation: the tiles and the unplaced add up to the input", () => {
    const ids = [...provinces34, ...provinces63].map((unit) => unit.key).concat("unknown");
    const row = fc.record({
      provinceId: fc.constantFrom(...ids),
      participations: fc.integer({ min: 0, max: 1000 }),
      wholeBooths: fc.integer({ min: 0, max: 1000 }),
    });
    fc.assert(
      fc.property(fc.array(row, { maxLength: 40 }), (rows) => {
        const { byTile, unplaced } = countByProvinceTile(rows);
        const placed = [...byTile.values()].reduce((sum, count) => sum + count.participations, 0);
        expect(placed + unplaced).toBe(rows.reduce((sum, r) => sum + r.participations, 0));
      }),
    );
  });
});

describe("the shade of a tile", () => {
  it("is empty for none, at least the lightest for one, the darkest for the largest", () => {
    expect(tileShade(0, 10)).toBe(0);
    expect(tileShade(1, 1000)).toBe(1);
    expect(tileShade(1000, 1000)).toBe(TILE_SHADES);
  });

  it("falls inside the legend's range of its own shade", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5000 }), fc.integer({ min: 1, max: 5000 }), (a, b) => {
        const largest = Math.max(a, b);
        const value = Math.min(a, b);
        const shade = tileShade(value, largest);
        const range = tileShadeRange(shade, largest);
        expect(range).not.toBeNull();
        expect(value).toBeGreaterThanOrEqual(range?.[0] ?? Number.NaN);
        expect(value).toBeLessThanOrEqual(range?.[1] ?? Number.NaN);
      }),
    );
  });
});
