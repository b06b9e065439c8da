import { readFileSync } from "node:fs";
import { PassThrough } from "node:stream";
import { createInflateRaw } from "node:zlib";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { readTable } from "../src/platform/office/table-reader";
import { INFLATE_CHUNK_BYTES, inflateEntry } from "../src/platform/office/zip-entries";
import { assertSafeZip, defaultZipLimits } from "../src/platform/office/zip-guard";
import { DECLARED_SHEET_BYTES, REAL_STRING_BYTES } from "./fixtures/make-lying-zip-bomb";

const bombPath = new URL("./fixtures/lying-zip-bomb.xlsx", import.meta.url);

describe("a zip bomb whose headers lie about its size", () => {
  it("is refused after inflating a chunk of it, not 1.5 GB", async () => {
    const bytes = new Uint8Array(readFileSync(bombPath));
    expect(bytes.length).toBeLessThan(2_000_000);
    const sheet = assertSafeZip(bytes).find((e) => e.name === "xl/worksheets/sheet1.xml");
    expect(sheet?.uncompressedSize).toBe(DECLARED_SHEET_BYTES); // the guard on declared sizes lets it through
    const maxRssBefore = process.resourceUsage().maxRSS;
    const started = performance.now();
    const read = readTable(bytes, { maxRows: 50_000, maxColumns: 40 });
    await expect(read).rejects.toMatchObject({
      code: "IMPORT_FILE_INVALID",
      detail: expect.stringMatching(/bom nén/),
    });
    // ExcelJS's reader spent ~55 s and ~830 MB here before giving up (or ran out of heap).
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(process.resourceUsage().maxRSS - maxRssBefore).toBeLessThan(100_000); // kB
  });

  it("really holds 1.5 GB behind its 4,096-byte headers (the fixture is what it claims)", async () => {
    const bytes = readFileSync(bombPath);
    const sheet = assertSafeZip(bytes).find((e) => e.name === "xl/worksheets/sheet1.xml");
    if (!sheet) throw new Error("no sheet");
    const start = sheet.localHeaderOffset + 30 + bytes.readUInt16LE(sheet.localHeaderOffset + 26);
    expect(bytes.readUInt32LE(sheet.localHeaderOffset + 22)).toBe(DECLARED_SHEET_BYTES);
    let inflated = 0;
    for await (const chunk of createInflateRaw({ chunkSize: 4 * 2 ** 20 }).end(
      bytes.subarray(start, start + sheet.compressedSize),
    ))
      inflated += (chunk as Buffer).length;
    expect(inflated).toBeGreaterThan(REAL_STRING_BYTES);
  });

  it("stops an entry at the per-entry and per-file limits even when it declares its size honestly", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("A");
    for (let r = 0; r < 2_000; r++) sheet.addRow([`Cơ sở ${r}`, r]);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const entry = assertSafeZip(bytes).find((e) => e.name === "xl/worksheets/sheet1.xml");
    if (!entry) throw new Error("no sheet");
    const drain = async (limits: typeof defaultZipLimits, remaining: number) => {
      for await (const _ of inflateEntry(bytes, entry, limits, { remaining }));
    };
    await expect(drain(defaultZipLimits, Number.POSITIVE_INFINITY)).resolves.toBeUndefined();
    await expect(
      drain({ ...defaultZipLimits, maxEntryBytes: 20_000 }, Number.POSITIVE_INFINITY),
    ).rejects.toThrow("quá lớn");
    await expect(drain(defaultZipLimits, 20_000)).rejects.toThrow("quá lớn");
  });
});

