import { AppError } from "../errors";

export type ZipLimits = {
  maxEntries: number;
  /** Across every entry, declared and actually inflated. */
  maxUncompressedBytes: number;
  /** For any one entry, declared and actually inflated. */
  maxEntryBytes: number;
  maxRatio: number;
};

export const defaultZipLimits: ZipLimits = {
  maxEntries: 2_000,
  maxUncompressedBytes: 200_000_000,
  maxEntryBytes: 150_000_000,
  maxRatio: 200,
};

/** One entry as the central directory describes it; `uncompressedSize` is a claim, not a fact. */
export type ZipEntry = {
  name: string;
  /** 0 stored, 8 deflated; anything else is refused when the entry is read. */
  method: number;
  flags: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
};

export const zipInvalid = (detail: string) =>
  new AppError("IMPORT_FILE_INVALID", { detail, errors: [{ path: "file", message: detail }] });

/**
 * Reads a zip's central directory and refuses the file before anything is decompressed when it has too many
 * entries, too much declared uncompressed data, an extreme compression ratio or a path that climbs out of the
 * archive (RELIABILITY.md §5.2; ASVS 5.2.3, 5.3.3). The declared sizes are what a bomb lies about, so they only
 * answer early: the reader (`zip-entries.ts`) counts the bytes it really inflates against the same limits.
 */
export function assertSafeZip(buffer: Uint8Array, limits: ZipLimits = defaultZipLimits): ZipEntry[] {
  const view = new DataView(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  if (buffer.length < 22 || view.getUint32(0, true) !== 0x04034b50)
    throw zipInvalid("Tệp không phải là tệp Excel (.xlsx) hợp lệ");
  let eocd = -1;
  for (let i = buffer.length - 22; i >= Math.max(0, buffer.length - 65_557); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw zipInvalid("Tệp Excel bị hỏng (không đọc được mục lục nén)");
  const count = view.getUint16(eocd + 10, true);
  const directoryOffset = view.getUint32(eocd + 16, true);
  if (count > limits.maxEntries) throw zipInvalid("Tệp Excel có quá nhiều thành phần");
  const entries: ZipEntry[] = [];
  let offset = directoryOffset;
  let total = 0;
  let hasContentTypes = false;
  for (let n = 0; n < count; n++) {
    if (offset + 46 > buffer.length || view.getUint32(offset, true) !== 0x02014b50) {
      throw zipInvalid("Tệp Excel bị hỏng (mục lục nén không hợp lệ)");
    }
    const flags = view.getUint16(offset + 8, true);
    const method = view.getUint16(offset + 10, true);
    const compressed = view.getUint32(offset + 20, true);
    const uncompressed = view.getUint32(offset + 24, true);
    const nameLength = view.getUint16(offset + 28, true);
    const extraLength = view.getUint16(offset + 30, true);
    const commentLength = view.getUint16(offset + 32, true);
    const localHeaderOffset = view.getUint32(offset + 42, true);
    const name = new TextDecoder().decode(buffer.subarray(offset + 46, offset + 46 + nameLength));
    if (name.startsWith("/") || name.split(/[\\/]/).includes(".."))
      throw zipInvalid("Tệp Excel chứa đường dẫn không hợp lệ");
    if (name === "[Content_Types].xml") hasContentTypes = true;
    total += uncompressed;
    if (total > limits.maxUncompressedBytes || uncompressed > limits.maxEntryBytes)
      throw zipInvalid("Tệp Excel giải nén ra quá lớn");
    if (compressed > 0 && uncompressed / compressed > limits.maxRatio && uncompressed > 1_000_000) {
      throw zipInvalid("Tệp Excel có tỉ lệ nén bất thường (nghi là bom nén)");
    }
    entries.push({
      name,
      method,
      flags,
      compressedSize: compressed,
      uncompressedSize: uncompressed,
      localHeaderOffset,
    });
    offset += 46 + nameLength + extraLength + commentLength;
  }
  if (!hasContentTypes) throw zipInvalid("Tệp không phải là tệp Office Open XML (.xlsx)");
  return entries;
}
