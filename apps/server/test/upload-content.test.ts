import { crc32, deflateSync } from "node:zlib";
import { Document, Packer, Paragraph } from "docx";
import { and, eq, sql } from "drizzle-orm";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { adminUnit, auditLog, establishment, job, projectDocument, storedFile } from "../src/db/schema/index";
import { AppError } from "../src/platform/errors";
import { assertTableFile, findContentProblem } from "../src/platform/upload-content";
import { attach, projectInput } from "./project-support";
import {
  createTestContext,
  engines,
  establishmentInput,
  json,
  seedSampleCommunes,
  signedIn,
  type TestClient,
  type TestContext,
} from "./support";

const latin1 = (text: string) => new Uint8Array(Buffer.from(text, "latin1"));

/** A PDF as a producer writes it: header, binary comment, objects, a cross-reference table with true offsets. */
function realPdf(): Uint8Array {
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>",
  ];
  let body = "%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n";
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  body += offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("");
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return latin1(body);
}

/** PDF 1.5 with a cross-reference stream instead of a table. */
function xrefStreamPdf(): Uint8Array {
  let body = "%PDF-1.5\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n";
  body += "2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n";
  const xref = body.length;
  body +=
    "3 0 obj\n<< /Type /XRef /Size 4 /Root 1 0 R /W [1 2 1] /Length 0 >>\nstream\n\nendstream\nendobj\n";
  body += `startxref\n${xref}\n%%EOF\n`;
  return latin1(body);
}

const htmlPdf = () =>
  latin1("%PDF-1.4\n<!doctype html><html><body><script>alert(document.cookie)</script></body></html>\n");

/** A Windows executable: the MZ header pointing at a PE header, then code-like zeros. */
function exe(): Uint8Array {
  const bytes = new Uint8Array(1024);
  bytes.set([0x4d, 0x5a, 0x90, 0x00]);
  bytes[0x3c] = 0x80;
  bytes.set([0x50, 0x45, 0x00, 0x00, 0x4c, 0x01], 0x80);
  return bytes;
}

async function docx(): Promise<Uint8Array> {
  const document = new Document({ sections: [{ children: [new Paragraph("Quyết định phê duyệt")] }] });
  return new Uint8Array(await Packer.toBuffer(document));
}

async function xlsx(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet("Cơ sở").addRow(["Tên cơ sở"]);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

async function ods(parts: string[]): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file("mimetype", "application/vnd.oasis.opendocument.spreadsheet", { compression: "STORE" });
  for (const part of parts) zip.file(part, "<x/>");
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

function png(): Uint8Array {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, "latin1"), data]);
    const out = Buffer.alloc(8 + data.length + 4);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc32(body), 8 + data.length);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(2, 0);
  header.writeUInt32BE(2, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const pixels = deflateSync(Buffer.from([0, 255, 0, 0, 0, 255, 0, 0, 0, 0, 255, 255, 255, 255]));
  return new Uint8Array(
    Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      chunk("IHDR", header),
      chunk("IDAT", pixels),
      chunk("IEND", Buffer.alloc(0)),
    ]),
  );
}

function jpeg(): Uint8Array {
  const app0 = [
    0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0, 0,
  ];
  const frame = [0xff, 0xc0, 0x00, 0x0b, 0x08, 0x00, 0x10, 0x00, 0x10, 0x01, 0x01, 0x11, 0x00];
  return new Uint8Array([0xff, 0xd8, ...app0, ...frame, 0xff, 0xd9]);
}

function tiff(): Uint8Array {
  const bytes = Buffer.alloc(8 + 2 + 12 + 4);
  bytes.write("II", 0, "latin1");
  bytes.writeUInt16LE(42, 2);
  bytes.writeUInt32LE(8, 4);
  bytes.writeUInt16LE(1, 8);
  bytes.writeUInt16LE(256, 10); // ImageWidth
  bytes.writeUInt16LE(3, 12);
  bytes.writeUInt32LE(1, 14);
  bytes.writeUInt16LE(16, 18);
  return new Uint8Array(bytes);
}

function heic(withMeta = true): Uint8Array {
  const box = (type: string, payload: Buffer) => {
    const out = Buffer.alloc(8 + payload.length);
    out.writeUInt32BE(out.length, 0);
    out.write(type, 4, "latin1");
    payload.copy(out, 8);
    return out;
  };
  const ftyp = box("ftyp", Buffer.from("heic\0\0\0\0mif1heic", "latin1"));
  return new Uint8Array(
    Buffer.concat([ftyp, box(withMeta ? "meta" : "free", Buffer.alloc(12)), box("mdat", Buffer.alloc(20))]),
  );
}

