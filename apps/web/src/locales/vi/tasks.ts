/** "Việc cần xử lý": the tasks page, its header badge and the filing of several monthly reports at once. */
export const viTasks = {
  tasks: {
    title: "Việc cần xử lý",
    description:
      "Hồ sơ đang chờ bạn thẩm định, phê duyệt hoặc trả lời, hồ sơ bị trả lại và báo cáo tiến độ đã đến hạn, trong phạm vi dữ liệu của bạn. Việc quá hạn đứng đầu.",
    badgeLabel_one: "Việc cần xử lý: {{count}} việc",
    badgeLabel_other: "Việc cần xử lý: {{count}} việc",
    badgeNone: "Việc cần xử lý: không có việc nào",
    emptyTitle: "Không có việc nào cần xử lý",
    emptyHint:
      "Khi có hồ sơ chờ bạn thẩm định, phê duyệt, hồ sơ bị trả lại hoặc báo cáo tiến độ đến hạn, việc sẽ hiện ở đây.",
    count: "{{count}} việc",
    overdueCount: "{{count}} việc quá hạn",
    truncated: "Danh sách chỉ hiện {{shown}} trong {{count}} việc; hãy xử lý các việc quá hạn trước.",
    dueBefore: "Hạn: trước {{date}}",
    noDeadline: "Không có hạn quy định",
    overdue: "Quá hạn",
    open: "Mở hồ sơ",
    fileSeveral: "Báo cáo các tháng còn thiếu",
    batch: {
      title: "Báo cáo tiến độ nhiều tháng — {{code}}",
      intro:
        "Chọn các tháng cần báo cáo và nhập tỷ lệ khối lượng hoàn thành của từng tháng. Các tháng được ghi cùng lúc: nếu một tháng không hợp lệ thì không tháng nào được ghi.",
      reportedOn: "Ngày báo cáo",
      percent: "Khối lượng hoàn thành (%)",
      percentShort: "% hoàn thành",
      workDone: "Công việc đã thực hiện",
      submit: "Ghi {{count}} báo cáo",
      noneSelected: "Chọn ít nhất một tháng",
      done: "Đã ghi {{count}} báo cáo tiến độ",
      tooMany: "Mỗi lần báo cáo tối đa {{max}} tháng; các tháng cũ nhất được chọn trước.",
    },
  },
};
export const viTasksNav = { tasks: "Việc cần xử lý" };
