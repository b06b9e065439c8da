import { crc32 } from "node:zlib";
import { fileTypeFromBuffer } from "file-type";
import JSZip from "jszip";
import { AppError } from "./errors";
import { assertSafeZip } from "./office/zip-guard";

/**
 * Checks that an uploaded file is what its first bytes claim (ASVS 5.2.2). `file-type` names a type from the
 * magic number alone, so an HTML page that starts with `%PDF` passed as a PDF, and a zip cut in half passed as
 * a .docx. For each type we accept, this looks one level deeper, at the structure every reader needs, without
 * interpreting the content:
 *
 * - **PDF**: a structural check rather than a parser. The header, the `%%EOF` end marker, and a way to the
 *   document catalogue: `startxref` pointing at a cross-reference table (then a trailer naming `/Root`) or at a
 *   cross-reference stream (`/Type /XRef` with `/Root`); a file without `startxref` passes only with a trailer
 *   whose `/Root` object is in the file and is a `/Catalog` (what readers rebuild the table from). A full
 *   parser adds little here: pdf-lib is unmaintained since 2021 and repairs what it cannot read; pdf.js is
 *   maintained but large, and runs a whole interpreter on untrusted input (CVE-2024-4367). The check reads the
 *   first and last kilobytes and the trailer, whatever the size.
 * - **Office Open XML / OpenDocument**: a zip whose central directory and local headers agree (JSZip, which
 *   ExcelJS also uses, decompresses nothing to check this), with `[Content_Types].xml` and the main part
 *   (`word/document.xml`, `xl/workbook.xml`, `ppt/presentation.xml`), or with `mimetype` first plus
 *   `content.xml` and `META-INF/manifest.xml`.
 * - **Old Office (OLE2/CFB)**: the compound-file header of [MS-CFB] §2.2 (signature, versions, byte order,
 *   sector sizes, directory and FAT sectors inside the file).
 * - **Images**: PNG's IHDR chunk with its CRC and the IEND chunk; a JPEG's segments up to a frame header with
 *   a size; a TIFF's first directory inside the file with an image width; HEIF's boxes chained to the end of the
 *   file with a `meta` box.
 *
 * Answers `null` when the file holds together, else the reason in Vietnamese.
 */
export async function findContentProblem(bytes: Uint8Array, mime: string): Promise<string | null> {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  switch (mime) {
    case "application/pdf":
      return pdfProblem(buffer);
    case "application/vnd.openxmlformats-officedocument.wordprocessingml.document":
      return ooxmlProblem(buffer, "word/document.xml", "Word (.docx)");
    case "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet":
      return ooxmlProblem(buffer, "xl/workbook.xml", "Excel (.xlsx)");
    case "application/vnd.openxmlformats-officedocument.presentationml.presentation":
      return ooxmlProblem(buffer, "ppt/presentation.xml", "PowerPoint (.pptx)");
    case "application/vnd.oasis.opendocument.text":
    case "application/vnd.oasis.opendocument.spreadsheet":
      return odfProblem(buffer);
    case "application/x-cfb":
      return cfbProblem(buffer);
    case "image/png":
      return pngProblem(buffer);
    case "image/jpeg":
      return jpegProblem(buffer);
    case "image/tiff":
      return tiffProblem(buffer);
    case "image/heic":
      return heifProblem(buffer);
    default:
      return `Chưa kiểm tra được nội dung loại tệp ${mime}`;
  }
}

// ---- PDF -------------------------------------------------------------------------------------------------------

const ROOT_REF = /\/Root\s+(\d+)\s+(\d+)\s+R/;

