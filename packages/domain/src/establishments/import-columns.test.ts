import { describe, expect, it } from "vitest";
import { importColumns } from "./import-columns";
import { parseImportRow } from "./import-row";

describe("importColumns", () => {
  it("defines each column once, with the headers of the template in order", () => {
    const keys = importColumns.map((column) => column.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(importColumns.map((column) => column.headerVi)).toEqual([
      "Tên cơ sở",
      "Loại hình",
      "Đối tượng",
      "Mã số thuế",
      "Số đăng ký kinh doanh",
      "Chủ cơ sở / người đại diện",
      "Mã tỉnh",
      "Mã xã",
      "Địa chỉ",
      "Ngành nghề",
      "Mã VSIC",
      "Sản phẩm chính",
      "Điện thoại",
      "Thư điện tử",
      "Năm số liệu",
      "Số lao động",
      "Tổng nguồn vốn (đồng)",
      "Tổng tài sản (đồng)",
      "Doanh thu (đồng)",
      "Tỷ lệ nguyên liệu tại chỗ (%)",
      "Có hợp đồng xuất khẩu (Có/Không)",
      "Sản phẩm CNHT (Có/Không)",
    ]);
  });

  it("has examples that parse", () => {
    const cells = Object.fromEntries(importColumns.map((column) => [column.key, column.exampleVi]));
    expect(parseImportRow(cells).errors).toEqual([]);
  });
});
