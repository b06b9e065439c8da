/** Reports owed, reminders, completeness and the awards ranking (issue 17 items 3–4). */
export const viReportObligations = {
  myReports: {
    title: "Báo cáo của tôi",
    description:
      "Các báo cáo định kỳ phải gửi: quá hạn, bị trả lại và sắp đến hạn ở trên cùng, kèm hạn nộp và số ngày còn lại hoặc đã trễ",
    what: "báo cáo phải gửi",
    count: "{{formatted}} báo cáo phải gửi",
    filters: { label: "Lọc báo cáo phải gửi", year: "Năm", template: "Mẫu báo cáo", status: "Tình trạng" },
    columns: {
      province: "Tỉnh",
      report: "Kỳ và mẫu báo cáo",
      dueOn: "Hạn nộp",
      when: "Còn / trễ",
      status: "Tình trạng",
      action: "Thao tác",
    },
    open: "Mở báo cáo",
    create: "Lập báo cáo",
    badgeLabel: "{{count}} báo cáo cần xử lý (quá hạn, bị trả lại, sắp đến hạn)",
    badgeNone: "Không có báo cáo cần xử lý",
  },
  completeness: {
    title: "Tình hình nộp báo cáo",
    description:
      "Tính đầy đủ (đã gửi / phải gửi) và tính đúng hạn (gửi đúng hạn / phải gửi) theo kỳ và tỉnh, và xếp hạng các tỉnh để xét khen thưởng",
    tabs: { completeness: "Đầy đủ, đúng hạn", awards: "Xếp hạng khen thưởng" },
    filters: { label: "Lọc", year: "Năm", template: "Mẫu báo cáo", region: "Vùng" },
    due: "Hạn nộp {{date}}",
    totals:
      "Phải gửi {{expected}} · đúng hạn {{onTime}} · trễ hạn {{late}} · chưa gửi {{missing}} · chưa đến hạn {{notYetDue}}",
    completeness: "Đầy đủ",
    timeliness: "Đúng hạn",
    empty: "Không có báo cáo phải gửi trong các kỳ đã chọn",
    columns: { province: "Tỉnh", region: "Vùng", timeliness: "Tình trạng", sent: "Gửi lần đầu" },
    timelinessLabels: {
      ON_TIME: "Đúng hạn",
      LATE: "Trễ hạn",
      MISSING: "Chưa gửi",
      NOT_YET_DUE: "Chưa đến hạn",
    },
    awards: {
      rule: "Xếp theo tỉ lệ báo cáo gửi đúng hạn, rồi tỉ lệ đã gửi, rồi tỉ lệ nhất quán (qua kiểm tra tự động không phải giải trình, không bị trả lại), trên các báo cáo của năm đã đến hạn; tỉnh đã sáp nhập tính vào tỉnh kế thừa.",
      rank: "Hạng",
      province: "Tỉnh",
      due: "Phải gửi",
      onTime: "Đúng hạn",
      complete: "Đã gửi",
      consistent: "Nhất quán",
      empty: "Chưa có báo cáo nào đến hạn trong năm",
    },
  },
};

export const viReportObligationsNav = {
  myReports: "Báo cáo của tôi",
  reportCompleteness: "Tình hình nộp báo cáo",
};