/** A compound file (old .doc/.xls) header of version 3, with one FAT sector and the directory in the file. */
function cfb(): Uint8Array {
  const bytes = Buffer.alloc(512 * 4);
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  bytes.writeUInt16LE(0x3e, 24);
  bytes.writeUInt16LE(3, 26);
  bytes.writeUInt16LE(0xfffe, 28);
  bytes.writeUInt16LE(9, 30);
  bytes.writeUInt16LE(6, 32);
  bytes.writeUInt32LE(1, 44);
  bytes.writeUInt32LE(1, 48);
  bytes.writeUInt32LE(4096, 56);
  return new Uint8Array(bytes);
}

describe("content behind the magic number", () => {
  const PDF = "application/pdf";
  const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
  const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  const ODS = "application/vnd.oasis.opendocument.spreadsheet";

  it("accepts PDFs that hold together, with a table, a stream or a trailer naming the catalogue", async () => {
    expect(await findContentProblem(realPdf(), PDF)).toBeNull();
    expect(await findContentProblem(xrefStreamPdf(), PDF)).toBeNull();
    const minimal = "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n";
    expect(await findContentProblem(latin1(minimal), PDF)).toBeNull();
  });

  it("refuses HTML behind %PDF, a cut PDF and a startxref that points nowhere", async () => {
    expect(await findContentProblem(htmlPdf(), PDF)).toMatch(
      /^Tệp PDF không hợp lệ: không có dấu kết thúc %%EOF/,
    );
    const pdf = realPdf();
    expect(await findContentProblem(pdf.subarray(0, pdf.length - 30), PDF)).toMatch(/%%EOF/);
    const text = Buffer.from(pdf)
      .toString("latin1")
      .replace(/startxref\n\d+/, "startxref\n12");
    expect(await findContentProblem(latin1(text), PDF)).toMatch(/startxref không chỉ tới bảng tham chiếu/);
    const noCatalog = "%PDF-1.4\n1 0 obj<</Type/Page>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n";
    expect(await findContentProblem(latin1(noCatalog), PDF)).toMatch(/mục lục tài liệu/);
  });

  it("accepts whole Office and OpenDocument packages and refuses cut or hollow ones", async () => {
    const word = await docx();
    expect(await findContentProblem(word, DOCX)).toBeNull();
    expect(await findContentProblem(word.subarray(0, Math.floor(word.length * 0.9)), DOCX)).toMatch(
      /^Tệp Word \(\.docx\) bị hỏng/,
    );
    expect(await findContentProblem(await xlsx(), XLSX)).toBeNull();
    expect(await findContentProblem(await xlsx(), DOCX)).toBe(
      "Tệp Word (.docx) không hợp lệ: thiếu phần word/document.xml",
    );
    expect(await findContentProblem(await ods(["content.xml", "META-INF/manifest.xml"]), ODS)).toBeNull();
    expect(await findContentProblem(await ods(["META-INF/manifest.xml"]), ODS)).toMatch(
      /thiếu phần content\.xml/,
    );
  });

  it("checks the compound-file header of old Office files", async () => {
    const mime = "application/x-cfb";
    expect(await findContentProblem(cfb(), mime)).toBeNull();
    const swapped = cfb();
    swapped.set([0xff, 0xfe], 28);
    expect(await findContentProblem(swapped, mime)).toMatch(/thứ tự byte/);
    expect(await findContentProblem(cfb().subarray(0, 1024), mime)).toMatch(/thư mục nằm ngoài tệp|FAT/);
  });

  it("checks image headers beyond the magic number", async () => {
    expect(await findContentProblem(png(), "image/png")).toBeNull();
    expect(await findContentProblem(png().subarray(0, png().length - 12), "image/png")).toMatch(/IEND/);
    const badCrc = png();
    badCrc[20] = 9;
    expect(await findContentProblem(badCrc, "image/png")).toMatch(/IHDR bị hỏng/);
    expect(await findContentProblem(jpeg(), "image/jpeg")).toBeNull();
    const htmlJpeg = new Uint8Array([0xff, 0xd8, 0xff, ...new TextEncoder().encode("<html></html>")]);
    expect(await findContentProblem(htmlJpeg, "image/jpeg")).toMatch(/^Ảnh JPEG không hợp lệ/);
    expect(await findContentProblem(tiff(), "image/tiff")).toBeNull();
    expect(await findContentProblem(tiff().subarray(0, 16), "image/tiff")).toMatch(/thư mục ảnh bị cắt/);
    expect(await findContentProblem(heic(), "image/heic")).toBeNull();
    expect(await findContentProblem(heic(false), "image/heic")).toMatch(/thiếu hộp meta/);
    expect(await findContentProblem(heic().subarray(0, 30), "image/heic")).toMatch(/bị cắt/);
  });

  it("tells an import which files are not Excel or CSV", async () => {
    expect(await assertTableFile(await xlsx())).toBe("xlsx");
    expect(await assertTableFile(new TextEncoder().encode("Tên cơ sở,Mã xã\nGốm Lai Vung,28249\n"))).toBe(
      "csv",
    );
    // Not UTF-8 but text: left to the CSV reader, whose message (save as UTF-8) is the useful one.
    expect(await assertTableFile(latin1("T\u00ean c\u01a1 s\u1edf\n"))).toBe("csv");
    const refusals: [Uint8Array, RegExp][] = [
      [exe(), /không phải tệp Excel.*\.exe/],
      [cfb(), /tệp Office cũ \(\.xls\)/],
      [
        await docx(),
        /không phải tệp Excel \(\.xlsx\): tệp Excel \(\.xlsx\) không hợp lệ: thiếu phần xl\/workbook\.xml/,
      ],
      [new Uint8Array([0x00, 0x01, 0x02, 0x03]), /không phải tệp Excel/],
    ];
    for (const [bytes, message] of refusals) {
      const error = await assertTableFile(bytes).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe("IMPORT_FILE_NOT_EXCEL");
      expect((error as AppError).detail).toMatch(message);
    }
  });
});

