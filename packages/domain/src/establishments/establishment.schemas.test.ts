import { describe, expect, it } from "vitest";
import { bigIntToDong, dongSchema, dongToBigInt, nonNegativeDongSchema } from "./dong";
import {
  type EstablishmentCreateInput,
  establishmentCreateSchema,
  establishmentListQuerySchema,
  establishmentUpdateSchema,
} from "./establishment.schemas";

const valid: EstablishmentCreateInput = {
  name: "  Cơ sở   mây tre đan Phú Vinh ",
  legalForm: "HKD",
  subjectClass: "CNNT",
  taxCode: "0100 109 106",
  communeId: "X-10105",
  addressText: "Thôn Phú Vinh",
  sites: [{ communeId: "X-10105", addressText: "Xưởng số 2" }],
  industries: ["N_DD"],
  vsicCodes: ["1629", "32900"],
  mainProducts: "Giỏ mây\r\nKhay tre",
  yearData: [
    {
      year: 2024,
      employees: 62,
      totalCapital: "1500000000",
      localMaterialSharePct: 62.5,
      hasExportContract: true,
    },
  ],
};

function issuesOf(input: unknown): string[] {
  const result = establishmentCreateSchema.safeParse(input);
  return result.success
    ? []
    : result.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
}

describe("establishmentCreateSchema", () => {
  it("accepts a complete record and normalises its text", () => {
    const parsed = establishmentCreateSchema.parse(valid);
    expect(parsed.name).toBe("Cơ sở mây tre đan Phú Vinh");
    expect(parsed.taxCode).toBe("0100109106");
    expect(parsed.mainProducts).toBe("Giỏ mây\nKhay tre");
  });

  it("stores NFC whatever form the text arrives in", () => {
    const parsed = establishmentCreateSchema.parse({ ...valid, name: "Đồng Tháp".normalize("NFD") });
    expect(parsed.name).toBe("Đồng Tháp".normalize("NFC"));
  });

  it("accepts null for every optional field", () => {
    const nulls = {
      taxCode: null,
      businessRegNo: null,
      ownerName: null,
      phone: null,
      email: null,
      website: null,
    };
    expect(issuesOf({ ...valid, ...nulls })).toEqual([]);
  });

  it.each<[string, Partial<EstablishmentCreateInput> & Record<string, unknown>, string]>([
    ["an empty name", { name: "   " }, "name: Tên cơ sở không được để trống"],
    ["a name over 250 characters", { name: "a".repeat(251) }, "name: Tên cơ sở không được quá 250 ký tự"],
    ["an unknown legal form", { legalForm: "CTY" as never }, "legalForm"],
    ["a bad tax code", { taxCode: "12345" }, "taxCode: Mã số thuế phải có 10 chữ số"],
    ["no industry", { industries: [] }, "industries: Chọn ít nhất một ngành nghề"],
    ["a repeated industry", { industries: ["N_A", "N_A"] }, "industries: Ngành nghề bị trùng"],
    ["an unknown industry", { industries: ["N_H" as never] }, "industries.0"],
    ["a 3-digit VSIC code", { vsicCodes: ["162"] }, "vsicCodes.0: Mã ngành VSIC gồm 4 hoặc 5 chữ số"],
    ["11 VSIC codes", { vsicCodes: Array.from({ length: 11 }, (_, i) => String(1000 + i)) }, "vsicCodes"],
    [
      "21 sites",
      { sites: Array.from({ length: 21 }, () => ({ communeId: "X", addressText: "A" })) },
      "sites",
    ],
    ["products over 1000 characters", { mainProducts: "x".repeat(1001) }, "mainProducts"],
    ["a missing commune", { communeId: "" }, "communeId: Chưa chọn"],
    ["a phone with letters", { phone: "09x" }, "phone"],
    ["a short phone", { phone: "0912" }, "phone: Số điện thoại phải có từ 8 đến 12 chữ số"],
    ["a bad e-mail", { email: "a@" }, "email: Thư điện tử không hợp lệ"],
    ["a javascript: website", { website: "javascript:alert(1).com" }, "website"],
    ["an unknown field", { note: "x" }, "Unrecognized key"],
    ["a control character", { name: "Cơ sở\u0007A" }, "name: Tên cơ sở chứa ký tự điều khiển"],
    ["a NUL", { name: "Cơ sở\u0000A" }, "name: Tên cơ sở chứa ký tự NUL"],
    ["a zero-width space", { ownerName: "Lê\u200BVăn" }, "ownerName: Tên chủ cơ sở chứa ký tự vô hình"],
    [
      "an unpaired surrogate",
      { mainProducts: "x\ud800y" },
      "mainProducts: Sản phẩm chính chứa ký tự Unicode",
    ],
  ])("rejects %s", (_, change, expected) => {
    expect(issuesOf({ ...valid, ...change }).join("\n")).toContain(expected);
  });

  it.each<[string, Record<string, unknown>, string]>([
    ["a repeated year", {}, "yearData: Mỗi năm chỉ được nhập một dòng số liệu"],
    ["year 1999", { year: 1999 }, "yearData.0.year"],
    ["fractional employees", { employees: 2.5 }, "yearData.0.employees: Số lao động phải là số nguyên"],
    ["negative employees", { employees: -1 }, "yearData.0.employees"],
    ["money as a number", { revenue: 1000 }, "yearData.0.revenue"],
    ["money with dots", { revenue: "1.000.000" }, "yearData.0.revenue"],
    ["negative capital", { totalCapital: "-5" }, "yearData.0.totalCapital: Số tiền không được âm"],
    ["19-digit money", { totalAssets: "1".repeat(19) }, "yearData.0.totalAssets"],
    ["a share over 100", { localMaterialSharePct: 100.5 }, "yearData.0.localMaterialSharePct"],
    ["three decimals", { localMaterialSharePct: 12.345 }, "Tối đa 2 chữ số thập phân"],
    ["an unknown year field", { note: 1 }, "yearData.0"],
  ])("rejects year data with %s", (name, change, expected) => {
    const rows = name === "a repeated year" ? [{ year: 2024 }, { year: 2024 }] : [{ year: 2024, ...change }];
    expect(issuesOf({ ...valid, yearData: rows }).join("\n")).toContain(expected);
  });

  it("accepts shares with two decimals and the 0 and 100 bounds", () => {
    for (const share of [0, 12.34, 50.5, 100]) {
      expect(issuesOf({ ...valid, yearData: [{ year: 2024, localMaterialSharePct: share }] })).toEqual([]);
    }
  });
});

