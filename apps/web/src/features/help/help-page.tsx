import { ArrowRightOutlined } from "@ant-design/icons";
import { Anchor, Button, Card, Col, List, Row, Typography } from "antd";
import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { Link, useLocation, useNavigate, useParams } from "react-router";
import { PageHeader } from "../../components/page-header";
import { HELP_ROOT, helpModules, helpPath, isHelpModule } from "../../lib/help-modules";
import { NotFoundPage } from "../shell/not-found-page";
import { HelpBlockView } from "./help-blocks";
import type { HelpTopic } from "./help-topic";
import { helpTopics } from "./help-topics";

/** `/app/huong-dan`: every topic; `/app/huong-dan/:module`: one topic with its table of contents. */
export function HelpPage() {
  const { module } = useParams();
  if (module === undefined) return <HelpIndex />;
  if (!isHelpModule(module)) return <NotFoundPage />;
  return <HelpTopicView topic={helpTopics[module]} />;
}

function HelpIndex() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t("help.title")} description={t("help.description")} />
      <List
        grid={{ gutter: 16, xs: 1, md: 2, xl: 3 }}
        dataSource={helpModules.map((slug) => helpTopics[slug])}
        renderItem={(topic) => (
          <List.Item>
            <Card title={<Link to={helpPath({ module: topic.module })}>{topic.title}</Link>} size="small">
              <Typography.Paragraph style={{ margin: 0 }}>{topic.summary}</Typography.Paragraph>
            </Card>
          </List.Item>
        )}
      />
    </>
  );
}

function HelpTopicView({ topic }: { topic: HelpTopic }) {
  const { t } = useTranslation();
  const { hash } = useLocation();
  const navigate = useNavigate();
  // A link to one section (`#to-chuc`) lands on it once the topic has rendered.
  useEffect(() => {
    const id = decodeURIComponent(hash.slice(1));
    if (id) document.getElementById(id)?.scrollIntoView();
  }, [hash]);

  return (
    <>
      <PageHeader
        title={t("help.topicTitle", { topic: topic.title })}
        description={topic.summary}
        extra={
          <Button icon={<ArrowRightOutlined />} onClick={() => void navigate(topic.page)}>
            {t("help.openPage")}
          </Button>
        }
      />
      <Row gutter={[24, 16]}>
        <Col xs={24} lg={{ span: 6, order: 2 }}>
          <nav aria-label={t("help.contents")} className="kc-help-toc">
            <Typography.Text strong>{t("help.contents")}</Typography.Text>
            <Anchor
              affix={false}
              replace
              targetOffset={83}
              items={topic.sections.map((section) => ({
                key: section.id,
                href: `#${section.id}`,
                title: section.title,
              }))}
            />
            <Link to={HELP_ROOT}>{t("help.allTopics")}</Link>
          </nav>
        </Col>
        <Col xs={24} lg={{ span: 18, order: 1 }} className="kc-help-body">
          {topic.sections.map((section) => (
            <section key={section.id} id={section.id} aria-labelledby={`${section.id}-title`}>
              <Typography.Title level={2} id={`${section.id}-title`} style={{ fontSize: 18 }}>
                {section.title}
              </Typography.Title>
              {section.blocks.map((block, index) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: a section's blocks are fixed data.
                <HelpBlockView key={index} block={block} />
              ))}
            </section>
          ))}
        </Col>
      </Row>
    </>
  );
}
