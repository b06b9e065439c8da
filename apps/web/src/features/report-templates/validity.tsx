import { formatDate, todayInVietnam } from "@kc/domain";
import { Tag } from "antd";
import { useTranslation } from "react-i18next";

/** "01/01/2018 – 30/06/2026", or "Từ 01/07/2026" while in force with no end. */
export function ValidityText({ validFrom, validTo }: { validFrom: string; validTo: string | null }) {
  const { t } = useTranslation();
  return (
    <span style={{ whiteSpace: "nowrap" }}>
      {validTo
        ? `${formatDate(validFrom)} – ${formatDate(validTo)}`
        : t("reportTemplates.validFromOnly", { from: formatDate(validFrom) })}
    </span>
  );
}

/** In force today, not yet, or expired. */
export function ValidityTag({ inForce, validFrom }: { inForce: boolean; validFrom: string }) {
  const { t } = useTranslation();
  if (inForce) return <Tag color="green">{t("reportTemplates.inForce")}</Tag>;
  return validFrom > todayInVietnam() ? (
    <Tag color="blue">{t("reportTemplates.notYet")}</Tag>
  ) : (
    <Tag>{t("reportTemplates.notInForce")}</Tag>
  );
}

/** "28/2018/TT-BCT ngày 28/09/2018 — title". */
export function LegalBasisText({
  document,
}: {
  document: { number: string; title: string; signedDate: string | null } | null;
}) {
  if (!document) return <span>—</span>;
  return (
    <span>
      <strong>{document.number}</strong>
      {document.signedDate ? ` ngày ${formatDate(document.signedDate)}` : ""} — {document.title}
    </span>
  );
}
