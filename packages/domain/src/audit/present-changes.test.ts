import { describe, expect, it } from "vitest";
import { presentChanges, referencedIds } from "./present-changes";

const COMMUNE = "XA-28249-2025-07-01";
const names = { adminUnit: { [COMMUNE]: "Phường Mỹ Tho", "P34-82": "Đồng Tháp" } };

describe("presentChanges", () => {
  it("lists only the fields that changed, with labels and names instead of codes", () => {
    const changes = presentChanges({
      entity: "establishment",
      before: { name: "Cơ sở A", legalForm: "HKD", communeId: null, status: "ACTIVE", version: 1 },
      after: { name: "Cơ sở A", legalForm: "DNTN", communeId: COMMUNE, status: "ARCHIVED", version: 2 },
      names,
    });
    expect(changes.map((change) => change.label)).toEqual(["Loại hình", "Xã, phường", "Trạng thái"]);
    expect(changes[0]?.before?.text).toBe("Hộ kinh doanh");
    expect(changes[1]).toMatchObject({ before: null, after: { text: "Phường Mỹ Tho" } });
    expect(JSON.stringify(changes)).not.toMatch(/XA-\d{4,}|"ARCHIVED"|"HKD"|version/);
  });

  it("shows yearly figures as a table with money in Vietnamese format", () => {
    const [change] = presentChanges({
      entity: "establishment",
      before: { yearData: [] },
      after: {
        yearData: [
          {
            year: 2024,
            employees: 12,
            revenue: "1250000000",
            localMaterialSharePct: 84.12,
            cnhtProduct: true,
          },
        ],
      },
    });
    expect(change?.label).toBe("Số liệu theo năm");
    expect(change?.before).toBeNull();
    expect(change?.after?.table).toEqual({
      columns: ["Năm", "Lao động", "Doanh thu", "Nguyên liệu trong tỉnh", "Sản phẩm CNHT"],
      rows: [["2024", "12", "1.250.000.000 đ", "84,12 %", "Có"]],
    });
    expect(change?.after?.text).toContain("Doanh thu: 1.250.000.000 đ");
  });

  it("reads project money, statuses and a nested payment, and dates as dd/mm/yyyy", () => {
    const changes = presentChanges({
      entity: "project",
      before: { status: "STARTED", disbursedTotal: "0", version: 3 },
      after: {
        status: "STARTED",
        disbursedTotal: "300000000",
        payment: { kind: "ADVANCE", amount: "300000000", paidOn: "2026-05-20" },
        version: 4,
      },
    });
    expect(changes.map((change) => [change.label, change.before?.text ?? null, change.after?.text])).toEqual([
      ["Đã giải ngân", "0 đ", "300.000.000 đ"],
      ["Khoản chi", null, "Loại: Tạm ứng; Số tiền: 300.000.000 đ; Ngày chi: 20/05/2026"],
    ]);
  });

  it("lists every filled field of a creation and nothing for an identical snapshot", () => {
    const created = presentChanges({
      entity: "user",
      before: null,
      after: { name: "An", role: "AUDITOR", phone: "" },
    });
    expect(created).toEqual([
      { field: "name", label: "Họ và tên", before: null, after: { text: "An" } },
      { field: "role", label: "Vai trò", before: null, after: { text: "Thanh tra, kiểm toán" } },
    ]);
    expect(presentChanges({ entity: "user", before: { name: "An" }, after: { name: "An" } })).toEqual([]);
  });
  it("reads reported figures by indicator name, with the central unit named", () => {
    const changes = presentChanges({
      entity: "reported_figure",
      before: null,
      after: {
        unitId: "TW",
        valueKind: "ACTUAL",
        values: [{ indicator: "FAIRS_ORGANISED", labelVi: "Số hội chợ, triển lãm được tổ chức", value: 3 }],
      },
    });
    expect(changes.map((change) => [change.label, change.after?.text])).toEqual([
      ["Đơn vị", "Trung ương (Cục)"],
      ["Loại số liệu", "Thực hiện"],
      ["Số liệu", "Chỉ tiêu: Số hội chợ, triển lãm được tổ chức, Giá trị: 3"],
    ]);
  });
});

describe("referencedIds", () => {
  it("collects the ids to name, nested ones included, by kind", () => {
    const ids = referencedIds("establishment", [
      { communeId: COMMUNE, sites: [{ communeId: "XA-1" }] },
      { organisationId: "ORG-1", scopeProvinceId: "P34-82" },
    ]);
    expect([...ids.adminUnit].sort()).toEqual(["P34-82", "XA-1", COMMUNE].sort());
    expect([...ids.organisation]).toEqual(["ORG-1"]);
  });
});
