/** The files attached to a province's periodic report (issue 17 item 2). */
export const viReportAttachments = {
  reportAttachments: {
    title: "Tệp đính kèm",
    hint: "Bản báo cáo có chữ ký, đóng dấu; phụ lục; ảnh. Chỉ thêm, xóa được khi báo cáo đang lập hoặc bị trả lại.",
    add: "Đính kèm tệp",
    addTitle: "Đính kèm tệp vào báo cáo",
    file: "Tệp",
    fileHint: "PDF, Word, Excel, OpenDocument hoặc ảnh (JPEG, PNG, TIFF, HEIC); tối đa 20 MB",
    description: "Ghi chú",
    descriptionPlaceholder: "Ví dụ: Bản có chữ ký, đóng dấu; Phụ lục 2",
    uploaded: "Đã đính kèm {{name}}",
    empty: "Chưa có tệp đính kèm",
    count: "{{count}}/{{max}} tệp",
    name: "Tệp",
    size: "Dung lượng",
    attachedBy: "Người đính kèm",
    attachedAt: "Ngày đính kèm",
    remove: "Xóa {{name}}",
    removeConfirm: "Xóa tệp này khỏi báo cáo?",
    removed: "Đã xóa {{name}}",
  },
};
