import {
  eligibleIndustryCodes,
  establishmentLimits as L,
  legalFormCodes,
  subjectClassCodes,
} from "./establishment.constants";
import type { EstablishmentCreate } from "./establishment.schemas";
import type { ImportIssueCode } from "./import-cells";

/**
 * The one column definition of the establishment spreadsheet: the template is generated from it, imports are
 * read by it (`parseImportRow`, import-row.ts) and exports are written with it, so the three cannot drift apart.
 * Order = column order. One row is one establishment with the figures of one year.
 */

export type ImportColumnKind = "text" | "integer" | "dong" | "percent" | "boolean" | "enum" | "list";

export type ImportColumn = {
  key: string;
  headerVi: string;
  required: boolean;
  kind: ImportColumnKind;
  enumValues?: readonly string[];
  exampleVi: string;
  noteVi: string;
};

const YES_NO = "Có, Không hoặc x; để trống nếu chưa rõ";

export const importColumns = [
  {
    key: "name",
    headerVi: "Tên cơ sở",
    required: true,
    kind: "text",
    exampleVi: "Cơ sở mây tre đan Phú Vinh",
    noteVi: `Tối đa ${L.nameMax} ký tự`,
  },
  {
    key: "legalForm",
    headerVi: "Loại hình",
    required: true,
    kind: "enum",
    enumValues: legalFormCodes,
    exampleVi: "HKD",
    noteVi: "Mã (HKD) hoặc tên (Hộ kinh doanh)",
  },
  {
    key: "subjectClass",
    headerVi: "Đối tượng",
    required: true,
    kind: "enum",
    enumValues: subjectClassCodes,
    exampleVi: "CNNT",
    noteVi: "CNNT, SXSH hoặc DICH_VU",
  },
  {
    key: "taxCode",
    headerVi: "Mã số thuế",
    required: false,
    kind: "text",
    exampleVi: "0100109106",
    noteVi:
      "10 chữ số; chi nhánh NNNNNNNNNN-NNN; hộ kinh doanh có thể dùng số định danh 12 chữ số. Định dạng ô là Văn bản để giữ số 0 ở đầu",
  },
  {
    key: "businessRegNo",
    headerVi: "Số đăng ký kinh doanh",
    required: false,
    kind: "text",
    exampleVi: "01A8001234",
    noteVi: `Tối đa ${L.businessRegNoMax} ký tự`,
  },
  {
    key: "ownerName",
    headerVi: "Chủ cơ sở / người đại diện",
    required: false,
    kind: "text",
    exampleVi: "Nguyễn Văn An",
    noteVi: `Tối đa ${L.ownerNameMax} ký tự`,
  },
  {
    key: "provinceCode",
    headerVi: "Mã tỉnh",
    required: true,
    kind: "text",
    exampleVi: "82",
    noteVi: "Mã đơn vị hành chính cấp tỉnh, 2 chữ số",
  },
  {
    key: "communeCode",
    headerVi: "Mã xã",
    required: true,
    kind: "text",
    exampleVi: "28765",
    noteVi: "Mã đơn vị hành chính cấp xã, 5 chữ số, còn hiệu lực tại ngày nhập",
  },
  {
    key: "addressText",
    headerVi: "Địa chỉ",
    required: true,
    kind: "text",
    exampleVi: "Ấp Phú Vinh",
    noteVi: "Số nhà, đường, thôn/ấp (phần dưới cấp xã)",
  },
  {
    key: "industries",
    headerVi: "Ngành nghề",
    required: true,
    kind: "list",
    enumValues: eligibleIndustryCodes,
    exampleVi: "N_A; N_DD",
    noteVi: "Mã ngành nghề theo Điều 5 Nghị định 45/2012/NĐ-CP, cách nhau bằng dấu ;",
  },
  {
    key: "vsicCodes",
    headerVi: "Mã VSIC",
    required: false,
    kind: "list",
    exampleVi: "1629; 32900",
    noteVi: `Mã ngành VSIC 2018 cấp 4 hoặc 5, cách nhau bằng dấu ;, tối đa ${L.vsicCodesMax} mã`,
  },
  {
    key: "mainProducts",
    headerVi: "Sản phẩm chính",
    required: true,
    kind: "text",
    exampleVi: "Giỏ mây, khay tre",
    noteVi: `Tối đa ${L.mainProductsMax} ký tự`,
  },
  {
    key: "phone",
    headerVi: "Điện thoại",
    required: false,
    kind: "text",
    exampleVi: "0912 345 678",
    noteVi: "Định dạng ô là Văn bản để giữ số 0 ở đầu",
  },
  {
    key: "email",
    headerVi: "Thư điện tử",
    required: false,
    kind: "text",
    exampleVi: "coso@example.vn",
    noteVi: "",
  },
  {
    key: "year",
    headerVi: "Năm số liệu",
    required: false,
    kind: "integer",
    exampleVi: "2024",
    noteVi: "Bắt buộc khi có số liệu ở các cột sau",
  },
  {
    key: "employees",
    headerVi: "Số lao động",
    required: false,
    kind: "integer",
    exampleVi: "62",
    noteVi: "Lao động bình quân năm",
  },
  {
    key: "totalCapital",
    headerVi: "Tổng nguồn vốn (đồng)",
    required: false,
    kind: "dong",
    exampleVi: "1.500.000.000",
    noteVi: "Số nguyên đồng, không âm",
  },
  {
    key: "totalAssets",
    headerVi: "Tổng tài sản (đồng)",
    required: false,
    kind: "dong",
    exampleVi: "1.500.000.000",
    noteVi: "Số nguyên đồng, không âm",
  },
  {
    key: "revenue",
    headerVi: "Doanh thu (đồng)",
    required: false,
    kind: "dong",
    exampleVi: "2.300.000.000",
    noteVi: "Số nguyên đồng, không âm",
  },
  {
    key: "localMaterialSharePct",
    headerVi: "Tỷ lệ nguyên liệu tại chỗ (%)",
    required: false,
    kind: "percent",
    exampleVi: "62,5",
    noteVi: "Từ 0 đến 100, tối đa 2 chữ số thập phân",
  },
  {
    key: "hasExportContract",
    headerVi: "Có hợp đồng xuất khẩu (Có/Không)",
    required: false,
    kind: "boolean",
    exampleVi: "Có",
    noteVi: YES_NO,
  },
  {
    key: "cnhtProduct",
    headerVi: "Sản phẩm CNHT (Có/Không)",
    required: false,
    kind: "boolean",
    exampleVi: "Không",
    noteVi: YES_NO,
  },
] as const satisfies readonly ImportColumn[];

export type ImportColumnKey = (typeof importColumns)[number]["key"];
export type ImportCells = Partial<Record<ImportColumnKey, string | null | undefined>>;
export type ImportIssue = { column: string; code: ImportIssueCode; messageVi: string };

/** A create input except the commune, which the server resolves from the codes. */
export type ImportedEstablishment = Omit<EstablishmentCreate, "communeId"> & {
  provinceCode: string;
  communeCode: string;
};
export type ImportRowResult = {
  value?: ImportedEstablishment;
  errors: ImportIssue[];
  warnings: ImportIssue[];
};
