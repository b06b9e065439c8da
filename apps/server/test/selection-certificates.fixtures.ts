/**
 * Rows for the certificate tests (selection-certificates.test.ts): an establishment, a provincial round already
 * recognised, its entries and the approver's decision, written straight to the tables so the tests start where
 * certificates are issued.
 */
export const est = (id: string, provinceId: string, communeId: string, name: string) => ({
  id,
  provinceId,
  communeId,
  name,
  ownerName: "Nguyễn Văn Chủ",
  legalForm: "HKD" as const,
  subjectClass: "CNNT" as const,
  industries: ["N_DD"],
  searchText: name.toLowerCase(),
  sortKey: `e|${id}`,
  eligibilityVerdict: "ELIGIBLE" as const,
  eligibilityEvaluatedOn: "2026-01-01",
});
export const round = (id: string, provinceId: string) => ({
  id,
  code: id,
  title: "Bình chọn sản phẩm CNNT tiêu biểu cấp tỉnh 2026",
  level: "TINH" as const,
  provinceId,
  year: 2026,
  organiserName: "Sở Công Thương",
  status: "RECOGNISED" as const,
  searchText: "binh chon",
});
export const entry = (
  id: string,
  roundId: string,
  establishmentId: string,
  provinceId: string,
  name: string,
  status = "RECOGNISED",
) => ({
  id,
  roundId,
  establishmentId,
  provinceId,
  productName: name,
  productNameFolded: name.toLowerCase(),
  productGroup: "G1" as const,
  status: status as "RECOGNISED",
  searchText: name.toLowerCase(),
});
export const decision = {
  issuedOn: "2026-03-10",
  decisionNumber: "123/QĐ-UBND",
  decisionOn: "2026-03-09",
  decisionSigner: "Nguyễn Văn Minh",
};
