import {
  type Act,
  adjustment,
  nationalPlanning,
  nationalStart,
  nationalWhole,
  step,
  upTo,
} from "./demo-project-scripts";

/**
 * The demo projects: one per state of DOMAIN §4.2/§4.3 worth seeing, over plan years 2018–2027, in Đồng Tháp and
 * Thanh Hóa. Amounts are in đồng; machinery lines stay within norm c of the 2014 table (50 %, 200 m).
 */
export type DemoProvince = "DT" | "TH";
type Beneficiary = { id: string; communeId: string };
export type DemoPlan = {
  province: DemoProvince;
  beneficiaries: number;
  beneficiaryOffset: number;
  input: (provinceId: string, beneficiaries: Beneficiary[]) => Record<string, unknown>;
  acts: Act[];
};

const M = 1_000_000n;
const MACHINE_EVIDENCE = ["HD_MUA_BAN", "BB_NGHIEM_THU_THANH_LY"];

function line(item: string, category: string, normCode: string | null, cost: bigint, kc: bigint, id: string) {
  return {
    id,
    item,
    spendingCategory: category,
    normCode,
    capUnits: 1,
    quantity: "1",
    unitPrice: cost.toString(),
    kcAmount: kc.toString(),
    counterpartAmount: (cost - kc).toString(),
    otherAmount: "0",
  };
}

function input(o: {
  title: string;
  year: number;
  activities: string[];
  lines: ReturnType<typeof line>[];
  kind?: string;
  local?: boolean;
}) {
  return (provinceId: string, beneficiaries: Beneficiary[]) => ({
    title: o.title,
    kind: o.kind ?? "DE_AN_DON_LE",
    fundingLevel: o.local ? "KCDP" : "KCQG",
    localLevel: o.local ? "TINH" : null,
    planYear: o.year,
    provinceId,
    implementerOrgId: `ORG-TTKC-${provinceId}`,
    implementerName:
      provinceId === "P34-38"
        ? "Trung tâm Khuyến công và Tiết kiệm năng lượng Thanh Hóa"
        : "Trung tâm Khuyến công Đồng Tháp",
    activities: o.activities,
    industries: ["N_A"],
    selectionMethod: "XET_CHON",
    startDate: `${o.year}-02-01`,
    endDate: `${o.year}-12-31`,
    beneficiaries: beneficiaries.map((b) => ({ establishmentId: b.id, shareBps: null })),
    sites: [...new Set(beneficiaries.map((b) => b.communeId))].map((communeId) => ({
      communeId,
      addressText: "",
    })),
    estimateLines: o.lines,
    indicators: [{ code: "MACHINERY_ESTAB", target: beneficiaries.length }],
  });
}

const machinery = (title: string, year: number, kc: bigint) =>
  input({
    title,
    year,
    activities: ["MAY_MOC_THIET_BI"],
    lines: [line("Máy móc thiết bị chế biến", "MO_HINH_CONG_NGHE", "c", kc * 2n, kc, "L1")],
  });

const dt = (
  plan: Omit<DemoPlan, "province" | "beneficiaries" | "beneficiaryOffset">,
  offset: number,
): DemoPlan => ({
  province: "DT",
  beneficiaries: 1,
  beneficiaryOffset: offset,
  ...plan,
});

const pilotYear = 2018;
const pilotSupport = 180n * M;

