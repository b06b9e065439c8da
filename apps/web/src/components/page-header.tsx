import { QuestionCircleOutlined } from "@ant-design/icons";
import { Flex, Typography } from "antd";
import { type ReactNode, useEffect } from "react";
import { useTranslation } from "react-i18next";
import { Link, useLocation } from "react-router";
import { type HelpLink, helpLinkFor, helpPath } from "../lib/help-modules";

type PageHeaderProps = {
  title: string;
  description?: ReactNode;
  /** Actions shown on the right of the title. */
  extra?: ReactNode;
  /** A tag next to the title, e.g. "Sắp có". */
  tag?: ReactNode;
  /** The help this page links to; by default the help of the module its address belongs to, `null` for none. */
  help?: HelpLink | null;
};

/** The title block every page starts with; it also sets the document title. */
export function PageHeader({ title, description, extra, tag, help }: PageHeaderProps) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const helpLink = help === undefined ? helpLinkFor(pathname) : help;
  const appName = t("app.name");
  useEffect(() => {
    document.title = `${title} · ${appName}`;
  }, [title, appName]);

  return (
    <Flex justify="space-between" align="flex-start" gap={16} wrap style={{ marginBottom: 16 }}>
      <div style={{ minWidth: 0 }}>
        <Flex align="center" gap={8} wrap>
          <Typography.Title level={1} style={{ margin: 0, fontSize: 24, lineHeight: 1.35 }}>
            {title}
          </Typography.Title>
          {tag}
          {helpLink ? (
            <Link to={helpPath(helpLink)} className="kc-help-link" aria-label={t("help.linkLabel")}>
              <QuestionCircleOutlined aria-hidden /> {t("help.link")}
            </Link>
          ) : null}
        </Flex>
        {description ? (
          // Ant Design's secondary grey is 3.3:1 on the page background; this grey keeps 4.5:1 (WCAG AA).
          <Typography.Paragraph style={{ margin: "4px 0 0", maxWidth: 860, color: "#595959" }}>
            {description}
          </Typography.Paragraph>
        ) : null}
      </div>
      {/* Several actions wrap onto a second line on a phone rather than widen the page. */}
      {extra ? (
        <Flex gap={8} wrap>
          {extra}
        </Flex>
      ) : null}
    </Flex>
  );
}
