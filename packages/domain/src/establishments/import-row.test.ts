import { describe, expect, it } from "vitest";
import { establishmentCreateSchema } from "./establishment.schemas";
import { type ImportCells, importColumns } from "./import-columns";
import { parseImportRow } from "./import-row";
import { encodeLegacy } from "./legacy-encoding";

const row: ImportCells = {
  name: "Cơ sở mây tre đan Phú Vinh",
  legalForm: "Hộ kinh doanh",
  subjectClass: "CNNT",
  taxCode: "0100109106",
  businessRegNo: "01A8001234",
  ownerName: "Nguyễn Văn An",
  provinceCode: "82",
  communeCode: "28765",
  addressText: "Ấp Phú Vinh",
  industries: "N_DD; N_A",
  vsicCodes: "1629; 32900",
  mainProducts: "Giỏ mây, khay tre",
  phone: "0912 345 678",
  email: "coso@example.vn",
  year: "2024",
  employees: "62",
  totalCapital: "1.500.000.000",
  totalAssets: "",
  revenue: "2.300.000.000",
  localMaterialSharePct: "62,5",
  hasExportContract: "x",
  cnhtProduct: "Không",
};

function issue(cells: ImportCells) {
  const result = parseImportRow(cells);
  expect(result.value).toBeUndefined();
  return result.errors;
}

