import { type ConferenceCreateInput, province63Key } from "@kc/domain";

/**
 * Demo facts of the extension centres and the regional conferences (DOMAIN §2.1): the 2018 national staffing
 * (1.048 staff of whom 875 on quota in 63 centres, R-2019-national), the consulting figure of the 2024 Northern
 * conference (62 projects, 4,87 tỷ đồng, 49,1 % of the year plan, 153,7 % of the same period of 2023,
 * R-2024-north) and the two conferences themselves. Only the totals are sourced; their split over centres and
 * contracts is illustrative, chosen so that the sums come out exactly.
 */

/** 1.048 = 40 × 17 + 23 × 16 and 875 = 56 × 14 + 7 × 13: the i-th centre (by id) gets these. */
export function staffing2018(index: number) {
  const total = index < 40 ? 17 : 16;
  const permanent = index < 56 ? 14 : 13;
  return { total, permanent, contract: total - permanent };
}
export const STAFFING_2018_AS_OF = "2018-06-30";

/** The Northern centres that hold the 2024 contracts (the first ones by id in the region on the day). */
export const NORTHERN_CONSULTING_CENTRES = 10;

/** 62 contracts in January–May 2024: 61 × 78 triệu + 112 triệu = 4.870 triệu đồng. */
export function contract2024(index: number) {
  return {
    revenue: index === 0 ? 112_000_000n : 78_000_000n,
    signedOn: `2024-0${1 + (index % 5)}-${String(5 + (index % 20)).padStart(2, "0")}`,
  };
}
export const CONTRACTS_2024 = 62;

/** 45 contracts in January–June 2023: 44 × 70 triệu + 88,5 triệu = 3.168,5 triệu (4.870 is 153,7 % of it). */
export function contract2023(index: number) {
  return {
    revenue: index === 0 ? 88_500_000n : 70_000_000n,
    signedOn: `2023-0${1 + (index % 6)}-${String(3 + (index % 20)).padStart(2, "0")}`,
  };
}
export const CONTRACTS_2023 = 45;

/** 2024 plans: 10 × 992 triệu = 9.920 triệu; 4.870 / 9.920 = 49,09 % → "49,1 %". */
export const PLAN_2024_PER_CENTRE = 992_000_000n;

export const consultingSubjects = [
  "Tư vấn lập dự án đầu tư dây chuyền sản xuất",
  "Tư vấn đánh giá sản xuất sạch hơn",
  "Kiểm toán năng lượng",
  "Tư vấn xây dựng thương hiệu, nhãn hiệu sản phẩm",
  "Tư vấn quản lý chất lượng theo tiêu chuẩn ISO",
  "Lập hồ sơ thiết kế nhà xưởng",
] as const;

export const consultingClients = [
  "Công ty TNHH Cơ khí Đông Anh",
  "Hợp tác xã Mây tre đan Phú Vinh",
  "Công ty Cổ phần Gốm Bát Tràng",
  "Hộ kinh doanh Chế biến chè Tân Cương",
  "Công ty TNHH Dệt may Hưng Yên",
  "Hợp tác xã Nông sản Mộc Châu",
] as const;

export const demoConferences: (ConferenceCreateInput & { resolutions: string[] })[] = [
  {
    regionCode: "NAM",
    ordinal: 9,
    heldOn: "2018-08-23",
    hostProvinceId: province63Key("87"),
    venue: "Thành phố Cao Lãnh, tỉnh Đồng Tháp",
    organisers: "Cục Công Thương địa phương; Sở Công Thương Đồng Tháp",
    nextHostProvinceId: null,
    periodFrom: "2018-01-01",
    periodTo: "2018-07-31",
    note: "Số liệu 7 tháng đầu năm 2018 (kỳ cắt số liệu riêng của hội nghị). Tỉnh nhận cờ lần thứ X không có trong nguồn.",
    resolutions: [
      "Các Sở Công Thương đôn đốc đơn vị thực hiện đề án, thực hiện nghiêm chế độ báo cáo định kỳ làm căn cứ đánh giá năng lực và khen thưởng khuyến công; tổ chức nghiệm thu cơ sở, giám sát sử dụng kinh phí, kịp thời tạm ứng, thanh lý hợp đồng và quyết toán kinh phí.",
    ],
  },
  {
    regionCode: "BAC",
    ordinal: 18,
    heldOn: "2024-05-16",
    hostProvinceId: province63Key("01"),
    venue: "Hà Nội",
    organisers: "Sở Công Thương Hà Nội; Cục Công Thương địa phương",
    nextHostProvinceId: null,
    periodFrom: "2024-01-01",
    periodTo: "2024-06-30",
    note: "Số liệu ước thực hiện 6 tháng đầu năm 2024, trình bày ngày 16/5/2024. Cờ đăng cai hội nghị lần thứ XIX (2025) đã được trao; tỉnh nhận cờ không có trong nguồn.",
    resolutions: [
      "Rà soát mô hình tổ chức của các đơn vị khuyến công cấp tỉnh, hướng tới một mô hình thống nhất trên toàn quốc.",
    ],
  },
];
