import { describe, expect, it } from "vitest";
import { foldForSearch } from "../text";
import { establishmentSearchText, SEARCH_TEXT_MAX_BYTES } from "./search-text";

const bytes = (value: string) => new TextEncoder().encode(value).length;

describe("establishmentSearchText", () => {
  it("folds the parts it is given and skips the missing ones", () => {
    expect(
      establishmentSearchText(["Cơ sở Mây tre đan Phú Vinh", null, "0312345678", undefined, "Đồng Tháp"]),
    ).toBe("co so may tre dan phu vinh 0312345678 dong thap");
  });

  it("keeps short texts whole", () => {
    const parts = ["Hợp tác xã gốm Bát Tràng", "Bình, lọ gốm men lam"];
    expect(establishmentSearchText(parts)).toBe(foldForSearch(parts.join(" ")));
  });

  it("cuts a text over the cap at a word boundary, keeping the most important parts first", () => {
    const name = "Cơ sở chế biến nông sản Hòa Bình";
    const products = Array.from({ length: 400 }, (_, i) => `sản phẩm ${i}`).join(", ");
    const text = establishmentSearchText([name, products, "Ấp Phú Vinh, xã Định Yên"]);
    expect(bytes(text)).toBeLessThanOrEqual(SEARCH_TEXT_MAX_BYTES);
    expect(text.startsWith("co so che bien nong san hoa binh san pham 0 san pham 1 ")).toBe(true);
    expect(foldForSearch(`${name} ${products}`).startsWith(text)).toBe(true);
    expect(text.endsWith(" ")).toBe(false);
    expect(text).not.toContain("dinh yen");
  });

  it("counts bytes, not characters, for letters outside the Vietnamese alphabet", () => {
    const text = establishmentSearchText(["工艺品 ".repeat(600)]);
    expect(bytes(text)).toBeLessThanOrEqual(SEARCH_TEXT_MAX_BYTES);
    expect(text.length).toBeGreaterThan(100);
  });
});
