import {
  estimateTotals,
  formatDong,
  fundingLevelLabels,
  lineAmount,
  ORG_KEYS,
  organisationNameAt,
  projectKindLabels,
  projectStatusLabels,
  type SupportActivity,
  supportActivities,
  todayInVietnam,
} from "@kc/domain";
import { Document, Packer, Paragraph } from "docx";
import { inArray } from "drizzle-orm";
import type { Db } from "../../../db/client";
import { organisationName } from "../../../db/schema/index";
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
import { estimateLineOf } from "../project-snapshot";
import type { ProjectDetail } from "../projects.queries";

const dateVi = (iso: string | null) =>
  iso ? `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}` : "—";

/** What the dossier prints: the project, and the issuers' names as they were called today. */
export type ProjectDossierInput = {
  detail: ProjectDetail;
  /** Organisation key → its name today (the agency changed its name twice, DOMAIN §6.1). */
  names: Record<string, string | undefined>;
  now: Date;
};

const doitKeyOf = (detail: ProjectDetail) =>
  detail.row.provinceId ? `ORG-SCT-${detail.row.provinceId}` : null;

/** Reads what the dossier needs from the database, on the main thread; the building happens in a worker. */
export async function projectDossierInput(
  db: Db,
  detail: ProjectDetail,
  now = new Date(),
): Promise<ProjectDossierInput> {
  const today = todayInVietnam();
  const doitKey = doitKeyOf(detail);
  const ids = [ORG_KEYS.centralAgency, ...(doitKey ? [doitKey] : [])];
  const rows = await db.select().from(organisationName).where(inArray(organisationName.organisationId, ids));
  const names = Object.fromEntries(
    ids.map((id) => [
      id,
      organisationNameAt(
        rows.filter((r) => r.organisationId === id),
        today,
      )?.name,
    ]),
  );
  return { detail, names, now };
}

/**
 * The project dossier summary (Tóm tắt hồ sơ đề án) as an administrative document of Decree 30/2020: who issues
 * it (the central agency for national projects, the province's DoIT for local ones), the project's particulars,
 * beneficiaries, estimate, every step taken with the document behind it, and the money paid.
 */
