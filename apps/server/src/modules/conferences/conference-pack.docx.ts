import { conferenceOrdinalLabel, formatDate, formatDong } from "@kc/domain";
import { AlignmentType, Document, Header, Packer, PageNumber, Paragraph, type Table, TextRun } from "docx";
import type { OfficeTask } from "../../platform/office/office-workers";
import {
  body,
  centred,
  dataTable,
  FONT,
  heading,
  officialHeader,
  pageProperties,
  run,
} from "../../platform/office/official-docx";
import type { ConferencePack } from "./conference-pack";

const pctText = (p: { text: string } | null) => p?.text ?? "—";
const moneyText = (m: { text: string } | null) => m?.text ?? "Chưa có kế hoạch";
/** A missing plan in a figure column: a dash, as the column is too narrow for the words the sentences use. */
const planCell = (m: { text: string } | null) => m?.text ?? "—";
/**
 * The pack is dated in its period, so provinces are named as they were then: the screens' "(trước 7/2025)", which
 * tells a former province from today's of the same name, has no place in a document of 2018.
 */
const asNamedThen = (label: string) => label.replace(/\s*\(trước \d{1,2}\/\d{4}\)$/u, "");
/** ", đạt 30,89 % kế hoạch" when the share is known; nothing rather than "đạt — kế hoạch" when it is not. */
const reached = (p: { text: string } | null) => (p ? `, đạt ${p.text} kế hoạch` : "");

/** "HỘI NGHỊ KHUYẾN CÔNG CÁC TỈNH PHÍA NAM LẦN THỨ IX NĂM 2018" */
export function conferenceTitle(pack: Pick<ConferencePack, "conference" | "regionLabelVi">): string {
  const { row } = pack.conference;
  const region = pack.regionLabelVi.replace(/^Khu vực /u, "");
  return `Hội nghị khuyến công các tỉnh ${region} ${conferenceOrdinalLabel(row.ordinal)} năm ${row.year}`;
}

/**
 * The conference pack (.docx, Decree 30/2020 layout): the region's figures for the period as the engines
 * printed them — nothing is computed here — then the centres' consulting and staffing, the resolutions and the
 * flag handed to the next host.
 */
export async function conferencePackDocx(pack: ConferencePack): Promise<Buffer> {
  const { row, hostName, nextHostName } = pack.conference;
  const { budget, consulting, staffing } = pack;
  const t = budget.totals;
  const period = budget.periodLabelVi;
  const kc = budget.bySource.filter((s) => s.source === "KCQG" || s.source === "KCDP");
  // Sections are numbered on: the approved reports' figures, when there are some, come first.
  let section = 0;
  const numbered = (title: string) => heading(`${++section}. ${title}`);
  const children = [
    officialHeader({
      superior: "Bộ Công Thương",
      issuer: pack.agencyName,
      number: "      /TL-HNKC",
      place: hostName,
      // Dated the conference day: the pack is the document handed out there.
      date: new Date(`${row.heldOn}T00:00:00+07:00`),
    }),
    new Paragraph({ spacing: { before: 240 }, children: [] }),
    centred([run("TÀI LIỆU HỘI NGHỊ", { bold: true, size: 14 })]),
    centred([run(conferenceTitle(pack).toUpperCase(), { bold: true, size: 14 })]),
    centred(
      [
        run(`${hostName}, ngày ${formatDate(row.heldOn)}${row.venue ? ` — ${row.venue}` : ""}`, {
          italics: true,
          size: 13,
        }),
      ],
      80,
    ),
    centred([run(`Đơn vị tổ chức: ${row.organisers}`, { italics: true, size: 13 })], 200),
    ...reportSection(pack, numbered),
    numbered(`Kinh phí khuyến công ${period} (triệu đồng)${pack.fromReports ? " — tính từ hồ sơ" : ""}`),
    body(
      `${period}, kinh phí khuyến công của các tỉnh ${pack.regionLabelVi.replace(/^Khu vực /u, "")} thực hiện ${t.exec.text} triệu đồng` +
        (t.execPct ? `, đạt ${t.execPct.text} kế hoạch năm (${moneyText(t.plan)} triệu đồng)` : "") +
        (t.growth ? `, ${t.growth.text} so với cùng kỳ năm trước (${t.prevExec.text} triệu đồng).` : "."),
    ),
    ...(kc.length
      ? [
          body(
            `Trong đó: ${kc.map((s) => `${s.labelVi} thực hiện ${s.exec.text} triệu đồng${reached(s.execPct)}`).join("; ")}.`,
          ),
        ]
      : []),
    dataTable(
      ["STT", "Tỉnh, thành phố", "Kế hoạch", "Thực hiện", "% KH"],
      [
        ...budget.rows.map((r, i) => [
          String(i + 1),
          asNamedThen(r.labelVi),
          planCell(r.plan),
          r.exec.text,
          pctText(r.execPct),
        ]),
        ["", "Tổng số", planCell(t.plan), t.exec.text, pctText(t.execPct)],
      ],
      [0.08, 0.44, 0.17, 0.17, 0.14],
      [false, false, true, true, true],
    ),
    numbered("Tư vấn, dịch vụ của các trung tâm khuyến công"),
    body(`${period}, các trung tâm khuyến công trong khu vực thực hiện ${consulting.sentenceVi}.`),
    numbered(`Tổ chức và nhân lực (đến ngày ${formatDate(staffing.day)})`),
    body(
      staffing.reportingCount === 0
        ? `Khu vực có ${staffing.centreCount} trung tâm khuyến công cấp tỉnh; chưa có số liệu nhân lực.`
        : `Khu vực có ${staffing.centreCount} trung tâm khuyến công cấp tỉnh (${staffing.reportingCount} trung tâm có số liệu) với ${formatDong(BigInt(staffing.total))} người làm việc, trong đó ${formatDong(BigInt(staffing.permanent))} người trong biên chế (${staffing.permanentShareText}); bình quân ${staffing.perCentreText.total} người, trong đó ${staffing.perCentreText.permanent} biên chế mỗi trung tâm.`,
    ),
    numbered("Kết luận, nghị quyết của hội nghị"),
    ...(pack.resolutions.length
      ? pack.resolutions.map((r, i) =>
          body(`${i + 1}. ${r.text}${r.documentNumber ? ` (${r.documentNumber})` : ""}`),
        )
      : [body("Chưa ghi nhận kết luận của hội nghị.")]),
    ...(nextHostName
      ? [
          body(
            `Cờ luân lưu được trao cho ${nextHostName}, đơn vị đăng cai hội nghị ${conferenceOrdinalLabel(row.ordinal + 1)}.`,
          ),
        ]
      : []),
    new Paragraph({ spacing: { before: 200 }, children: [] }),
    body(
      `Số liệu tổng hợp từ hệ thống quản lý khuyến công; khu vực tính theo địa giới tại thời điểm của kỳ số liệu (${formatDate(row.periodFrom)} – ${formatDate(row.periodTo)}).` +
        (pack.fromReports
          ? " Mục 1 lấy từ báo cáo định kỳ của các tỉnh đã được duyệt; các mục còn lại tính từ hồ sơ trong hệ thống."
          : " Chưa có báo cáo định kỳ được duyệt của kỳ này: mọi số liệu tính từ hồ sơ trong hệ thống."),
    ),
  ];
  const document = new Document({
    creator: "Khuyến công",
    title: conferenceTitle(pack),
    styles: { default: { document: { run: { font: "Times New Roman", size: 26 } } } },
    sections: [
      {
        // Page numbers centred at the top from the second page (Decree 30/2020, Appendix I).
        properties: { ...pageProperties, titlePage: true },
        headers: {
          first: new Header({ children: [] }),
          default: new Header({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ font: FONT, size: 26, children: [PageNumber.CURRENT] })],
              }),
            ],
          }),
        },
        children,
      },
    ],
  });
  return Packer.toBuffer(document);
}

