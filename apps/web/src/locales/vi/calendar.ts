/** The working-day calendar page (Danh mục › Lịch ngày làm việc). */
export const viCalendar = {
  calendar: {
    title: "Lịch ngày làm việc",
    description:
      "Ngày nghỉ lễ, Tết theo Bộ luật Lao động 2019 (Tết Nguyên đán và Giỗ Tổ theo âm lịch), ngày nghỉ bù và các ngày hoán đổi do Chính phủ quyết định hằng năm. Các thời hạn tính theo ngày làm việc (khiếu nại kết quả bình chọn) dùng lịch này.",
    year: "Năm",
    date: "Ngày",
    weekday: "Thứ",
    kind: "Loại ngày",
    reason: "Lý do / văn bản",
    source: "Nguồn",
    working: "Ngày làm việc",
    dayOff: "Ngày nghỉ",
    sourcePublicHoliday: "Theo luật",
    sourceOverride: "Quyết định hằng năm",
    add: "Thêm ngày quyết định",
    addTitle: "Thêm ngày nghỉ hoặc ngày làm bù",
    kindHoliday: "Ngày nghỉ (hoán đổi, nghỉ thêm)",
    kindWorkingDay: "Ngày làm việc (làm bù, bỏ ngày nghỉ đã tính)",
    name: "Nội dung và văn bản quyết định",
    namePlaceholder: "Ví dụ: Làm bù thứ Bảy 26/04/2025 theo Thông báo số …/TB-BNV",
    remove: "Bỏ",
    removeConfirm: "Bỏ quyết định của ngày {{date}}? Ngày đó trở lại như lịch tính theo luật.",
    saved: "Đã lưu",
    removed: "Đã bỏ",
    empty: "Năm này chưa có ngày nghỉ nào",
    count: "{{holidays}} ngày nghỉ, {{overrides}} quyết định hằng năm",
  },
};

export const viCalendarNav = { calendar: "Lịch ngày làm việc" };