describe("establishmentUpdateSchema", () => {
  it("requires only the version", () => {
    expect(establishmentUpdateSchema.parse({ version: 3 })).toEqual({ version: 3 });
    expect(establishmentUpdateSchema.safeParse({ name: "X" }).success).toBe(false);
  });

  it("keeps the field rules and strictness of the create schema", () => {
    expect(establishmentUpdateSchema.safeParse({ version: 1, industries: [] }).success).toBe(false);
    expect(establishmentUpdateSchema.safeParse({ version: 1, extra: 1 }).success).toBe(false);
    expect(establishmentUpdateSchema.parse({ version: 1, taxCode: null })).toEqual({
      version: 1,
      taxCode: null,
    });
  });
});

describe("establishmentListQuerySchema", () => {
  it("fills the defaults", () => {
    expect(establishmentListQuerySchema.parse({})).toEqual({
      page: 1,
      pageSize: 50,
      sort: "name",
      status: "ACTIVE",
    });
  });

  it("reads query-string values", () => {
    const parsed = establishmentListQuerySchema.parse({
      page: "3",
      pageSize: "200",
      sort: "-updatedAt",
      hasSupport: "false",
      eligibility: "UNKNOWN",
      industry: "N_DD",
    });
    expect(parsed).toMatchObject({ page: 3, pageSize: 200, sort: "-updatedAt", hasSupport: false });
    expect(establishmentListQuerySchema.parse({ hasSupport: true }).hasSupport).toBe(true);
  });

  it.each([
    [{ pageSize: "201" }],
    [{ page: "0" }],
    [{ sort: "createdAt" }],
    [{ sort: "name; drop table" }],
    [{ status: "DELETED" }],
    [{ hasSupport: "maybe" }],
    [{ other: "1" }],
  ])("rejects %j", (query) => {
    expect(establishmentListQuerySchema.safeParse(query).success).toBe(false);
  });
});

describe("dong", () => {
  it.each(["0", "1", "-1", "999999999999999999", "-999999999999999999"])("accepts %j", (value) => {
    expect(dongSchema.safeParse(value).success).toBe(true);
    expect(bigIntToDong(dongToBigInt(value))).toBe(value);
  });

  it.each(["", "-0", "01", "1.5", "1e3", "1 000", "1000000000000000000", "+1"])("rejects %j", (value) => {
    expect(dongSchema.safeParse(value).success).toBe(false);
  });

  it("converts beyond 2^53 exactly", () => {
    expect(dongToBigInt("900719925474099312")).toBe(900719925474099312n);
    expect(nonNegativeDongSchema.safeParse("-1").success).toBe(false);
  });
});