describe("parseImportRow", () => {
  it("parses a complete row into a create input (commune still as codes)", () => {
    const result = parseImportRow(row);
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(result.value).toEqual({
      name: "Cơ sở mây tre đan Phú Vinh",
      legalForm: "HKD",
      subjectClass: "CNNT",
      taxCode: "0100109106",
      businessRegNo: "01A8001234",
      ownerName: "Nguyễn Văn An",
      provinceCode: "82",
      communeCode: "28765",
      addressText: "Ấp Phú Vinh",
      sites: [],
      industries: ["N_DD", "N_A"],
      vsicCodes: ["1629", "32900"],
      mainProducts: "Giỏ mây, khay tre",
      phone: "0912 345 678",
      email: "coso@example.vn",
      yearData: [
        {
          year: 2024,
          employees: 62,
          totalCapital: "1500000000",
          revenue: "2300000000",
          localMaterialSharePct: 62.5,
          hasExportContract: true,
          cnhtProduct: false,
        },
      ],
    });
    const { provinceCode: _p, communeCode: _c, ...rest } = result.value ?? {};
    expect(establishmentCreateSchema.safeParse({ ...rest, communeId: "X-28765" }).success).toBe(true);
  });

  it("keeps only the required cells when the others are empty", () => {
    const minimal: ImportCells = {
      name: row.name,
      legalForm: "HTX",
      subjectClass: "SXSH",
      provinceCode: "1",
      communeCode: "4",
      addressText: "Thôn 3",
      industries: "N_G",
      mainProducts: "Gạch không nung",
    };
    const result = parseImportRow(minimal);
    expect(result.errors).toEqual([]);
    expect(result.value).toMatchObject({
      taxCode: null,
      provinceCode: "01",
      communeCode: "00004",
      yearData: [],
    });
    expect(result.warnings.map((w) => [w.column, w.code])).toEqual([
      ["Mã tỉnh", "PADDED"],
      ["Mã xã", "PADDED"],
    ]);
  });

  it.each<[string, ImportCells, string, string, string]>([
    ["a missing name", { name: "  " }, "Tên cơ sở", "REQUIRED", "Bắt buộc nhập"],
    ["a long name", { name: "a".repeat(251) }, "Tên cơ sở", "TOO_LONG", "không được quá 250 ký tự"],
    ["an unknown legal form", { legalForm: "Công ty" }, "Loại hình", "UNKNOWN_VALUE", "chỉ nhận: DNNVV"],
    [
      "an unknown subject",
      { subjectClass: "KHAC" },
      "Đối tượng",
      "UNKNOWN_VALUE",
      "CNNT (Cơ sở công nghiệp nông thôn)",
    ],
    ["a short tax code", { taxCode: "100109106" }, "Mã số thuế", "INVALID", "mất số 0 ở đầu"],
    [
      "a bad registration number",
      { businessRegNo: "=1+1" },
      "Số đăng ký kinh doanh",
      "INVALID",
      "Chỉ gồm chữ, số",
    ],
    ["a lettered province code", { provinceCode: "DT" }, "Mã tỉnh", "INVALID", "Mã tỉnh gồm 2 chữ số"],
    ["a 6-digit commune code", { communeCode: "123456" }, "Mã xã", "INVALID", "Mã xã gồm 5 chữ số"],
    ["no industry", { industries: "" }, "Ngành nghề", "REQUIRED", "Bắt buộc nhập"],
    ["an unknown industry", { industries: "N_A; N_X" }, "Ngành nghề", "UNKNOWN_VALUE", "Không hợp lệ: N_X"],
    [
      "an unknown eighth industry",
      { industries: "N_A;N_B;N_C;N_D;N_DD;N_E;N_G;N_X" },
      "Ngành nghề",
      "UNKNOWN_VALUE",
      "N_X",
    ],
    [
      "a bad VSIC code",
      { vsicCodes: "16; 1629" },
      "Mã VSIC",
      "UNKNOWN_VALUE",
      "Mã ngành VSIC gồm 4 hoặc 5 chữ số",
    ],
    [
      "eleven VSIC codes",
      { vsicCodes: Array.from({ length: 11 }, (_, i) => 1000 + i).join(";") },
      "Mã VSIC",
      "TOO_MANY",
      "Tối đa 10",
    ],
    ["a bad phone", { phone: "abc" }, "Điện thoại", "INVALID", "Số điện thoại"],
    ["a bad e-mail", { email: "coso@" }, "Thư điện tử", "INVALID", "Thư điện tử không hợp lệ"],
    ["a bad year", { year: "24" }, "Năm số liệu", "OUT_OF_RANGE", "Phải từ 2000 đến 2100"],
    ["figures without a year", { year: "" }, "Năm số liệu", "REQUIRED", "Cần nhập Năm số liệu"],
    ["fractional workers", { employees: "12,5" }, "Số lao động", "NOT_INTEGER", "Không phải số nguyên"],
    ["text as money", { revenue: "hai tỷ" }, "Doanh thu (đồng)", "NOT_MONEY", "Không phải số tiền hợp lệ"],
    [
      "negative capital",
      { totalCapital: "-1.000" },
      "Tổng nguồn vốn (đồng)",
      "OUT_OF_RANGE",
      "không được âm",
    ],
    [
      "a share over 100",
      { localMaterialSharePct: "120" },
      "Tỷ lệ nguyên liệu tại chỗ (%)",
      "OUT_OF_RANGE",
      "từ 0 đến 100",
    ],
    [
      "a yes/no typo",
      { cnhtProduct: "Cóo" },
      "Sản phẩm CNHT (Có/Không)",
      "NOT_BOOLEAN",
      "Chỉ nhận Có, Không hoặc x",
    ],
  ])("reports %s against its column", (_, change, column, code, message) => {
    const errors = issue({ ...row, ...change });
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ column, code });
    expect(errors[0]?.messageVi).toContain(message);
  });

  it("reports every bad cell of a row, not just the first", () => {
    const errors = issue({ ...row, name: "", employees: "nhiều", email: "x" });
    expect(errors.map((e) => e.column)).toEqual(["Tên cơ sở", "Thư điện tử", "Số lao động"]);
  });

  it("warns, without refusing, on a check-digit mismatch, repeated values and legacy-looking text", () => {
    const result = parseImportRow({
      ...row,
      taxCode: "0100109107",
      industries: "N_A; N_A",
      name: encodeLegacy("Cơ sở mây tre đan Phú Vinh", "TCVN3"),
    });
    expect(result.value).toBeDefined();
    expect(result.warnings.map((w) => [w.column, w.code])).toEqual([
      ["Tên cơ sở", "LEGACY_ENCODING"],
      ["Mã số thuế", "CHECK_DIGIT"],
      ["Ngành nghề", "DUPLICATE"],
    ]);
    expect(result.value?.industries).toEqual(["N_A"]);
  });

  it("treats missing cells like empty ones", () => {
    const errors = issue({});
    expect(errors.map((e) => e.code)).toEqual(
      Array(importColumns.filter((c) => c.required).length).fill("REQUIRED"),
    );
  });
});
