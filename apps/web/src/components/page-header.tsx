import { Flex, Typography } from "antd";
import { type ReactNode, useEffect } from "react";
import { useTranslation } from "react-i18next";

type PageHeaderProps = {
  title: string;
  description?: ReactNode;
  /** Actions shown on the right of the title. */
  extra?: ReactNode;
  /** A tag next to the title, e.g. "Sắp có". */
  tag?: ReactNode;
};

/** The title block every page starts with; it also sets the document title. */
export function PageHeader({ title, description, extra, tag }: PageHeaderProps) {
  const { t } = useTranslation();
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
        </Flex>
        {description ? (
          <Typography.Paragraph type="secondary" style={{ margin: "4px 0 0", maxWidth: 860 }}>
            {description}
          </Typography.Paragraph>
        ) : null}
      </div>
      {extra ? (
        <Flex gap={8} wrap>
          {extra}
        </Flex>
      ) : null}
    </Flex>
  );
}
