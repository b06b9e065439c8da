import { formatDate, productGroupLabels, selectionLevelLabels } from "@kc/domain";
import { Button } from "antd";
import type { TFunction } from "i18next";
import { ClampText, type DataColumn } from "../../components/data-table";
import type { Certificate } from "./api";
import { CertificateStatusTag } from "./certificate-status-tag";

/** The issued certificates' columns, shared by the round's tab and the list of all certificates. */
export function certificateColumns(
  t: TFunction,
  open: (certificate: Certificate) => void,
  options: { withLevel?: boolean } = {},
): DataColumn<Certificate>[] {
  const columns: DataColumn<Certificate>[] = [
    {
      key: "number",
      title: t("certificates.columns.number"),
      width: 170,
      alwaysVisible: true,
      render: (_, certificate) => (
        <Button
          type="link"
          style={{ padding: 0, height: "auto", textAlign: "left", whiteSpace: "normal" }}
          onClick={() => open(certificate)}
        >
          {certificate.number}
        </Button>
      ),
    },
    {
      key: "product",
      title: t("certificates.columns.product"),
      width: 240,
      render: (_, certificate) => <ClampText text={certificate.productName} />,
    },
    {
      key: "establishment",
      title: t("certificates.columns.establishment"),
      width: 240,
      render: (_, certificate) => <ClampText text={certificate.establishmentName} />,
    },
    {
      key: "group",
      title: t("certificates.columns.group"),
      width: 80,
      hiddenByDefault: true,
      render: (_, c) => <span title={productGroupLabels[c.productGroup]}>{c.productGroup}</span>,
    },
    {
      key: "issuedOn",
      title: t("certificates.columns.issuedOn"),
      width: 110,
      hiddenByDefault: true,
      render: (_, certificate) => formatDate(certificate.issuedOn),
    },
    {
      key: "validUntil",
      title: t("certificates.columns.validUntil"),
      width: 120,
      render: (_, certificate) => formatDate(certificate.validUntil),
    },
    {
      key: "status",
      title: t("certificates.columns.status"),
      width: 140,
      render: (_, certificate) => <CertificateStatusTag status={certificate.status} />,
    },
  ];
  if (options.withLevel)
    columns.splice(3, 0, {
      key: "level",
      title: t("certificates.columns.level"),
      width: 110,
      render: (_, certificate) => selectionLevelLabels[certificate.level],
    });
  return columns;
}
