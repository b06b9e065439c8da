import { Flex, Typography } from "antd";
import { type ReactNode, useEffect } from "react";
import { useTranslation } from "react-i18next";
import { BrandMark } from "../../components/brand-mark";
import { LanguageSwitch } from "../../components/language-switch";

/** The frame of the public pages anyone opens without an account: the ministry header, a wide card, no menu. */
export function PublicFrame({
  title,
  wide,
  children,
}: {
  title: string;
  wide?: boolean;
  children: ReactNode;
}) {
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
          {title}
        </Typography.Title>
        <div className={wide ? "kc-public-body kc-public-body-wide" : "kc-public-body"}>{children}</div>
      </main>
      <footer className="kc-auth-footer">{t("app.ministry")}</footer>
    </div>
  );
}
