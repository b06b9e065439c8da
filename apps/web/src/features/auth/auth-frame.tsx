import { Card, Flex, Typography } from "antd";
import { type ReactNode, useEffect } from "react";
import { useTranslation } from "react-i18next";
import { BrandMark } from "../../components/brand-mark";
import { LanguageSwitch } from "../../components/language-switch";

/** The frame of the pages used without a session: sign-in, forgotten password, reset from the e-mailed link. */
export function AuthFrame({ title, children }: { title: string; children: ReactNode }) {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = `${title} · ${t("app.name")}`;
  }, [t, title]);
  return (
    <div className="kc-auth-page">
      <header className="kc-auth-header">
        <Flex align="center" gap={12}>
          <BrandMark size={40} />
          <div>
            <div className="kc-auth-ministry">{t("app.ministry")}</div>
            <div className="kc-auth-agency">{t("app.agency")}</div>
          </div>
        </Flex>
        <LanguageSwitch />
      </header>
      <main className="kc-auth-main">
        <Typography.Title level={1} className="kc-auth-product">
          {t("app.name")}
        </Typography.Title>
        <Card className="kc-auth-card" variant="outlined">
          {children}
        </Card>
      </main>
      <footer className="kc-auth-footer">{t("app.copyright")}</footer>
    </div>
  );
}