describe.each(engines)("uploads checked by content on %s", (engine) => {
  let ctx: TestContext;
  let officer: TestClient;
  let admin: TestClient;
  let projectId: string;
  beforeAll(async () => {
    ctx = await createTestContext(engine);
    await seedSampleCommunes(ctx);
    officer = (await signedIn(ctx, { role: "PROVINCIAL_OFFICER" })).client;
    admin = (await signedIn(ctx, { role: "SYSTEM_ADMIN" })).client;
    const establishmentId = (
      await json(await officer.post("/api/v1/establishments", establishmentInput({ taxCode: null })))
    ).id;
    const created = await officer.post("/api/v1/projects", projectInput(establishmentId));
    expect(created.status).toBe(201);
    projectId = (await json(created)).id;
  });
  afterAll(async () => ctx?.close());

  const count = async (
    table: typeof storedFile | typeof projectDocument | typeof job | typeof establishment,
  ) => {
    const [row] = await ctx.db.select({ n: sql<number>`count(*)::int` }).from(table);
    return row?.n ?? 0;
  };
  const attachmentState = async () => ({
    files: await count(storedFile),
    documents: await count(projectDocument),
    audits: (
      await ctx.db
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.entityId, projectId), eq(auditLog.action, "PROJECT_DOCUMENT_ATTACHED")))
    ).length,
  });

  it("refuses HTML named .pdf behind %PDF and a cut .docx, writing nothing, and files a real PDF", async () => {
    const before = await attachmentState();
    const html = await attach(officer, projectId, { kind: "DON_DE_NGHI_HO_TRO" }, htmlPdf(), "don.pdf");
    expect(html.status).toBe(422);
    const problem = await json(html);
    expect(problem.code).toBe("PROJECT_FILE_INVALID");
    expect(problem.errors).toEqual([
      { path: "body.file", message: expect.stringMatching(/^Tệp PDF không hợp lệ/) },
    ]);
    const word = await docx();
    const cut = await attach(
      officer,
      projectId,
      { kind: "DON_DE_NGHI_HO_TRO" },
      word.subarray(0, Math.floor(word.length * 0.9)),
      "don.docx",
    );
    expect(cut.status).toBe(422);
    expect((await json(cut)).detail).toMatch(/^Tệp Word \(\.docx\) bị hỏng/);
    expect(await attachmentState()).toEqual(before);

    const real = await attach(officer, projectId, { kind: "DON_DE_NGHI_HO_TRO" }, realPdf(), "don.pdf");
    expect(real.status, await real.clone().text()).toBe(201);
    expect(await attachmentState()).toEqual({
      files: before.files + 1,
      documents: before.documents + 1,
      audits: before.audits + 1,
    });
  });

  it("answers 'not an Excel file' for an .exe renamed .xlsx on the establishment import, and starts no job", async () => {
    const [jobs, establishments] = [await count(job), await count(establishment)];
    const form = new FormData();
    form.append("file", new File([exe()], "co-so.xlsx"));
    const response = await officer.request("POST", "/api/v1/establishment-imports", form);
    expect(response.status).toBe(422);
    const problem = await json(response);
    expect(problem.code).toBe("IMPORT_FILE_NOT_EXCEL");
    expect(problem.detail).toContain("không phải tệp Excel");
    expect(problem.errors).toEqual([{ path: "body.file", message: problem.detail }]);
    expect([await count(job), await count(establishment)]).toEqual([jobs, establishments]);
  });

  it("answers the same on the commune import", async () => {
    const communes = async () =>
      (
        await ctx.db
          .select({ n: sql<number>`count(*)::int` })
          .from(adminUnit)
          .where(eq(adminUnit.level, "XA"))
      )[0]?.n;
    const before = await communes();
    const form = new FormData();
    form.append("file", new File([exe()], "xa.xlsx"));
    const response = await admin.request("POST", "/api/v1/admin-units/communes/import", form);
    expect(response.status).toBe(422);
    expect(await json(response)).toMatchObject({ code: "IMPORT_FILE_NOT_EXCEL" });
    expect(await communes()).toBe(before);
  });
});
