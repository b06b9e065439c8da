import { Card, Flex, Grid, List, Table, Tag, Typography } from "antd";
import type { ColumnsType } from "antd/es/table";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { PageHeader } from "../../components/page-header";
import { ErrorState, LoadingSkeleton } from "../../components/query-state";
import { formatNumber } from "../../lib/format";
import { type TemplateVersionSummary, useTemplateCodes } from "./api";
import { versionPath } from "./paths";
import { LegalBasisText, ValidityTag, ValidityText } from "./validity";

/**
 * The report templates as dated data (issue 17 item 1): one card per template, its versions newest first with
 * their validity, legal basis and the reports opened on each; a version opens its page (layout, checks, actions).
 */
export function ReportTemplatesPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const codes = useTemplateCodes();
  // On a phone each version is a short card of its own instead of a table scrolled sideways.
  const phone = Grid.useBreakpoint().md === false;

  const columns: ColumnsType<TemplateVersionSummary> = [
    {
      title: t("reportTemplates.version"),
      key: "version",
      width: 120,
      render: (_, version) => (
        <Flex vertical gap={4} align="flex-start">
          <Typography.Text strong>
            {t("reportTemplates.versionN", { version: version.version })}
          </Typography.Text>
          <ValidityTag inForce={version.inForce} validFrom={version.validFrom} />
        </Flex>
      ),
    },
    { title: t("reportTemplates.titleColumn"), key: "title", dataIndex: "titleVi" },
    {
      title: t("reportTemplates.validity"),
      key: "validity",
      width: 200,
      render: (_, version) => <ValidityText validFrom={version.validFrom} validTo={version.validTo} />,
    },
    {
      title: t("reportTemplates.legalBasis"),
      key: "legal",
      render: (_, version) => <LegalBasisText document={version.legalDocument} />,
    },
    {
      title: t("reportTemplates.reports"),
      key: "reports",
      width: 150,
      align: "right",
      render: (_, version) => formatNumber(version.reportCount),
    },
  ];

  return (
    <>
      <PageHeader title={t("reportTemplates.title")} description={t("reportTemplates.description")} />
      {codes.isPending ? (
        <LoadingSkeleton />
      ) : codes.isError ? (
        <ErrorState error={codes.error} onRetry={() => void codes.refetch()} />
      ) : (
        <Flex vertical gap={16}>
          {codes.data.items.map((template) => (
            <Card
              key={template.code}
              variant="outlined"
              styles={{ header: { paddingBlock: 12 } }}
              title={
                <Flex gap={8} wrap align="center">
                  <Typography.Title level={2} style={{ fontSize: 16, margin: 0, whiteSpace: "normal" }}>
                    {template.titleVi}
                  </Typography.Title>
                  <Tag>{template.code}</Tag>
                  <Tag color="geekblue">{template.versions[0]?.periodKindLabelVi}</Tag>
                </Flex>
              }
            >
              {phone ? (
                <List
                  dataSource={template.versions}
                  renderItem={(version) => (
                    <List.Item
                      className="kc-clickable-row"
                      tabIndex={0}
                      onClick={() => navigate(versionPath(version.id))}
                      onKeyDown={(event) => {
                        if (event.key === "Enter") navigate(versionPath(version.id));
                      }}
                    >
                      <Flex vertical gap={4}>
                        <Flex gap={8} align="center" wrap>
                          <Typography.Text strong>
                            {t("reportTemplates.versionN", { version: version.version })}
                          </Typography.Text>
                          <ValidityTag inForce={version.inForce} validFrom={version.validFrom} />
                        </Flex>
                        <ValidityText validFrom={version.validFrom} validTo={version.validTo} />
                        <Typography.Text type="secondary">
                          {t("reportTemplates.legalBasis")}: {version.legalDocument?.number ?? "—"} ·{" "}
                          {t("reportTemplates.reports")}: {formatNumber(version.reportCount)}
                        </Typography.Text>
                      </Flex>
                    </List.Item>
                  )}
                />
              ) : (
                <div className="kc-table-scroll">
                  <Table<TemplateVersionSummary>
                    rowKey="id"
                    size="middle"
                    pagination={false}
                    columns={columns}
                    dataSource={template.versions}
                    scroll={{ x: 760 }}
                    rowClassName={() => "kc-clickable-row"}
                    onRow={(version) => ({
                      onClick: () => navigate(versionPath(version.id)),
                      onKeyDown: (event) => {
                        if (event.key === "Enter") navigate(versionPath(version.id));
                      },
                      tabIndex: 0,
                      "aria-label": `${template.code} ${t("reportTemplates.versionN", { version: version.version })}`,
                    })}
                  />
                </div>
              )}
            </Card>
          ))}
        </Flex>
      )}
    </>
  );
}
