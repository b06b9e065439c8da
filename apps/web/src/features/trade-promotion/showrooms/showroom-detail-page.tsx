import { EditOutlined } from "@ant-design/icons";
import { formatDate } from "@kc/domain";
import { Button, Card, Descriptions, Result, Tag } from "antd";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useParams } from "react-router";
import { BackToList } from "../../../components/back-to-list";
import { PageHeader } from "../../../components/page-header";
import { ErrorState, LoadingSkeleton } from "../../../components/query-state";
import { isApiError } from "../../../lib/api";
import { formatMoney } from "../../../lib/money";
import { establishmentPath } from "../../establishments/paths";
import { projectPath } from "../../projects/paths";
import { useShowroom } from "./api";
import { editShowroomPath, SHOWROOMS_PATH } from "./paths";

/** One showroom: where it is, whose it is, what it shows, when it opened and what supported it. */
export function ShowroomDetailPage() {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  const navigate = useNavigate();
  const showroom = useShowroom(id);
  if (showroom.isPending) return <LoadingSkeleton />;
  if (showroom.isError) {
    if (isApiError(showroom.error) && showroom.error.status === 404) {
      return (
        <Result
          status="404"
          title={t("showrooms.notFoundTitle")}
          subTitle={t("showrooms.notFound")}
          extra={<BackToList listPath={SHOWROOMS_PATH} label={t("showrooms.backToList")} />}
        />
      );
    }
    return <ErrorState error={showroom.error} onRetry={() => void showroom.refetch()} />;
  }
  const s = showroom.data;
  const none = t("common.none");
  return (
    <>
      <BackToList listPath={SHOWROOMS_PATH} label={t("showrooms.backToList")} />
      <PageHeader
        title={s.name}
        tag={
          <Tag color={s.closedOn ? "default" : "green"}>
            {s.closedOn ? t("showrooms.closed") : t("showrooms.open")}
          </Tag>
        }
        description={`${s.kindLabel} · ${s.province.name}`}
        extra={
          s.canEdit ? (
            <Button icon={<EditOutlined />} onClick={() => void navigate(editShowroomPath(s.id))}>
              {t("common.edit")}
            </Button>
          ) : null
        }
      />
      <Card variant="outlined">
        <Descriptions column={{ xs: 1, md: 2 }} bordered size="small">
          <Descriptions.Item label={t("showrooms.kind")}>{s.kindLabel}</Descriptions.Item>
          <Descriptions.Item label={s.centre ? t("showrooms.centre") : t("showrooms.establishment")}>
            {s.establishment ? (
              <Link to={establishmentPath(s.establishment.id)}>{s.establishment.name}</Link>
            ) : (
              (s.centre?.name ?? none)
            )}
          </Descriptions.Item>
          <Descriptions.Item label={t("showrooms.province")}>{s.province.name}</Descriptions.Item>
          <Descriptions.Item label={t("showrooms.commune")}>{s.commune?.name ?? none}</Descriptions.Item>
          <Descriptions.Item label={t("showrooms.address")}>{s.addressText || none}</Descriptions.Item>
          <Descriptions.Item label={t("showrooms.openedOn")}>{formatDate(s.openedOn)}</Descriptions.Item>
          <Descriptions.Item label={t("showrooms.closedOn")}>
            {s.closedOn ? formatDate(s.closedOn) : none}
          </Descriptions.Item>
          <Descriptions.Item label={t("showrooms.supportAmountLabel")}>
            {formatMoney(s.supportAmount)}
          </Descriptions.Item>
          <Descriptions.Item label={t("showrooms.fundingProject")}>
            {s.fundingProject ? (
              <Link to={projectPath(s.fundingProject.id)}>
                {s.fundingProject.code} — {s.fundingProject.title}
              </Link>
            ) : (
              none
            )}
          </Descriptions.Item>
          <Descriptions.Item label={t("showrooms.productsShown")} span={2}>
            <span style={{ whiteSpace: "pre-line" }}>{s.productsShown || none}</span>
          </Descriptions.Item>
        </Descriptions>
      </Card>
    </>
  );
}
