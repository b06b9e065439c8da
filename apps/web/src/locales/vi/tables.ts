/** The shared list kit: column chooser, density, filters on phones, and what an empty list says. */
export const viTables = {
  tables: {
    columns: "Chọn cột",
    columnsHint: "Cột được chọn giữ lại cho lần sau trên máy này.",
    resetColumns: "Mặc định",
    density: "Mật độ hiển thị",
    densities: { large: "Thoáng", middle: "Vừa", small: "Gọn" },
    filters: "Bộ lọc",
    filtersTitle: "Bộ lọc danh sách",
    showResults: "Xem kết quả",
  },
  emptyState: {
    filteredTitle: "Không có kết quả với bộ lọc này",
    filteredHint: "Bỏ bớt điều kiện lọc hoặc xoá bộ lọc để xem lại toàn bộ danh sách.",
    clearFilters: "Xoá bộ lọc",
    scopeTitle: "Chưa có {{what}} nào trong phạm vi {{scope}}",
    nothingTitle: "Chưa có {{what}} nào",
    widenScope:
      "Nếu cần xem dữ liệu của đơn vị khác, đề nghị quản trị viên mở rộng phạm vi dữ liệu của tài khoản.",
  },
};
