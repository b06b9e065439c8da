import { ClockCircleOutlined } from "@ant-design/icons";
import { Button, Card, Result, Tag } from "antd";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { PageHeader } from "../../components/page-header";
import type { NavLabel } from "./navigation";

/** Friendly placeholder for a planned module that is not built yet. */
export function ComingSoonPage({ module }: { module: NavLabel }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const name = t(`nav.${module}`);
  return (
    <>
      <PageHeader title={name} tag={<Tag color="gold">{t("nav.comingTag")}</Tag>} />
      <Card variant="outlined">
        <Result
          icon={<ClockCircleOutlined style={{ color: "#173f6e" }} />}
          title={t("comingSoon.title", { module: name })}
          subTitle={t("comingSoon.description")}
          extra={
            <Button type="primary" onClick={() => void navigate("/app/danh-muc/don-vi-hanh-chinh")}>
              {t("comingSoon.openCatalogues")}
            </Button>
          }
        />
      </Card>
    </>
  );
}