export async function projectDossierDocx(input: ProjectDossierInput): Promise<Buffer> {
  const { detail, now } = input;
  const { row } = detail;
  const level = row.fundingLevel;
  const doitKey = doitKeyOf(detail);
  const nameOf = (id: string) => input.names[id];
  const provinceName = detail.province?.name ?? "";
  const header =
    level === "KCQG"
      ? { superior: "Bộ Công Thương", issuer: nameOf(ORG_KEYS.centralAgency) ?? "Cục quản lý khuyến công" }
      : {
          superior: `Ủy ban nhân dân ${provinceName}`,
          issuer: (doitKey && nameOf(doitKey)) || "Sở Công Thương",
        };
  const place = level === "KCQG" ? "Hà Nội" : provinceName.replace(/^(Tỉnh|Thành phố) /u, "");
  const lines = detail.lines.map(estimateLineOf);
  const totals = estimateTotals(lines);
  const money = (v: bigint) => formatDong(v);
  const children = [
    officialHeader({ ...header, number: `${row.code}/TTHS`, place, date: now }),
    new Paragraph({ spacing: { before: 360 }, children: [] }),
    centred([run("TÓM TẮT HỒ SƠ ĐỀ ÁN KHUYẾN CÔNG", { bold: true, size: 14 })]),
    centred([run(row.title, { bold: true, size: 14 })], 360),
    heading("I. THÔNG TIN CHUNG"),
    body(
      `1. Mã đề án: ${row.code}; loại: ${projectKindLabels[row.kind]}; ${fundingLevelLabels[level]}, năm kế hoạch ${row.planYear}.`,
    ),
    body(`2. Đơn vị thực hiện: ${row.implementerName}.`),
    body(
      `3. Địa bàn: ${detail.sites.map((s) => [s.addressText, s.communeName].filter(Boolean).join(", ")).join("; ") || "—"}${provinceName ? `, ${provinceName}` : ""}.`,
    ),
    body(
      `4. Hoạt động hỗ trợ: ${row.activities.map((a) => supportActivities[a as SupportActivity]?.labelVi ?? a).join("; ")}.`,
    ),
    body(
      `5. Thời gian thực hiện: từ ${dateVi(row.startDate)} đến ${dateVi(row.endDate)}. Trạng thái hiện nay: ${projectStatusLabels[row.status]}.`,
    ),
    heading("II. CƠ SỞ THỤ HƯỞNG"),
    detail.beneficiaries.length
      ? dataTable(
          ["STT", "Tên cơ sở", "Mã số thuế", "Tỷ lệ hỗ trợ"],
          detail.beneficiaries.map((b, i) => [
            String(i + 1),
            b.name,
            b.taxCode ?? "",
            b.shareBps === null ? "" : `${(b.shareBps / 100).toLocaleString("vi-VN")} %`,
          ]),
          [0.08, 0.52, 0.2, 0.2],
          [false, false, false, true],
        )
      : body("Không có cơ sở thụ hưởng được ghi."),
    heading("III. DỰ TOÁN KINH PHÍ (đồng)"),
    dataTable(
      ["STT", "Nội dung chi", "Thành tiền", "Khuyến công", "Đối ứng", "Nguồn khác"],
      [
        ...lines.map((l, i) => [
          String(i + 1),
          l.item,
          money(lineAmount(l) ?? 0n),
          money(l.kcAmount),
          money(l.counterpartAmount),
          money(l.otherAmount),
        ]),
        [
          "",
          "Tổng cộng",
          money(totals.total),
          money(totals.kcSupport),
          money(totals.counterpart),
          money(totals.other),
        ],
      ],
      [0.08, 0.32, 0.15, 0.15, 0.15, 0.15],
      [false, false, true, true, true, true],
    ),
    heading("IV. QUÁ TRÌNH THỰC HIỆN"),
    dataTable(
      ["Ngày", "Bước", "Văn bản", "Người thực hiện"],
      detail.steps.map((s) => {
        const docs = detail.documents.filter((d) => d.stepId === s.id);
        return [
          dateVi(s.effectiveOn),
          s.toStatus && s.toStatus !== s.fromStatus ? projectStatusLabels[s.toStatus] : s.code,
          docs
            .map((d) =>
              [d.number, d.issuedOn ? `ngày ${dateVi(d.issuedOn)}` : null].filter(Boolean).join(" "),
            )
            .join("; "),
          s.actorName,
        ];
      }),
      [0.16, 0.34, 0.3, 0.2],
    ),
    heading("V. KINH PHÍ ĐÃ GIẢI NGÂN"),
    body(
      row.contractSupport === null
        ? "Chưa ký hợp đồng."
        : `Kinh phí khuyến công theo hợp đồng: ${money(row.contractSupport)} đồng; đã giải ngân ${money(row.disbursedTotal)} đồng` +
            (row.settledAmount === null
              ? "."
              : `; quyết toán ${money(row.settledAmount)} đồng; đã thu hồi ${money(row.refundedTotal)} đồng.`),
    ),
    new Paragraph({ spacing: { before: 240 }, children: [] }),
    signatureBlock({
      recipients:
        level === "KCQG" ? ["Lãnh đạo Cục", row.implementerName] : ["Lãnh đạo Sở", row.implementerName],
      title: "Người lập",
      name: "",
    }),
  ];
  const document = new Document({
    creator: "Khuyến công",
    title: `Tóm tắt hồ sơ đề án ${row.code}`,
    styles: { default: { document: { run: { font: "Times New Roman", size: 26 } } } },
    sections: [{ properties: pageProperties, children }],
  });
  return Packer.toBuffer(document);
}

/** The dossier built in an office worker (src/office-worker.ts lists it). */
export const projectDossierDocxTask: OfficeTask<ProjectDossierInput, Uint8Array> = {
  name: "projectDossierDocx",
  run: projectDossierDocx,
};
