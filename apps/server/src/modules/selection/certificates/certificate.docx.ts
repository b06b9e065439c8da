import { type SelectionLevel, selectionLevelLabels } from "@kc/domain";
import {
  AlignmentType,
  BorderStyle,
  Document,
  ImageRun,
  Packer,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  WidthType,
} from "docx";
import type { OfficeTask } from "../../../platform/office/office-workers";
import { centred, run, vietnameseDate } from "../../../platform/office/official-docx";
import { certificateQrPng } from "./certificate-qr";

/** What the certificate prints; the caller resolves names as they were on the issue date. */
export type CertificateDocumentInput = {
  number: string;
  level: SelectionLevel;
  year: number;
  product: string;
  productGroupLabel: string;
  establishment: string;
  /** Address at province level only (no street, no person). */
  province: string;
  /** The authority that recognises and issues, e.g. "Ủy ban nhân dân tỉnh Đồng Tháp" or "Bộ Công Thương". */
  issuer: string;
  decisionNumber: string;
  decisionDate: string;
  issuedOn: string;
  validUntil: string;
  place: string;
  signerTitle: string;
  signerName: string;
  verificationUrl: string;
};

const MM = 56.7; // twips per millimetre
const MARGIN = Math.round(15 * MM);
/** Landscape A4 less the margins: 297 − 30 mm. */
const TEXT_WIDTH = Math.round(267 * MM);
const QR_PIXELS = 190; // ≈ 5 cm at the 96 dpi Word assumes for images: modules of 0.52–0.65 mm from version 18 down to 15
const dateVi = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
const none = { style: BorderStyle.NONE, size: 0, color: "FFFFFF" };
const noBorders = { top: none, bottom: none, left: none, right: none };
const frame = { style: BorderStyle.DOUBLE, size: 18, color: "9C1C1C", space: 12 };

function line(label: string, value: string, size = 15) {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { after: 80 },
    children: [run(label, { size }), run(value, { bold: true, size })],
  });
}

/**
 * The certificate (Giấy chứng nhận sản phẩm CNNT tiêu biểu, Circular 26/2014/TT-BCT Appendix 6 as far as it is
 * known): one landscape A4 page in a double frame; the national motto, the issuing authority, the title with the
 * level, the product and its establishment, the recognition decision and the validity; at the bottom the number and
 * the QR code on the left, place, date and signature on the right.
 */
export async function certificateDocx(input: CertificateDocumentInput): Promise<Buffer> {
  const qr = await certificateQrPng(input.verificationUrl);
  const levelWord = selectionLevelLabels[input.level].replace(/^Cấp /u, "").toUpperCase();
  const cell = (children: Paragraph[], share: number) =>
    new TableCell({
      children,
      borders: noBorders,
      width: { size: Math.round(TEXT_WIDTH * share), type: WidthType.DXA },
    });
  const left = [
    centred([run(`Số: ${input.number}`, { size: 13 })], 80),
    centred([
      new ImageRun({ type: "png", data: qr.png, transformation: { width: QR_PIXELS, height: QR_PIXELS } }),
    ]),
    centred([run("Quét mã để xác minh", { italics: true, size: 11 })]),
  ];
  const right = [
    centred(
      [
        run(`${input.place}, ${vietnameseDate(new Date(`${input.issuedOn}T00:00:00+07:00`))}`, {
          italics: true,
          size: 14,
        }),
      ],
      80,
    ),
    centred([run(input.signerTitle.toUpperCase(), { bold: true, size: 14 })], 1300),
    centred([run(input.signerName, { bold: true, size: 15 })]),
  ];
  const children = [
    centred([run("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", { bold: true, size: 14 })]),
    centred([run("Độc lập - Tự do - Hạnh phúc", { bold: true, size: 14, underline: true })], 200),
    centred([run(input.issuer.toUpperCase(), { bold: true, size: 15 })], 200),
    centred([run("GIẤY CHỨNG NHẬN", { bold: true, size: 26 })], 60),
    centred(
      [
        run(`SẢN PHẨM CÔNG NGHIỆP NÔNG THÔN TIÊU BIỂU CẤP ${levelWord} NĂM ${input.year}`, {
          bold: true,
          size: 17,
        }),
      ],
      240,
    ),
    line("Sản phẩm: ", input.product, 18),
    line("Nhóm sản phẩm: ", input.productGroupLabel),
    line("Của: ", input.establishment),
    line("Địa chỉ: ", input.province),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: 80 },
      children: [
        run(
          `Đã được công nhận theo Quyết định số ${input.decisionNumber} ngày ${dateVi(input.decisionDate)} của ${input.issuer}.`,
          { italics: true, size: 14 },
        ),
      ],
    }),
    line("Giấy chứng nhận có giá trị đến hết ngày ", dateVi(input.validUntil), 14),
    new Table({
      width: { size: TEXT_WIDTH, type: WidthType.DXA },
      columnWidths: [Math.round(TEXT_WIDTH * 0.4), Math.round(TEXT_WIDTH * 0.6)],
      borders: { ...noBorders, insideHorizontal: none, insideVertical: none },
      rows: [new TableRow({ children: [cell(left, 0.4), cell(right, 0.6)] })],
    }),
  ];
  const document = new Document({
    creator: "Khuyến công",
    title: `Giấy chứng nhận ${input.number}`,
    sections: [
      {
        properties: {
          page: {
            size: {
              width: Math.round(210 * MM),
              height: Math.round(297 * MM),
              orientation: PageOrientation.LANDSCAPE,
            },
            margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
            borders: {
              pageBorderTop: frame,
              pageBorderBottom: frame,
              pageBorderLeft: frame,
              pageBorderRight: frame,
            },
          },
        },
        children,
      },
    ],
  });
  return Packer.toBuffer(document);
}

/** The certificate built in an office worker (src/office-worker.ts lists it). */
export const certificateDocxTask: OfficeTask<CertificateDocumentInput, Uint8Array> = {
  name: "certificateDocx",
  run: certificateDocx,
};
