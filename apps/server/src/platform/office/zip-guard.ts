import { AppError } from "../errors";

export type ZipLimits = { maxEntries: number; maxUncompressedBytes: number; maxRatio: number };

export const defaultZipLimits: ZipLimits = {
  maxEntries: 2_000,
  maxUncompressedBytes: 200_000_000,
  maxRatio: 200,
};

/**
 * Reads a zip's central directory and refuses the file before anything is decompressed when it has too many
 * entries, too much uncompressed data, an extreme compression ratio or a path that climbs out of the archive
 * (RELIABILITY.md §5.2; ASVS 5.2.3, 5.3.3). The declared sizes are what a bomb would have to lie about, and
 * ExcelJS then inflates with the same bound in force.
 */
export function assertSafeZip(buffer: Uint8Array, limits: ZipLimits = defaultZipLimits): void {
  const view = new DataView(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  const invalid = (detail: string) =>
    new AppError("IMPORT_FILE_INVALID", { detail, errors: [{ path: "file", message: detail }] });
  if (buffer.length < 22 || view.getUint32(0, true) !== 0x04034b50)
    throw invalid("Tệp không phải là tệp Excel (.xlsx) hợp lệ");
  let eocd = -1;
  for (let i = buffer.length - 22; i >= Math.max(0, buffer.length - 65_557); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw invalid("Tệp Excel bị hỏng (không đọc được mục lục nén)");
  const entries = view.getUint16(eocd + 10, true);
  const directoryOffset = view.getUint32(eocd + 16, true);
  if (entries > limits.maxEntries) throw invalid("Tệp Excel có quá nhiều thành phần");
  let offset = directoryOffset;
  let total = 0;
  let hasContentTypes = false;
  for (let n = 0; n < entries; n++) {
    if (offset + 46 > buffer.length || view.getUint32(offset, true) !== 0x02014b50) {
      throw invalid("Tệp Excel bị hỏng (mục lục nén không hợp lệ)");
    }
    const compressed = view.getUint32(offset + 20, true);
    const uncompressed = view.getUint32(offset + 24, true);
    const nameLength = view.getUint16(offset + 28, true);
    const extraLength = view.getUint16(offset + 30, true);
    const commentLength = view.getUint16(offset + 32, true);
    const name = new TextDecoder().decode(buffer.subarray(offset + 46, offset + 46 + nameLength));
    if (name.startsWith("/") || name.split(/[\\/]/).includes(".."))
      throw invalid("Tệp Excel chứa đường dẫn không hợp lệ");
    if (name === "[Content_Types].xml") hasContentTypes = true;
    total += uncompressed;
    if (total > limits.maxUncompressedBytes) throw invalid("Tệp Excel giải nén ra quá lớn");
    if (compressed > 0 && uncompressed / compressed > limits.maxRatio && uncompressed > 1_000_000) {
      throw invalid("Tệp Excel có tỉ lệ nén bất thường (nghi là bom nén)");
    }
    offset += 46 + nameLength + extraLength + commentLength;
  }
  if (!hasContentTypes) throw invalid("Tệp không phải là tệp Office Open XML (.xlsx)");
}
