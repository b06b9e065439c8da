import { Button, Result } from "antd";
import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";

export function NotFoundPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  useEffect(() => {
    document.title = `${t("errors.notFoundTitle")} · ${t("app.name")}`;
  }, [t]);
  return (
    <Result
      status="404"
      // The page's heading: a screen reader user finds it by heading like every other page's title.
      title={<h1 className="kc-result-title">{t("errors.notFoundTitle")}</h1>}
      subTitle={t("errors.notFound")}
      extra={
        <Button type="primary" onClick={() => void navigate("/app")}>
          {t("errors.goHome")}
        </Button>
      }
    />
  );
}