function pdfProblem(buffer: Buffer): string | null {
  const broken = (why: string) => `Tệp PDF không hợp lệ: ${why}`;
  // ISO 32000-1 §7.5.2: the header is on the first line; readers accept it within the first kilobyte.
  if (!/%PDF-[12]\.\d/.test(buffer.subarray(0, 1024).toString("latin1")))
    return broken("không có phần đầu %PDF-1.x");
  // §7.5.5: the last line is %%EOF; some producers add a little after it.
  const tailStart = Math.max(0, buffer.length - 2048);
  const tail = buffer.subarray(tailStart).toString("latin1");
  const eof = tail.lastIndexOf("%%EOF");
  if (eof < 0 || tail.length - eof > 1024)
    return broken("không có dấu kết thúc %%EOF (tệp bị cắt, hoặc chỉ có phần đầu giống PDF)");
  const startxref = /startxref\s+(\d+)\s*$/.exec(tail.slice(0, eof));
  if (startxref) return xrefProblem(buffer, Number(startxref[1]), broken);
  // No startxref: a trailer must name a catalogue object that is in the file.
  const trailer = buffer.lastIndexOf("trailer", buffer.length, "latin1");
  const root =
    trailer < 0 ? null : ROOT_REF.exec(buffer.subarray(trailer, trailer + 4096).toString("latin1"));
  if (!root) return broken("không có bảng tham chiếu (startxref) hay phần trailer chỉ tới mục lục tài liệu");
  const object = buffer.indexOf(`${root[1]} ${root[2]} obj`, 0, "latin1");
  const catalog = object < 0 ? "" : buffer.subarray(object, object + 4096).toString("latin1");
  if (!/^\d+ \d+ obj\s*<<[\s\S]*?\/Type\s*\/Catalog/.test(catalog))
    return broken("mục lục tài liệu (/Root) không có trong tệp");
  return null;
}

function xrefProblem(buffer: Buffer, offset: number, broken: (why: string) => string): string | null {
  if (offset >= buffer.length) return broken("startxref chỉ ra ngoài tệp");
  // A few producers miscount by some bytes; readers look around the offset, and so do we.
  const from = Math.max(0, offset - 32);
  const around = buffer.subarray(from, offset + 4096).toString("latin1");
  const table = around.indexOf("xref");
  if (table >= 0 && table <= 64 && !/\d\s+\d+\s+obj/.test(around.slice(0, table))) {
    const trailer = buffer.indexOf("trailer", from + table, "latin1");
    const dictionary = trailer < 0 ? "" : buffer.subarray(trailer, trailer + 4096).toString("latin1");
    if (!/^trailer\s*<</.test(dictionary) || !ROOT_REF.test(dictionary))
      return broken("bảng tham chiếu không có phần trailer chỉ tới mục lục tài liệu (/Root)");
    return null;
  }
  const stream = /^[\s\S]{0,64}?\d+\s+\d+\s+obj\s*<<([\s\S]*?)>>\s*stream/.exec(around);
  if (stream?.[1] && /\/Type\s*\/XRef/.test(stream[1]) && ROOT_REF.test(stream[1])) return null;
  return broken("startxref không chỉ tới bảng tham chiếu");
}

// ---- Zip packages ----------------------------------------------------------------------------------------------

async function openZip(buffer: Buffer): Promise<JSZip | null> {
  try {
    // Reads the central directory and every local header; decompresses nothing.
    return await JSZip.loadAsync(buffer, { checkCRC32: false });
  } catch {
    return null;
  }
}

async function ooxmlProblem(buffer: Buffer, mainPart: string, label: string): Promise<string | null> {
  const zip = await openZip(buffer);
  if (!zip) return `Tệp ${label} bị hỏng: gói nén không đọc được (tệp bị cắt hoặc không phải ${label})`;
  for (const part of ["[Content_Types].xml", mainPart]) {
    if (!zip.file(part)) return `Tệp ${label} không hợp lệ: thiếu phần ${part}`;
  }
  return null;
}

async function odfProblem(buffer: Buffer): Promise<string | null> {
  const zip = await openZip(buffer);
  if (!zip)
    return "Tệp OpenDocument bị hỏng: gói nén không đọc được (tệp bị cắt hoặc không phải OpenDocument)";
  // ODF 1.2 part 3 §3.3: `mimetype` is the first entry (file-type has read its value there).
  if (Object.keys(zip.files)[0] !== "mimetype")
    return "Tệp OpenDocument không hợp lệ: mimetype không đứng đầu";
  for (const part of ["content.xml", "META-INF/manifest.xml"]) {
    if (!zip.file(part)) return `Tệp OpenDocument không hợp lệ: thiếu phần ${part}`;
  }
  return null;
}

