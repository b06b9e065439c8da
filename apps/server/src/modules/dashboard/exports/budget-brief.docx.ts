import { CENTRAL_UNIT_ID } from "@kc/domain";
import { Document, Packer, Paragraph } from "docx";
import type { OfficeTask } from "../../../platform/office/office-workers";
import {
  body,
  centred,
  dataTable,
  heading,
  officialHeader,
  pageProperties,
  run,
  signatureBlock,
} from "../../../platform/office/official-docx";
import type { Money, Pct } from "../../figures/figure-view";
import { type BudgetExportScope, type BudgetView, exportCaption } from "./budget-export.types";

export const BRIEF_TITLE = "BẢN TIN TÌNH HÌNH THỰC HIỆN KINH PHÍ KHUYẾN CÔNG";
/** Rows the one-page brief lists; the rest are in the Excel file (never summed here: no computing in exports). */
export const BRIEF_MAX_ROWS = 12;
const CENTRAL_AGENCY = "CỤC ĐỔI MỚI SÁNG TẠO, CHUYỂN ĐỔI XANH VÀ KHUYẾN CÔNG";

const pctText = (p: Pct) => p?.text ?? "—";
const short = (label: string) => label.replace(/\s*\(.*\)$/u, "");

/** The issuing body: the Ministry's agency for the country, a region or the centre; the province's DoIT otherwise. */
function issuerOf(scope: BudgetExportScope) {
  if (scope.level !== "UNIT" || scope.unit === CENTRAL_UNIT_ID) {
    return { superior: "BỘ CÔNG THƯƠNG", issuer: CENTRAL_AGENCY, place: "Hà Nội" };
  }
  return { superior: `UBND ${short(scope.labelVi)}`, issuer: "SỞ CÔNG THƯƠNG", place: short(scope.labelVi) };
}

/** The sentences of the conference reports, filled with the texts the figure engine printed (nothing recomputed). */
export function briefSentences(view: BudgetView, scope: BudgetExportScope): string[] {
  const t = view.totals;
  const plan = t.execPct
    ? `đạt ${t.execPct.text} kế hoạch năm (${money(t.plan)} triệu đồng)`
    : "chưa có kế hoạch năm để so sánh";
  const growth = t.growth
    ? `${t.growth.text} so với cùng kỳ năm trước (${t.prevExec.text} triệu đồng)`
    : "chưa có số liệu cùng kỳ năm trước để so sánh";
  const sources = view.bySource
    .filter((s) => s.source === "KCQG" || s.source === "KCDP")
    .map((s) => `${s.labelVi} thực hiện ${s.exec.text} triệu đồng, đạt ${pctText(s.execPct)} kế hoạch`);
  return [
    `${view.periodLabelVi}, kinh phí khuyến công ${scope.level === "NATIONAL" ? "toàn quốc" : `của ${scope.labelVi}`} thực hiện ${t.exec.text} triệu đồng, ${plan}, ${growth}.`,
    `Trong đó: ${sources.join("; ")}.`,
  ];
}

/** An amount as printed; a missing plan is said in words, never printed as 0. */
const money = (m: Money | null) => m?.text ?? "Chưa có kế hoạch";

/**
 * A one-page brief on the budget view in the layout of Decree 30/2020/NĐ-CP (Appendix I): issuing body, title,
 * period, two sentences from the figures, the first rows by region or province and the table by source.
 */
export async function budgetBriefDocx(
  view: BudgetView,
  scope: BudgetExportScope,
  now = new Date(),
): Promise<Buffer> {
  const { superior, issuer, place } = issuerOf(scope);
  const listed = view.rows.slice(0, BRIEF_MAX_ROWS);
  const widths = [0.07, 0.37, 0.15, 0.15, 0.12, 0.14];
  const numeric = [false, false, true, true, true, true];
  const header = [
    "STT",
    scope.level === "NATIONAL" ? "Khu vực" : "Đơn vị",
    "Kế hoạch",
    "Thực hiện",
    "% KH",
    "Tăng/giảm",
  ];
  const children = [
    officialHeader({ superior, issuer, number: "      /BT-KC", place, date: now }),
    new Paragraph({ spacing: { before: 240 }, children: [] }),
    centred([run(BRIEF_TITLE, { bold: true, size: 14 })]),
    centred([run(exportCaption(view, scope), { italics: true, size: 13 })], 200),
    ...briefSentences(view, scope).map((text) => body(text)),
    ...(listed.length
      ? [
          heading(
            `1. Theo ${scope.level === "NATIONAL" ? "khu vực" : "đơn vị"} (triệu đồng)${view.rows.length > listed.length ? " (xem chi tiết trong tệp Excel)" : ""}`,
          ),
          dataTable(
            header,
            [
              ...listed.map((r, i) => [
                String(i + 1),
                r.labelVi,
                money(r.plan),
                money(r.exec),
                pctText(r.execPct),
                pctText(r.growth),
              ]),
              [
                "",
                "Tổng số",
                money(view.totals.plan),
                money(view.totals.exec),
                pctText(view.totals.execPct),
                pctText(view.totals.growth),
              ],
            ],
            widths,
            numeric,
          ),
        ]
      : []),
    heading(`${listed.length ? "2" : "1"}. Theo nguồn vốn (triệu đồng)`),
    dataTable(
      ["STT", "Nguồn vốn", "Kế hoạch", "Thực hiện", "% KH", "Tăng/giảm"],
      view.bySource.map((s, i) => [
        String(i + 1),
        s.labelVi,
        money(s.plan),
        money(s.exec),
        pctText(s.execPct),
        pctText(s.growth),
      ]),
      widths,
      numeric,
    ),
    new Paragraph({ spacing: { before: 200 }, children: [] }),
    signatureBlock({ recipients: ["Lãnh đạo đơn vị"], title: "Người lập", name: "" }),
  ];
  const document = new Document({
    creator: "Khuyến công",
    title: `Bản tin kinh phí khuyến công - ${scope.labelVi} - ${view.periodLabelVi}`,
    styles: { default: { document: { run: { font: "Times New Roman", size: 26 } } } },
    sections: [{ properties: pageProperties, children }],
  });
  return Packer.toBuffer(document);
}

/** The brief built in an office worker (src/office-worker.ts lists it). */
export const budgetBriefDocxTask: OfficeTask<{ view: BudgetView; scope: BudgetExportScope }, Uint8Array> = {
  name: "budgetBriefDocx",
  run: ({ view, scope }) => budgetBriefDocx(view, scope),
};
