/**
 * Reference data answers shared by the form tests: one province with two communes, and the code lists the
 * establishment form offers. Shapes follow the API loosely (only what the forms read).
 */
import type { Routes, StubRequest } from "./fetch-stub";

export const DONG_THAP = { id: "P87", code: "87", name: "Đồng Tháp", level: "TINH", parentId: null };
export const AN_GIANG = { id: "P89", code: "89", name: "An Giang", level: "TINH", parentId: null };
export const CAO_LANH = {
  id: "X870001",
  code: "870001",
  name: "Phường Cao Lãnh",
  level: "XA",
  parentId: "P87",
};
export const MY_AN = { id: "X870002", code: "870002", name: "Xã Mỹ An", level: "XA", parentId: "P87" };
export const LONG_XUYEN = {
  id: "X890001",
  code: "890001",
  name: "Phường Long Xuyên",
  level: "XA",
  parentId: "P89",
};

const page = (items: unknown[]) => ({ items, total: items.length, page: 1, pageSize: 200 });

/** GET /admin-units: provinces, or the communes of `parentId`. */
export function adminUnits(request: StubRequest) {
  if (request.query.get("level") === "TINH") return page([DONG_THAP, AN_GIANG]);
  const parent = request.query.get("parentId");
  return page([CAO_LANH, MY_AN, LONG_XUYEN].filter((unit) => unit.parentId === parent));
}

const entry = (code: string, labelVi: string) => ({
  code,
  labelVi,
  labelEn: "",
  validFrom: "2000-01-01",
  validTo: null,
  legalBasis: null,
});

export const referenceRoutes: Routes = {
  "GET /admin-units": adminUnits,
  "GET /catalogues/LEGAL_FORM": {
    items: [entry("HKD", "Hộ kinh doanh"), entry("DNNVV", "Doanh nghiệp nhỏ và vừa")],
  },
  "GET /catalogues/SUBJECT_CLASS": { items: [entry("CNNT", "Cơ sở công nghiệp nông thôn")] },
  "GET /catalogues/ELIGIBLE_INDUSTRY": {
    items: [
      entry("CHE_BIEN", "Chế biến nông, lâm, thủy sản"),
      entry("THU_CONG", "Sản xuất hàng thủ công mỹ nghệ"),
    ],
  },
};