/** The pack built in an office worker (src/office-worker.ts lists it). */
export const conferencePackDocxTask: OfficeTask<ConferencePack, Uint8Array> = {
  name: "conferencePackDocx",
  run: conferencePackDocx,
};
/**
 * The region's figures from the provinces' approved reports (issue 17 item 7): which provinces they cover and
 * which are missing, the rows with a figure of the period, and what the reader must know (estimates, distinct
 * counts summed over provinces, checks the aggregate fails).
 */
function reportSection(pack: ConferencePack, numbered: (title: string) => Paragraph): (Paragraph | Table)[] {
  const figures = pack.fromReports;
  if (!figures) return [];
  const total = figures.included.length + figures.missing.length;
  const notes = [
    figures.rows.some((r) => r.estimate)
      ? "Số có ghi (ước) là số ước thực hiện, chưa phải số thực hiện."
      : "",
    figures.rows.some((r) => r.upperBound)
      ? "Số cơ sở không trùng lặp là tổng số của từng tỉnh: một cơ sở được hai tỉnh đếm thì tính hai lần (giới hạn trên)."
      : "",
    figures.failingChecks.length
      ? `Số liệu tổng hợp chưa khớp ở: ${figures.failingChecks.join("; ")} — cần rà soát báo cáo của tỉnh.`
      : "",
  ].filter(Boolean);
  return [
    numbered(`Kết quả ${figures.periodLabelVi} theo báo cáo định kỳ đã được duyệt`),
    body(
      `Tổng hợp từ ${figures.titleVi.charAt(0).toLowerCase()}${figures.titleVi.slice(1)} đã được duyệt của ${figures.included.length}/${total} tỉnh, thành phố: ${figures.included.join(", ")}.` +
        (figures.missing.length ? ` Chưa có báo cáo được duyệt: ${figures.missing.join(", ")}.` : ""),
    ),
    dataTable(
      ["STT", "Chỉ tiêu", "Đơn vị", "Kế hoạch năm", "Thực hiện", "% KH"],
      figures.rows.map((r, i) => [
        String(i + 1),
        r.labelVi,
        r.unitVi,
        r.plan,
        `${r.period}${r.estimate ? " (ước)" : ""}`,
        r.pct,
      ]),
      [0.07, 0.43, 0.13, 0.13, 0.13, 0.11],
      [false, false, false, true, true, true],
    ),
    ...notes.map((note) => body(note)),
  ];
}