/** A deterministic generator, so a failure names the same rows every run. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

// Vietnamese letters of 2 and 3 UTF-8 bytes, and Chữ Nôm ideographs of 4 (CJK Extension B), all NFC-stable.
const twoBytes = [..."đăâêôơưĐĂÂÊÔƠƯáàãéèíìóòúùýÁÉÍÓÚ"];
const threeBytes = [..."ạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ"];
const fourBytes = [..."𡨸𠊛𡗶𤾓𠀧𡦂𢆥𣈜𠄼𡧲"];

describe("multi-byte text across the inflater's chunk boundaries", () => {
  it("reads 100,000 names back exactly, whatever character a chunk ends inside", async () => {
    const next = random(12);
    const pick = (list: string[]) => list[Math.floor(next() * list.length)] as string;
    const letter = () => {
      const roll = next();
      return pick(roll < 0.4 ? twoBytes : roll < 0.8 ? threeBytes : fourBytes);
    };
    const names = Array.from({ length: 100_000 }, () => {
      const words = Array.from({ length: 2 + Math.floor(next() * 4) }, () =>
        Array.from({ length: 1 + Math.floor(next() * 6) }, letter).join(""),
      );
      return words.join(" ");
    });
    for (const list of [twoBytes, threeBytes, fourBytes])
      for (const char of list) expect(char.normalize("NFC")).toBe(char);
    // ExcelJS's streaming writer, because its `writeBuffer` (through JSZip) cuts its XML into 16 K-code-unit
    // strings and so breaks 4-byte characters itself; the check below would catch that.
    const out = new PassThrough();
    const written: Buffer[] = [];
    out.on("data", (chunk: Buffer) => written.push(chunk));
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useSharedStrings: true });
    const sheet = workbook.addWorksheet("Cơ sở CNNT");
    sheet.addRow(["Tên cơ sở", "Số"]).commit();
    names.forEach((name, i) => {
      sheet.addRow([name, i]).commit();
    });
    sheet.commit();
    await workbook.commit();
    const bytes = new Uint8Array(Buffer.concat(written));

    // The fixture must do its job: chunk boundaries of the shared strings fall inside 2-, 3- and 4-byte characters
    // at every possible split.
    const strings = assertSafeZip(bytes).find((e) => e.name === "xl/sharedStrings.xml");
    if (!strings) throw new Error("no shared strings");
    const chunks: Uint8Array[] = [];
    for await (const chunk of inflateEntry(bytes, strings, defaultZipLimits, { remaining: Infinity }))
      chunks.push(new Uint8Array(chunk));
    expect(chunks.slice(0, -1).every((chunk) => chunk.length === INFLATE_CHUNK_BYTES)).toBe(true);
    expect(Buffer.concat(chunks).includes(Buffer.from("\uFFFD"))).toBe(false);
    const splits = new Map<string, number>();
    for (let i = 1; i < chunks.length; i++) {
      const after = chunks[i] as Uint8Array;
      const before = chunks[i - 1] as Uint8Array;
      let tail = 0; // bytes of a character left at the end of the previous chunk
      while (tail < 3 && ((before[before.length - 1 - tail] as number) & 0xc0) === 0x80) tail++;
      const lead = before[before.length - 1 - tail] as number;
      const width = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1;
      if (width > tail + 1 && ((after[0] as number) & 0xc0) === 0x80) {
        const key = `${width}:${tail + 1}`;
        splits.set(key, (splits.get(key) ?? 0) + 1);
      }
    }
    expect([...splits.keys()].sort()).toEqual(["2:1", "3:1", "3:2", "4:1", "4:2", "4:3"]);
    const splitCount = [...splits.values()].reduce((a, b) => a + b, 0);
    expect(splitCount).toBeGreaterThan((chunks.length - 1) / 3);

    const table = await readTable(bytes, { maxRows: 100_000, maxColumns: 40 });
    expect(table.rows).toHaveLength(100_000);
    const wrong = table.rows
      .filter((row, i) => row.cells[0] !== names[i] || row.cells[1] !== String(i))
      .map((row) => `${row.rowNumber}: ${row.cells[0]}`);
    expect(wrong.slice(0, 10)).toEqual([]);
    expect(table.rows.map((row) => Buffer.from(row.cells[0] ?? "").toString("hex"))).toEqual(
      names.map((name) => Buffer.from(name).toString("hex")),
    );
  });
});