// ---- Old Office: compound file binary ([MS-CFB] §2.2) ----------------------------------------------------------

function cfbProblem(buffer: Buffer): string | null {
  const broken = (why: string) => `Tệp Office cũ (.doc, .xls, .ppt) không hợp lệ: ${why}`;
  if (buffer.length < 512 * 2) return broken("tệp quá ngắn");
  const major = buffer.readUInt16LE(26);
  const sectorShift = buffer.readUInt16LE(30);
  if (!buffer.subarray(8, 24).every((b) => b === 0)) return broken("phần đầu sai (CLSID)");
  if (!((major === 3 && sectorShift === 9) || (major === 4 && sectorShift === 12)))
    return broken("phiên bản hoặc cỡ khối không đúng");
  if (buffer.readUInt16LE(28) !== 0xfffe) return broken("thứ tự byte không đúng");
  if (buffer.readUInt16LE(32) !== 6) return broken("cỡ khối nhỏ không đúng");
  if (buffer.readUInt32LE(56) !== 4096) return broken("ngưỡng luồng nhỏ không đúng");
  const sectorSize = 1 << sectorShift;
  const sectors = Math.floor((buffer.length - sectorSize) / sectorSize);
  const fatSectors = buffer.readUInt32LE(44);
  const directoryStart = buffer.readUInt32LE(48);
  if (fatSectors < 1 || fatSectors > sectors) return broken("bảng cấp phát (FAT) không khớp cỡ tệp");
  if (directoryStart >= sectors) return broken("thư mục nằm ngoài tệp (tệp bị cắt)");
  return null;
}

// ---- Images ----------------------------------------------------------------------------------------------------

function pngProblem(buffer: Buffer): string | null {
  const broken = (why: string) => `Ảnh PNG không hợp lệ: ${why}`;
  if (buffer.length < 8 + 25 + 12) return broken("tệp quá ngắn");
  if (buffer.readUInt32BE(8) !== 13 || buffer.toString("latin1", 12, 16) !== "IHDR")
    return broken("thiếu phần IHDR");
  if (crc32(buffer.subarray(12, 29)) !== buffer.readUInt32BE(29)) return broken("phần IHDR bị hỏng");
  const width = buffer.readUInt32BE(16);
  const height = buffer.readUInt32BE(20);
  if (width === 0 || height === 0) return broken("kích thước ảnh bằng 0");
  if (buffer.lastIndexOf("IEND", buffer.length, "latin1") < buffer.length - 64)
    return broken("thiếu phần kết thúc IEND (tệp bị cắt)");
  return null;
}

/** Walks the marker segments to the first frame header (SOFn), which carries the size. */
function jpegProblem(buffer: Buffer): string | null {
  const broken = (why: string) => `Ảnh JPEG không hợp lệ: ${why}`;
  let offset = 2;
  while (offset + 4 <= buffer.length) {
    if (buffer[offset] !== 0xff) return broken("cấu trúc đoạn sai");
    const marker = buffer[offset + 1] ?? 0;
    if (marker === 0xff) {
      offset++; // fill byte
      continue;
    }
    if (marker === 0xd9 || marker === 0xda) return broken("không có phần khung ảnh (SOF)");
    const length = buffer.readUInt16BE(offset + 2);
    if (length < 2 || offset + 2 + length > buffer.length) return broken("đoạn vượt quá cỡ tệp (tệp bị cắt)");
    const isFrame = marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker);
    if (isFrame) {
      if (length < 8) return broken("phần khung ảnh quá ngắn");
      const width = buffer.readUInt16BE(offset + 7);
      const components = buffer[offset + 9] ?? 0;
      if (width === 0 || components < 1 || components > 4) return broken("kích thước ảnh không hợp lệ");
      return null;
    }
    offset += 2 + length;
  }
  return broken("không có phần khung ảnh (SOF)");
}

