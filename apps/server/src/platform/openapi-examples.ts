/**
 * Examples on the main request bodies of the OpenAPI document, by operationId. Each is a body the server accepts
 * (the OpenAPI test parses each one with its route's own schema and lints the document), taken from the demo data.
 */
export const requestExamples: Record<string, unknown> = {
  "auth.signIn": { email: "dongthap@demo.khuyencong.vn", password: "khuyencong-demo" },
  "establishments.create": {
    name: "Cơ sở mây tre đan Phú Thạnh",
    legalForm: "HKD",
    subjectClass: "CNNT",
    taxCode: null,
    businessRegNo: null,
    ownerName: "Nguyễn Văn Thạnh",
    communeId: "XA-28249-2025-07-01",
    addressText: "Ấp 3",
    sites: [],
    industries: ["N_DD"],
    vsicCodes: [],
    mainProducts: "Giỏ, lẵng mây tre đan xuất khẩu",
    phone: null,
    email: null,
    website: null,
    yearData: [{ year: 2025, employees: 12, revenue: "1500000000", hasExportContract: true }],
  },
  "users.create": {
    email: "canbo.dongthap@so-congthuong.vn",
    name: "Trần Thị Mai",
    role: "PROVINCIAL_OFFICER",
    scope: { kind: "PROVINCE", provinceId: "P34-82" },
    organisationId: null,
    password: "mat-khau-du-dai-2026",
  },
};
