import { productGroupCodes, productGroupLabels } from "@kc/domain";
import { entryImportColumns } from "./entry-import-rows";

/** The short-list template (Appendix 5 style): the columns the import reads, one example row and a help sheet. */
export async function buildEntryImportTemplate(): Promise<Buffer> {
  const { default: Excel } = await import("exceljs");
  const workbook = new Excel.Workbook();
  const sheet = workbook.addWorksheet("Danh sách sản phẩm");
  const columns = Object.values(entryImportColumns);
  sheet.columns = columns.map((c) => ({ header: c.header, width: c.header === "STT" ? 6 : 32 }));
  sheet.getRow(1).font = { bold: true };
  sheet.addRow([
    1,
    "Chiếu cói in hoa",
    "Công ty TNHH Chiếu cói Định Yên",
    "1400000001",
    "Xã Định Yên, tỉnh Đồng Tháp",
    "G1",
    "",
  ]);
  sheet.getColumn(4).numFmt = "@";
  const help = workbook.addWorksheet("Hướng dẫn");
  help.columns = [{ width: 18 }, { width: 100 }];
  help.addRow(["Cột", "Cách ghi"]).font = { bold: true };
  help.addRow(["Tên sản phẩm", "Tên sản phẩm hoặc bộ sản phẩm, như trên phiếu đăng ký."]);
  help.addRow([
    "Cơ sở, Mã số thuế",
    "Cơ sở phải có trong sổ đăng ký: tìm theo mã số thuế, nếu không có thì theo tên cơ sở và tên xã, phường trong cột Địa chỉ.",
  ]);
  help.addRow(["Nhóm", productGroupCodes.map((c) => `${c}: ${productGroupLabels[c]}`).join("; ")]);
  help.addRow([
    "Lưu ý",
    "Tệp được kiểm tra toàn bộ trước khi ghi; có lỗi ở bất kỳ dòng nào thì không ghi dòng nào. Giấy chứng nhận cấp dưới còn hiệu lực của cơ sở được tự tìm theo tên sản phẩm.",
  ]);
  help.getColumn(2).alignment = { wrapText: true, vertical: "top" };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
