import { createInflateRaw } from "node:zlib";
import { AppError } from "../errors";
import { type ZipEntry, type ZipLimits, zipInvalid } from "./zip-guard";

/**
 * The inflater's output chunk size. The whole compressed entry is written at once, so every chunk but the last is
 * exactly this long; nothing downstream may care where a chunk ends (a character split across two chunks is
 * decoded whole by `xml-stream.ts`). The boundary test in `xlsx-reader.test.ts` aims its text at these offsets.
 */
export const INFLATE_CHUNK_BYTES = 16 * 1024;

/** What is left to inflate across the entries of one file (ZipLimits.maxUncompressedBytes at the start). */
export type InflateBudget = { remaining: number };

const corrupt = () => zipInvalid("Tệp Excel bị hỏng (một thành phần nén không đọc được)");

/**
 * Inflates one entry chunk by chunk, counting the bytes really produced. A zip bomb only has to lie in its headers
 * (STACK.md gotcha 21), so the read stops as soon as an entry gives more than its central directory declared, more
 * than the per-entry limit, or more than the file's remaining budget, however small the declaration was: at most
 * one chunk past the limit is ever held. An entry that gives less than declared is as corrupt as one that gives
 * more. Stopping early (the consumer breaks its loop) destroys the inflater.
 */
export async function* inflateEntry(
  bytes: Uint8Array,
  entry: ZipEntry,
  limits: ZipLimits,
  budget: InflateBudget,
): AsyncGenerator<Uint8Array> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localHeaderOffset;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== 0x04034b50) throw corrupt();
  if (entry.flags & 1) throw zipInvalid("Tệp Excel có đặt mật khẩu; hãy bỏ mật khẩu rồi tải lên lại");
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  if (start + entry.compressedSize > bytes.length) throw corrupt();
  const data = bytes.subarray(start, start + entry.compressedSize);
  let produced = 0;
  const count = (chunk: Uint8Array) => {
    produced += chunk.length;
    budget.remaining -= chunk.length;
    if (produced > entry.uncompressedSize)
      throw zipInvalid("Tệp Excel có thành phần giải nén ra nhiều hơn khai báo (nghi là bom nén)");
    if (produced > limits.maxEntryBytes || budget.remaining < 0)
      throw zipInvalid("Tệp Excel giải nén ra quá lớn");
  };
  if (entry.method === 0) {
    for (let from = 0; from < data.length; from += INFLATE_CHUNK_BYTES) {
      const chunk = data.subarray(from, from + INFLATE_CHUNK_BYTES);
      count(chunk);
      yield chunk;
    }
  } else if (entry.method === 8) {
    const inflater = createInflateRaw({ chunkSize: INFLATE_CHUNK_BYTES });
    inflater.end(data);
    try {
      for await (const chunk of inflater as AsyncIterable<Buffer>) {
        count(chunk);
        yield chunk;
      }
    } catch (error) {
      if (error instanceof AppError) throw error;
      throw corrupt();
    } finally {
      inflater.destroy();
    }
  } else {
    throw zipInvalid("Tệp Excel dùng kiểu nén không được hỗ trợ; hãy lưu lại bằng Excel hoặc LibreOffice");
  }
  if (produced !== entry.uncompressedSize) throw corrupt();
}
