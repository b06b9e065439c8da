/** Word lists of the bench register: trades, names and places weighted so searches hit realistic numbers. */

export type Trade = {
  weight: number;
  industries: string[];
  vsic: string[];
  /** Name prefixes; the legal form follows the prefix when it names one. */
  names: string[];
  products: string[];
};

/** Rural-industry trades (DOMAIN.md §3.2). Weights make a few trades common and a few rare. */
export const trades: Trade[] = [
  {
    weight: 14,
    industries: ["N_DD"],
    vsic: ["1629"],
    names: ["Cơ sở mây tre đan", "Hợp tác xã mây tre đan", "Hộ kinh doanh mây tre"],
    products: ["Giỏ mây, khay tre, đèn tre", "Bàn ghế mây tre xuất khẩu", "Rổ, rá, nong, nia tre"],
  },
  {
    weight: 10,
    industries: ["N_DD"],
    vsic: ["2393"],
    names: ["Cơ sở gốm sứ", "Hợp tác xã gốm", "Lò gốm"],
    products: ["Bình, lọ gốm men lam", "Gốm đỏ, chậu cảnh", "Bát đĩa gốm sứ"],
  },
  {
    weight: 14,
    industries: ["N_A"],
    vsic: ["1030", "1079"],
    names: ["Hộ kinh doanh chế biến nông sản", "Cơ sở chế biến nông sản", "Cơ sở sấy nông sản"],
    products: ["Xoài sấy, chuối sấy", "Tinh bột sắn", "Chè búp khô, cà phê bột"],
  },
  {
    weight: 10,
    industries: ["N_D"],
    vsic: ["2821", "2511"],
    names: ["Cơ khí", "Xưởng cơ khí", "Cơ sở cơ khí nông nghiệp"],
    products: ["Máy gặt đập, máy sấy lúa", "Khung nhà xưởng, cửa sắt", "Phụ tùng máy nông nghiệp"],
  },
  {
    weight: 8,
    industries: ["N_B"],
    vsic: ["1410", "1392"],
    names: ["Công ty TNHH may mặc", "Cơ sở dệt may", "Cơ sở dệt thổ cẩm"],
    products: ["Quần áo bảo hộ lao động", "Vải thổ cẩm, túi dệt", "Áo sơ mi gia công"],
  },
  {
    weight: 8,
    industries: ["N_B"],
    vsic: ["3100", "1622"],
    names: ["Cơ sở sản xuất đồ gỗ", "Xưởng mộc", "Hợp tác xã đồ gỗ mỹ nghệ"],
    products: ["Bàn ghế gỗ, tủ gỗ", "Đồ gỗ mỹ nghệ", "Cửa gỗ, ván ép"],
  },
  {
    weight: 7,
    industries: ["N_A"],
    vsic: ["1020"],
    names: ["Hợp tác xã nước mắm", "Cơ sở chế biến hải sản khô", "Cơ sở mắm"],
    products: ["Nước mắm cá cơm", "Mực khô, cá khô", "Mắm cá linh, mắm tép"],
  },
  {
    weight: 7,
    industries: ["N_A"],
    vsic: ["1071", "1073"],
    names: ["Cơ sở bánh tráng", "Cơ sở kẹo dừa", "Hộ kinh doanh bánh phồng tôm"],
    products: ["Bánh tráng, bánh phở khô", "Kẹo dừa, bánh tráng dừa", "Bánh phồng tôm"],
  },
  {
    weight: 6,
    industries: ["N_C"],
    vsic: ["2395"],
    names: ["Cơ sở sản xuất gạch không nung", "Cơ sở đá mỹ nghệ"],
    products: ["Gạch block, gạch terrazzo", "Tượng đá, bia đá"],
  },
  {
    weight: 5,
    industries: ["N_DD", "N_B"],
    vsic: ["1392"],
    names: ["Cơ sở thêu ren", "Hộ kinh doanh thêu tay"],
    products: ["Khăn, áo thêu tay", "Tranh thêu, ga gối thêu"],
  },
  {
    weight: 4,
    industries: ["N_A"],
    vsic: ["1061"],
    names: ["Cơ sở xay xát gạo", "Hộ kinh doanh xay xát"],
    products: ["Gạo thơm, bột gạo", "Gạo lứt, cám gạo"],
  },
  // Rare trades: a search for them hits a few hundred rows nationally.
  {
    weight: 0.6,
    industries: ["N_DD"],
    vsic: ["3290"],
    names: ["Cơ sở sơn mài", "Hộ kinh doanh sơn mài"],
    products: ["Tranh sơn mài, hộp sơn mài"],
  },
  {
    weight: 0.4,
    industries: ["N_DD"],
    vsic: ["3290"],
    names: ["Cơ sở khảm trai"],
    products: ["Tranh khảm trai, hộp khảm trai"],
  },
  {
    weight: 0.4,
    industries: ["N_D"],
    vsic: ["2432"],
    names: ["Cơ sở đúc đồng"],
    products: ["Chuông đồng, tượng đồng"],
  },
  {
    weight: 0.5,
    industries: ["N_DD"],
    vsic: ["3290"],
    names: ["Hộ kinh doanh làm hương"],
    products: ["Hương trầm, hương vòng"],
  },
];

export const families = [
  "Nguyễn",
  "Trần",
  "Lê",
  "Phạm",
  "Hoàng",
  "Huỳnh",
  "Võ",
  "Đặng",
  "Bùi",
  "Đỗ",
  "Hồ",
  "Ngô",
  "Dương",
  "Lý",
];
export const familyWeights = [38, 11, 9.5, 7, 5, 4, 4, 2, 2, 1.5, 1.5, 1.3, 1, 0.5];
export const middles = ["Văn", "Thị", "Hữu", "Minh", "Ngọc", "Thanh", "Quốc", "Kim", "Đức", "Xuân"];
export const givens = [
  "An",
  "Bình",
  "Cường",
  "Dũng",
  "Hạnh",
  "Hòa",
  "Hùng",
  "Lan",
  "Long",
  "Mai",
  "Nam",
  "Phúc",
  "Sơn",
  "Tâm",
  "Thảo",
  "Trung",
  "Tuấn",
  "Yến",
  "Khánh",
  "Quyên",
];
export const hamlets = [
  "Ấp 1",
  "Ấp 3",
  "Ấp Tân Mỹ",
  "Ấp Phú Vinh",
  "Thôn Đông",
  "Thôn Trung",
  "Thôn Hạ",
  "Tổ 5",
  "Khóm 2",
  "Xóm Chợ",
  "Số 12 đường Nguyễn Trãi",
  "Số 45 đường Lê Lợi",
];
/** Names of the synthetic communes (common commune names; with a `XA-BENCH-` id and source 'BENCH'). */
export const benchCommuneNames = [
  "Xã Tân Phú",
  "Xã An Bình",
  "Phường Hòa Bình",
  "Xã Phú Thạnh",
  "Xã Vĩnh Hòa",
  "Phường Tân Hiệp",
  "Xã Bình Minh",
  "Xã Đông Hưng",
  "Xã Quảng Phú",
  "Phường Trung Sơn",
  "Xã Hưng Lợi",
  "Xã Thạch Bàn",
];

export const legalFormWeights: [string, number][] = [
  ["HKD", 60],
  ["DNNVV", 18],
  ["HTX", 10],
  ["THT", 6],
  ["CA_NHAN", 4],
  ["DN_KHAC", 2],
];
