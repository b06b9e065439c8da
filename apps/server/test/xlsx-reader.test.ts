import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { createInflateRaw, deflateRawSync } from "node:zlib";
import { encodeLegacy } from "@kc/domain";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { readTable } from "../src/platform/office/table-reader";
import { INFLATE_CHUNK_BYTES, inflateEntry } from "../src/platform/office/zip-entries";
import { assertSafeZip, defaultZipLimits } from "../src/platform/office/zip-guard";
import {
  DECLARED_SHEET_BYTES,
  deflatedPart,
  parts,
  REAL_STRING_BYTES,
  zipOf,
} from "./fixtures/make-lying-zip-bomb";

const bombPath = new URL("./fixtures/lying-zip-bomb.xlsx", import.meta.url);

describe("a zip bomb whose headers lie about its size", () => {
  it("is refused after inflating a chunk of it, not 1.5 GB", async () => {
    const bytes = new Uint8Array(readFileSync(bombPath));
    expect(bytes.length).toBeLessThan(2_000_000);
    const sheet = assertSafeZip(bytes).find((e) => e.name === "xl/worksheets/sheet1.xml");
    expect(sheet?.uncompressedSize).toBe(DECLARED_SHEET_BYTES); // the guard on declared sizes lets it through
    const maxRssBefore = process.resourceUsage().maxRSS;
    const read = readTable(bytes, { maxRows: 50_000, maxColumns: 40 });
    await expect(read).rejects.toMatchObject({
      code: "IMPORT_FILE_INVALID",
      detail: expect.stringMatching(/bom nén/),
    });
    // ExcelJS's reader spent ~55 s and ~830 MB here before giving up (or ran out of heap).
    expect(process.resourceUsage().maxRSS - maxRssBefore).toBeLessThan(100_000); // kB
    // What bounds the work is the count of bytes inflated, not a clock (a busy machine is not a slow reader): the
    // entry stops at the first chunk that goes past what its header declared, before handing it on.
    let inflated = 0;
    const drain = async () => {
      if (!sheet) throw new Error("no sheet");
      for await (const chunk of inflateEntry(bytes, sheet, defaultZipLimits, { remaining: Infinity }))
        inflated += chunk.length;
    };
    await expect(drain()).rejects.toThrow(/bom nén/);
    expect(inflated).toBeLessThanOrEqual(DECLARED_SHEET_BYTES);
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

describe("what a cell reads as", () => {
  const xmlText = (text: string) => text.replaceAll("&", "&amp;").replaceAll("<", "&lt;");
  const main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  const rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

  it("follows the workbook: first tab, 1904 dates, styles, shared and inline rich text, prefixed XML", async () => {
    const legacy = encodeLegacy("Cơ sở chiếu cói Kim Sơn", "TCVN3");
    const bytes = zipOf([
      ...parts.slice(0, 2).map(([name, xml]) => deflatedPart(name, xml)), // content types, package relationships
      // In zip order the hidden-away second tab comes first; the first tab is the one the workbook lists first.
      deflatedPart(
        "xl/worksheets/sheet1.xml",
        `<worksheet xmlns="${main}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Trang khác</t></is></c></row></sheetData></worksheet>`,
      ),
      deflatedPart(
        "xl/workbook.xml",
        `<workbook xmlns="${main}" xmlns:rel="${rel}"><workbookPr date1904="1"/><sheets><sheet name="Cơ sở" sheetId="2" rel:id="rId2"/><sheet name="Khác" sheetId="1" rel:id="rId1"/></sheets></workbook>`,
      ),
      deflatedPart(
        "xl/_rels/workbook.xml.rels",
        `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${rel}/worksheet" Target="/xl/worksheets/sheet2.xml"/><Relationship Id="rId3" Type="${rel}/styles" Target="styles.xml"/><Relationship Id="rId4" Type="${rel}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
      ),
      deflatedPart(
        "xl/styles.xml",
        `<styleSheet xmlns="${main}"><numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts><fonts count="2"><font><name val="Calibri"/></font><font><name val=".VnTime"/></font></fonts><cellStyleXfs count="1"><xf numFmtId="0" fontId="1"/></cellStyleXfs><cellXfs count="3"><xf numFmtId="0" fontId="0"/><xf numFmtId="164" fontId="0"/><xf numFmtId="0" fontId="1"/></cellXfs></styleSheet>`,
      ),
      deflatedPart(
        "xl/sharedStrings.xml",
        `<sst xmlns="${main}"><si><t>Hợp tác xã</t></si><si><r><t xml:space="preserve">Cơ sở </t></r><r><rPr><b/></rPr><t>gốm</t></r><rPh sb="0" eb="1"><t>PHIÊN ÂM</t></rPh></si><si><t>dòng_x000D_mới &amp; &lt;thẻ&gt;</t></si></sst>`,
      ),
      deflatedPart(
        "xl/worksheets/sheet2.xml",
        `<x:worksheet xmlns:x="${main}"><x:sheetData>` +
          `<x:row r="1">${["Tên", "Rich", "Ngày", "Lỗi", "Có", "Cũ", "ISO", "Số"].map((h) => `<x:c t="inlineStr"><x:is><x:t>${h}</x:t></x:is></x:c>`).join("")}</x:row>` +
          `<x:row r="2"><x:c r="A2" t="s"><x:v>0</x:v></x:c><x:c r="B2" t="inlineStr"><x:is><x:r><x:t>Gốm </x:t></x:r><x:r><x:t>Lai Vung</x:t></x:r></x:is></x:c>` +
          `<x:c r="C2" s="1"><x:f>DATE(2025,7,1)</x:f><x:v>44377</x:v></x:c><x:c r="D2" t="e"><x:f>1/0</x:f><x:v>#DIV/0!</x:v></x:c>` +
          `<x:c r="E2" t="b"><x:v>1</x:v></x:c><x:c r="F2" s="2" t="inlineStr"><x:is><x:t>${xmlText(legacy)}</x:t></x:is></x:c>` +
          `<x:c r="G2" t="d"><x:v>2025-07-01T00:00:00</x:v></x:c><x:c r="H2"><x:v>0305555510</x:v></x:c></x:row>` +
          `<x:row r="4"><x:c r="A4" t="s"><x:v>1</x:v></x:c><x:c r="B4" t="s"><x:v>2</x:v></x:c><x:c r="Z4" t="s"><x:v>0</x:v></x:c></x:row>` +
          "</x:sheetData></x:worksheet>",
      ),
    ]);
    const table = await readTable(new Uint8Array(bytes), { maxRows: 10, maxColumns: 8 });
    expect(table.header).toEqual(["Tên", "Rich", "Ngày", "Lỗi", "Có", "Cũ", "ISO", "Số"]);
    expect(table.rows).toEqual([
      {
        rowNumber: 2,
        cells: [
          "Hợp tác xã",
          "Gốm Lai Vung",
          "2025-07-01",
          "",
          "true",
          "Cơ sở chiếu cói Kim Sơn",
          "2025-07-01",
          "305555510",
        ],
      },
      { rowNumber: 4, cells: ["Cơ sở gốm", "dòng mới & <thẻ>"] },
    ]);
    expect(table.conversions).toEqual([
      { row: 2, column: 5, encoding: "TCVN3", before: legacy, after: "Cơ sở chiếu cói Kim Sơn" },
    ]);
    await expect(readTable(new Uint8Array(bytes), { maxRows: 2, maxColumns: 8 })).rejects.toMatchObject({
      detail: "Tệp có quá 2 dòng dữ liệu",
    });
  });

  it("refuses a part that is not UTF-8 instead of reading U+FFFD into a name", async () => {
    const sheet = Buffer.concat([
      Buffer.from(`<worksheet xmlns="${main}"><sheetData><row r="1"><c t="inlineStr"><is><t>Tên `),
      Buffer.from([0xc6, 0xa1, 0xc6]), // "ơ" and half of another
      Buffer.from("</t></is></c></row></sheetData></worksheet>"),
    ]);
    const bytes = zipOf([
      ...parts.map(([name, xml]) => deflatedPart(name, xml)),
      { ...deflatedPart("xl/worksheets/sheet1.xml", ""), data: deflateRawSync(sheet), size: sheet.length },
    ]);
    await expect(readTable(new Uint8Array(bytes), { maxRows: 10, maxColumns: 8 })).rejects.toMatchObject({
      code: "IMPORT_FILE_INVALID",
      detail: expect.stringContaining("UTF-8"),
    });
  });
});

const libreOffice = ["libreoffice", "soffice"].find((bin) => {
  try {
    execFileSync("which", [bin]);
    return true;
  } catch {
    return false;
  }
});

describe("a workbook written by LibreOffice (the files of issue 12)", () => {
  it("reads 20,000 Vietnamese names back exactly", async () => {
    if (!libreOffice) throw new Error("LibreOffice is required: apt-get install -y libreoffice-calc-nogui");
    const next = random(2026);
    const pick = (list: string[]) => list[Math.floor(next() * list.length)] as string;
    const family = [
      "Nguyễn",
      "Trần",
      "Lê",
      "Phạm",
      "Hoàng",
      "Huỳnh",
      "Phan",
      "Vũ",
      "Võ",
      "Đặng",
      "Bùi",
      "Đỗ",
    ];
    const middle = ["Văn", "Thị", "Hữu", "Đức", "Minh", "Thanh", "Ngọc", "Quốc", "Xuân", "Thuỳ"];
    const given = [
      "Ánh",
      "Bảo",
      "Cường",
      "Dũng",
      "Đạt",
      "Hằng",
      "Hiếu",
      "Hoà",
      "Hương",
      "Lộc",
      "Phúc",
      "Quỳnh",
    ];
    const trade = ["Cơ sở chế biến", "Hợp tác xã", "Hộ kinh doanh", "Làng nghề", "Doanh nghiệp tư nhân"];
    const names = Array.from(
      { length: 20_000 },
      (_, i) => `${pick(trade)} ${pick(family)} ${pick(middle)} ${pick(given)} ${i}`,
    );
    const dir = mkdtempSync(join(tmpdir(), "kc-lo-"));
    try {
      writeFileSync(join(dir, "ten.csv"), ["Tên cơ sở", ...names].join("\n"));
      execFileSync(
        libreOffice,
        [
          "--headless",
          "--infilter=CSV:44,34,76,1",
          "--convert-to",
          "xlsx",
          "--outdir",
          dir,
          join(dir, "ten.csv"),
        ],
        { timeout: 120_000, env: { ...process.env, HOME: dir } },
      );
      const table = await readTable(new Uint8Array(readFileSync(join(dir, "ten.xlsx"))), {
        maxRows: 20_000,
        maxColumns: 40,
      });
      const wrong = table.rows.filter((row, i) => row.cells[0] !== names[i]).map((row) => row.cells[0]);
      expect(wrong).toEqual([]);
      expect(table.rows).toHaveLength(20_000);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