function tiffProblem(buffer: Buffer): string | null {
  const broken = (why: string) => `Ảnh TIFF không hợp lệ: ${why}`;
  if (buffer.length < 16) return broken("tệp quá ngắn");
  const little = buffer.toString("latin1", 0, 2) === "II";
  const u16 = (at: number) => (little ? buffer.readUInt16LE(at) : buffer.readUInt16BE(at));
  const u32 = (at: number) => (little ? buffer.readUInt32LE(at) : buffer.readUInt32BE(at));
  if (u16(2) !== 42) return broken("phần đầu sai"); // BigTIFF (43) is not something a scanner sends here
  const directory = u32(4);
  if (directory < 8 || directory + 2 > buffer.length) return broken("thư mục ảnh nằm ngoài tệp");
  const entries = u16(directory);
  if (entries === 0 || directory + 2 + entries * 12 + 4 > buffer.length) return broken("thư mục ảnh bị cắt");
  for (let i = 0; i < entries; i++) {
    if (u16(directory + 2 + i * 12) === 256) return null; // ImageWidth
  }
  return broken("thiếu chiều rộng ảnh");
}

/** ISO BMFF: top-level boxes laid end to end up to the end of the file, one of them `meta`. */
function heifProblem(buffer: Buffer): string | null {
  const broken = (why: string) => `Ảnh HEIC không hợp lệ: ${why}`;
  let offset = 0;
  let hasMeta = false;
  while (offset < buffer.length) {
    if (offset + 8 > buffer.length) return broken("hộp dữ liệu bị cắt");
    let size = buffer.readUInt32BE(offset);
    const type = buffer.toString("latin1", offset + 4, offset + 8);
    if (size === 1) {
      if (offset + 16 > buffer.length) return broken("hộp dữ liệu bị cắt");
      size = Number(buffer.readBigUInt64BE(offset + 8));
    } else if (size === 0) {
      size = buffer.length - offset; // to the end of the file
    }
    if (size < 8 || offset + size > buffer.length) return broken("hộp dữ liệu vượt quá cỡ tệp (tệp bị cắt)");
    if (offset === 0 && type !== "ftyp") return broken("thiếu hộp ftyp");
    if (type === "meta") hasMeta = true;
    offset += size;
  }
  return hasMeta ? null : broken("thiếu hộp meta");
}

// ---- Table imports ---------------------------------------------------------------------------------------------

const notExcel = (detail: string) =>
  new AppError("IMPORT_FILE_NOT_EXCEL", { detail, errors: [{ path: "body.file", message: detail }] });

/**
 * The imports read .xlsx or UTF-8 .csv, and decide between them by the first two bytes (`PK`). Anything else was
 * handed to the CSV reader, so an .exe renamed .xlsx came back as "CSV is not UTF-8". Checked in the request,
 * before a job or a transaction starts: a zip must pass the zip guard and be an Excel workbook package, and a file that is not a zip
 * must not be a known binary type nor hold NUL bytes (text never does) — else `IMPORT_FILE_NOT_EXCEL`.
 */
export async function assertTableFile(bytes: Uint8Array): Promise<"xlsx" | "csv"> {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buffer[0] === 0x50 && buffer[1] === 0x4b) {
    assertSafeZip(bytes); // bombs and path tricks first, from the central directory alone
    const problem = await ooxmlProblem(buffer, "xl/workbook.xml", "Excel (.xlsx)");
    if (problem) throw notExcel(`Tệp không phải tệp Excel (.xlsx): ${lowerFirst(problem)}`);
    return "xlsx";
  }
  const detected = await fileTypeFromBuffer(buffer);
  if (detected?.mime === "application/x-cfb") {
    throw notExcel("Tệp không phải tệp Excel (.xlsx): đây là tệp Office cũ (.xls); hãy lưu lại dạng .xlsx");
  }
  if (detected || buffer.subarray(0, 65_536).includes(0)) {
    const kind = detected ? ` (nội dung là tệp .${detected.ext})` : "";
    throw notExcel(`Tệp không phải tệp Excel (.xlsx) hay tệp CSV${kind}`);
  }
  return "csv";
}

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);
