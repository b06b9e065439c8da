import {
  CheckCircleFilled,
  CloseCircleFilled,
  SafetyCertificateOutlined,
  WarningFilled,
} from "@ant-design/icons";
import { productGroupLabels, selectionLevelLabels } from "@kc/domain";
import { Alert, Card, Descriptions, Result, Skeleton, Space, Typography } from "antd";
import dayjs from "dayjs";
import { useTranslation } from "react-i18next";
import { Link, useParams, useSearchParams } from "react-router";
import { ErrorAlert } from "../../components/error-alert";
import { isApiError } from "../../lib/api";
import { DATE_FORMAT } from "../../lib/format";
import { type PublicCertificate, usePublicCertificate } from "./api";
import { PublicFrame } from "./public-frame";

const day = (iso: string) => dayjs(iso).format(DATE_FORMAT);

/** The state in words and colour: valid in green, expired or revoked in red with the date it happened. */
function StateBanner({ certificate }: { certificate: PublicCertificate }) {
  const { t } = useTranslation();
  const { status } = certificate;
  const ok = status === "VALID";
  const dayAfter = dayjs(certificate.validUntil).add(1, "day").format("YYYY-MM-DD");
  const detail =
    status === "VALID"
      ? t("publicVerify.validUntil", { date: day(certificate.validUntil) })
      : status === "EXPIRED"
        ? t("publicVerify.expiredOn", { date: day(dayAfter) })
        : t("publicVerify.revokedOn", { date: day(certificate.revokedOn ?? certificate.validUntil) });
  return (
    <div
      className={`kc-verify-state ${ok ? "kc-verify-state-ok" : "kc-verify-state-bad"}`}
      role="status"
      data-state={status}
    >
      {ok ? <CheckCircleFilled style={{ fontSize: 40 }} /> : <CloseCircleFilled style={{ fontSize: 40 }} />}
      <div>
        <strong>
          {t(`publicVerify.${status === "VALID" ? "valid" : status === "EXPIRED" ? "expired" : "revoked"}`)}
        </strong>
        <span>{detail}</span>
        {status === "REVOKED" && certificate.revocationDecision ? (
          <div>
            {t("publicVerify.revokedBy", {
              number: certificate.revocationDecision.number,
              date: day(certificate.revocationDecision.issuedOn),
            })}
          </div>
        ) : null}
      </div>
    </div>
  );
}

/**
 * "Xác minh giấy chứng nhận": the page a certificate's QR code opens, without an account. It shows what the
 * certificate says (product, establishment's business name, level, year, validity) and its state today, and
 * whether the signed token in the link is genuine (decision 0016).
 */
export function CertificateVerifyPage() {
  const { t } = useTranslation();
  const { publicId = "" } = useParams();
  const [search] = useSearchParams();
  const token = search.get("s");
  const query = usePublicCertificate(publicId, token);
  const certificate = query.data;

  let content: React.ReactNode;
  if (query.isPending) content = <Skeleton active aria-label={t("publicVerify.loading")} />;
  else if (query.error && isApiError(query.error) && query.error.status === 404)
    content = (
      <Result
        status="warning"
        title={t("publicVerify.notFoundTitle")}
        subTitle={t("publicVerify.notFoundHint")}
      />
    );
  else if (query.error) content = <ErrorAlert error={query.error} />;
  else if (certificate)
    content = (
      <Space direction="vertical" size={16} style={{ width: "100%" }}>
        {certificate.signature === "NOT_GENUINE" ? (
          <Alert
            type="error"
            showIcon
            icon={<WarningFilled />}
            message={<strong>{t("publicVerify.notGenuineTitle")}</strong>}
            description={t("publicVerify.notGenuineHint")}
          />
        ) : certificate.signature === "ABSENT" ? (
          <Alert type="info" showIcon message={t("publicVerify.noSignature")} />
        ) : null}
        <StateBanner certificate={certificate} />
        <Descriptions
          column={1}
          bordered
          size="middle"
          labelStyle={{ width: "38%" }}
          items={[
            {
              key: "product",
              label: t("publicVerify.product"),
              children: <strong>{certificate.product}</strong>,
            },
            {
              key: "establishment",
              label: t("publicVerify.establishment"),
              children: certificate.establishment,
            },
            {
              key: "group",
              label: t("publicVerify.group"),
              children: productGroupLabels[certificate.productGroup],
            },
            {
              key: "level",
              label: t("publicVerify.level"),
              children: selectionLevelLabels[certificate.level],
            },
            { key: "year", label: t("publicVerify.year"), children: certificate.year },
            { key: "number", label: t("publicVerify.number"), children: certificate.number },
            { key: "issuedOn", label: t("publicVerify.issuedOn"), children: day(certificate.issuedOn) },
            {
              key: "validity",
              label: t("publicVerify.validity"),
              children: `${day(certificate.issuedOn)} – ${day(certificate.validUntil)}`,
            },
          ]}
        />
        {certificate.signature === "GENUINE" ? (
          <Typography.Text type="success">
            <SafetyCertificateOutlined /> {t("publicVerify.genuine")}
          </Typography.Text>
        ) : null}
        <Typography.Text type="secondary">
          {t("publicVerify.checkedAt", { time: day(certificate.checkedOn) })}
        </Typography.Text>
        <Space wrap size={16}>
          <Link to="/san-pham-tieu-bieu">{t("publicVerify.catalogueLink")}</Link>
          <a href="/.well-known/khuyencong-certificate-keys.json">{t("publicVerify.keysLink")}</a>
        </Space>
      </Space>
    );

  return (
    <PublicFrame title={t("publicVerify.title")}>
      <Card variant="outlined" title={t("publicVerify.subtitle")}>
        {content}
      </Card>
    </PublicFrame>
  );
}
