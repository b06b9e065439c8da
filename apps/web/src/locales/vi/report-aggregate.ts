/** The aggregate of approved province reports (issue 17 item 4). */
export const viReportAggregate = {
  reportAggregate: {
    title: "Báo cáo tổng hợp",
    description:
      "Số liệu của khu vực hoặc toàn quốc, tính từ báo cáo đã duyệt của các tỉnh; tỷ lệ được tính lại từ các số tổng",
    link: "Báo cáo tổng hợp",
    filters: {
      label: "Chọn báo cáo tổng hợp",
      template: "Mẫu báo cáo",
      year: "Năm",
      period: "Kỳ báo cáo",
      scope: "Phạm vi",
      basis: "Địa giới",
    },
    national: "Toàn quốc",
    chooseScope: "Chọn phạm vi tổng hợp",
    included: "Tỉnh đã có báo cáo được duyệt ({{count}})",
    missing: "Tỉnh chưa có báo cáo được duyệt ({{count}})",
    noneIncluded: "Chưa có tỉnh nào có báo cáo được duyệt trong kỳ này.",
    noneMissing: "Tất cả các tỉnh đã có báo cáo được duyệt.",
    countedAs: "tính vào {{name}}",
    completeness: "{{included}}/{{total}} tỉnh đã có báo cáo được duyệt",
    checksFailed: "Số liệu tổng hợp không khớp ở {{count}} kiểm tra: có thể một tỉnh nhập thiếu hoặc sai",
    checksOk: "Số liệu tổng hợp khớp với các kiểm tra tự động của mẫu báo cáo",
    distinctNote:
      'Số cơ sở "không trùng lặp" ở đây là tổng số của từng tỉnh: một cơ sở được hai tỉnh đếm thì tính hai lần, nên đây là giới hạn trên, không phải số cơ sở không trùng lặp.',
    cell: {
      drill: "Số liệu từng tỉnh: {{label}}",
      partial: "{{reporting}}/{{included}} tỉnh",
      mixed: "Các tỉnh báo cáo cả số ước và số thực hiện: không cộng lẫn",
      recomputed: "Tính lại từ số tổng",
      upperBound: "Giới hạn trên",
      withheld: "và {{count}} tỉnh khác (bạn không được xem số liệu riêng)",
      none: "Chưa có tỉnh nào báo cáo ô này",
      provinces: "{{count}} tỉnh",
    },
  },
};