export const demoProjectPlans: DemoPlan[] = [
  {
    province: "TH",
    beneficiaries: 3,
    beneficiaryOffset: 0,
    input: (provinceId, beneficiaries) => ({
      ...input({
        title:
          "Đề án khuyến công quốc gia điểm: phát triển chế biến lâm sản tỉnh Thanh Hóa giai đoạn 2018–2020",
        year: pilotYear,
        kind: "DE_AN_DIEM",
        activities: ["MAY_MOC_THIET_BI", "DAO_TAO_NGHE"],
        lines: [
          line("Dây chuyền xẻ, sấy gỗ rừng trồng", "MO_HINH_CONG_NGHE", "c", 300n * M, 150n * M, "L1"),
          line("Đào tạo nghề chế biến lâm sản (3 lớp)", "DAO_TAO_NGHE", null, 30n * M, 30n * M, "L2"),
        ],
      })(provinceId, beneficiaries),
      endDate: "2020-12-31",
      summary:
        "Đề án điểm nhiều nội dung, thời gian trên một năm, hướng tới nâng cao giá trị lâm sản rừng trồng.",
    }),
    acts: [
      ...nationalPlanning(pilotYear),
      ...nationalStart(pilotYear, pilotSupport),
      { report: "2019-06", on: "2019-06-20", percent: 85, verified: true, by: "officer" },
      step("officer", "REPORT_COMPLETION", "2020-10-01", [["BAO_CAO_TONG_KET"], ["BAO_CAO_KHOI_LUONG_3B"]]),
      ...[
        "HD_MUA_BAN",
        "BB_NGHIEM_THU_THANH_LY",
        "QD_CAP_CHUNG_CHI",
        "DS_HOC_VIEN_CHUNG_CHI",
        "DS_LAO_DONG_CO_VIEC_LAM",
      ].map((code): Act => ({ attach: "KHAC", evidence: code, by: "officer" })),
      step("officer", "ACCEPT", "2020-10-20", [["BIEN_BAN_NGHIEM_THU_5A"]], {
        acceptedSpend: (175n * M).toString(),
      }),
      step("officer", "FILE_SETTLEMENT", "2020-11-01", [["HO_SO_QUYET_TOAN"]]),
      step("central", "LIQUIDATE_SETTLE", "2020-12-15", [
        ["BIEN_BAN_THANH_LY_6"],
        ["QD_PHE_DUYET_QUYET_TOAN"],
      ]),
      { pay: "PAYMENT", amount: 175n * M - (pilotSupport * 7n) / 10n, by: "central", on: "2020-12-20" },
    ],
  },
  dt(
    {
      input: machinery("Hỗ trợ máy sấy xoài cho cơ sở chế biến nông sản Cao Lãnh", 2025, 150n * M),
      acts: nationalWhole(2025, 150n * M, 140n * M, MACHINE_EVIDENCE),
    },
    0,
  ),
  dt(
    {
      input: machinery("Hỗ trợ dây chuyền đan lục bình xuất khẩu", 2026, 120n * M),
      acts: [...nationalPlanning(2026), ...nationalStart(2026, 120n * M)],
    },
    1,
  ),
  dt(
    {
      input: machinery("Hỗ trợ máy ép viên phân hữu cơ từ phụ phẩm", 2026, 100n * M),
      acts: [...nationalPlanning(2026), ...nationalStart(2026, 100n * M), adjustment(2026, ["DOI_DIA_DIEM"])],
    },
    2,
  ),
  dt(
    {
      input: machinery("Hỗ trợ máy chế biến bánh phồng tôm Sa Đéc", 2026, 90n * M),
      acts: [
        ...nationalPlanning(2026),
        ...nationalStart(2026, 90n * M),
        adjustment(2026, ["GIA_HAN_NAM_SAU"], "09"),
        step("centralLeader", "CARRY_OVER", "2026-10-15", [["QD_GIA_HAN", "MINISTER"]]),
      ],
    },
    3,
  ),
  dt(
    {
      input: machinery("Hỗ trợ lò sấy nhang thơm Lai Vung", 2025, 80n * M),
      acts: [
        ...nationalPlanning(2025),
        ...nationalStart(2025, 80n * M),
        step("centralLeader", "STOP_FOR_VIOLATION", "2025-07-01", [["QD_NGUNG", "MINISTER"]]),
      ],
    },
    4,
  ),
  dt(
    {
      input: machinery("Hỗ trợ máy cắt gạch không nung", 2026, 110n * M),
      acts: upTo(nationalWhole(2026, 110n * M, 110n * M, MACHINE_EVIDENCE), "REPORT_COMPLETION"),
    },
    5,
  ),
  dt(
    {
      input: machinery("Hỗ trợ máy đóng gói nước mắm", 2026, 70n * M),
      acts: upTo(nationalWhole(2026, 70n * M, 65n * M, MACHINE_EVIDENCE), "ACCEPT"),
    },
    6,
  ),
  dt(
    {
      input: machinery("Hỗ trợ máy xay xát gạo chất lượng cao", 2026, 130n * M),
      acts: upTo(nationalWhole(2026, 130n * M, 130n * M, MACHINE_EVIDENCE), "SIGN_CONTRACT"),
    },
    7,
  ),
  dt(
    {
      input: machinery("Hỗ trợ máy dệt chiếu Định Yên", 2027, 60n * M),
      acts: upTo(nationalPlanning(2027), "APPROVE_INTO_PLAN"),
    },
    8,
  ),
  dt(
    {
      input: machinery("Hỗ trợ thiết bị sản xuất kẹo dừa", 2027, 75n * M),
      acts: upTo(nationalPlanning(2027), "REGISTER_CENTRAL"),
    },
    9,
  ),
  dt(
    {
      input: machinery("Hỗ trợ máy rang cà phê bột", 2027, 50n * M),
      acts: upTo(nationalPlanning(2027), "SUBMIT_BASE"),
    },
    10,
  ),
  dt(
    {
      input: machinery("Hỗ trợ máy sơ chế cá tra", 2027, 95n * M),
      acts: [
        ...upTo(nationalPlanning(2027), "SUBMIT_BASE"),
        step("officer", "RETURN_FOR_COMPLETION", "2026-05-15", [["VAN_BAN_YEU_CAU_BO_SUNG"]]),
      ],
    },
    11,
  ),
  dt({ input: machinery("Hỗ trợ máy cơ khí nông nghiệp Tháp Mười", 2027, 85n * M), acts: [] }, 12),
];
