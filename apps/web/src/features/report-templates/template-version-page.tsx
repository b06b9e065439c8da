import { PlusOutlined } from "@ant-design/icons";
import { formatDate, reportWindowRuleLabels } from "@kc/domain";
import { Button, Card, Descriptions, Flex, List, Table, Tag, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate, useParams } from "react-router";
import { ActionButton } from "../../components/action-button";
import { BackToList } from "../../components/back-to-list";
import { PageHeader } from "../../components/page-header";
import { ErrorState, LoadingSkeleton } from "../../components/query-state";
import { Section } from "../../components/section";
import { formatNumber } from "../../lib/format";
import { type TemplateVersionDetail, useTemplateVersion } from "./api";
import { newVersionPath, TEMPLATES_PATH } from "./paths";
import { SetValidToModal } from "./set-valid-to-modal";
import { TemplatePreviewTable } from "./template-preview-table";
import { LegalBasisText, ValidityTag, ValidityText } from "./validity";

type Check = TemplateVersionDetail["checks"][number];

/**
 * One template version (issue 17 item 1): what it rests on and when it applies, its sections as the report will
 * look, its narrative sections, and the checks generated from its structure; the administrator copies it into a
 * new version or sets its last day.
 */
export function TemplateVersionPage() {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  const navigate = useNavigate();
  const query = useTemplateVersion(id);
  const [settingEnd, setSettingEnd] = useState(false);
  if (query.isPending) return <LoadingSkeleton />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  const version = query.data;
  const { actions } = version;

  return (
    <>
      <BackToList listPath={TEMPLATES_PATH} label={t("reportTemplates.backToList")} />
      <PageHeader
        title={version.titleVi}
        tag={
          <Flex gap={4}>
            <Tag>{t("reportTemplates.versionN", { version: version.version })}</Tag>
            <ValidityTag inForce={version.inForce} validFrom={version.validFrom} />
          </Flex>
        }
        extra={
          <Flex gap={8} wrap>
            {actions.setValidTo ? (
              <ActionButton action={actions.setValidTo} onClick={() => setSettingEnd(true)}>
                {t("reportTemplates.setValidTo")}
              </ActionButton>
            ) : null}
            {actions.createVersion?.available ? (
              <Button
                type="primary"
                icon={<PlusOutlined />}
                onClick={() => navigate(newVersionPath(version.id))}
              >
                {t("reportTemplates.newVersion")}
              </Button>
            ) : null}
          </Flex>
        }
      />
      <Flex vertical gap={16}>
        <Card variant="outlined">
          <Descriptions
            column={{ xs: 1, md: 2 }}
            size="small"
            items={[
              { key: "code", label: "Mã mẫu", children: version.code },
              { key: "period", label: t("reportTemplates.periodKind"), children: version.periodKindLabelVi },
              {
                key: "validity",
                label: t("reportTemplates.validity"),
                children: <ValidityText validFrom={version.validFrom} validTo={version.validTo} />,
              },
              {
                key: "legal",
                label: t("reportTemplates.legalBasis"),
                children: <LegalBasisText document={version.legalDocument} />,
              },
              {
                key: "window",
                label: t("reportTemplates.window"),
                children: reportWindowRuleLabels[version.windowRule],
              },
              {
                key: "deadline",
                label: t("reportTemplates.deadline"),
                children: t("reportTemplates.deadlineDays", { days: version.deadlineDaysAfterWindow }),
              },
              {
                key: "reports",
                label: t("reportTemplates.reports"),
                children: version.lastReportWindowTo
                  ? `${formatNumber(version.reportCount)} (kỳ muộn nhất đến ${formatDate(version.lastReportWindowTo)})`
                  : formatNumber(version.reportCount),
              },
              {
                key: "source",
                label: t("reportTemplates.source"),
                children: t(`reportTemplates.sources.${version.source}`),
              },
            ]}
          />
        </Card>
        <Card variant="outlined">
          <Section title={t("reportTemplates.preview")}>
            <Typography.Paragraph type="secondary">{t("reportTemplates.previewHint")}</Typography.Paragraph>
            <Flex vertical gap={16}>
              {version.definition.sections.map((section) => (
                <TemplatePreviewTable
                  key={section.code}
                  section={section}
                  columns={version.definition.columns}
                />
              ))}
            </Flex>
          </Section>
        </Card>
        <Card variant="outlined">
          <Section title={t("reportTemplates.narrative")}>
            <List
              size="small"
              dataSource={version.definition.narrative}
              renderItem={(item, index) => (
                <List.Item>
                  {index + 1}. {item.titleVi}{" "}
                  <Typography.Text type="secondary">({item.code})</Typography.Text>
                </List.Item>
              )}
            />
          </Section>
        </Card>
        <Card variant="outlined">
          <Section title={t("reportTemplates.checks")}>
            <Typography.Paragraph type="secondary">{t("reportTemplates.checksHint")}</Typography.Paragraph>
            <Table<Check>
              size="small"
              rowKey="id"
              pagination={false}
              dataSource={version.checks}
              tableLayout="fixed"
              columns={[
                {
                  key: "severity",
                  title: t("reportTemplates.severity"),
                  width: 96,
                  render: (_, check) => (
                    <Tag color={check.severity === "ERROR" ? "red" : "gold"}>
                      {t(`reportTemplates.severities.${check.severity}`)}
                    </Tag>
                  ),
                },
                {
                  key: "formula",
                  title: t("reportTemplates.checkFormula"),
                  width: "55%",
                  render: (_, check) => (
                    <Typography.Text code style={{ whiteSpace: "normal", overflowWrap: "anywhere" }}>
                      {check.formula}
                    </Typography.Text>
                  ),
                },
                {
                  key: "description",
                  title: t("reportTemplates.checkDescription"),
                  dataIndex: "descriptionVi",
                },
              ]}
            />
          </Section>
        </Card>
      </Flex>
      {settingEnd ? <SetValidToModal version={version} onClose={() => setSettingEnd(false)} /> : null}
    </>
  );
}
