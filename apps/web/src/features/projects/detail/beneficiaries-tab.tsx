import { Flex, Table, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { ProjectDetail } from "../../../api/types";
import { EmptyState } from "../../../components/query-state";
import { Section } from "../../../components/section";
import { formatShareBps } from "../../../lib/format";
import { CertificatePriorityTag } from "../../certificates/certificate-priority-tag";
import { establishmentPath } from "../../establishments/paths";

type Beneficiary = ProjectDetail["beneficiaries"][number];
type Site = ProjectDetail["sites"][number];

/** Cơ sở thụ hưởng: the establishments that benefit (with their share) and where the project is carried out. */
export function BeneficiariesTab({ project }: { project: ProjectDetail }) {
  const { t } = useTranslation();
  const none = t("common.none");
  return (
    <Flex vertical gap={24}>
      <Section title={t("projects.sections.beneficiaries")}>
        <Table<Beneficiary>
          rowKey="establishmentId"
          size="small"
          pagination={false}
          dataSource={project.beneficiaries}
          locale={{ emptyText: <EmptyState description={t("projects.noBeneficiaries")} /> }}
          columns={[
            {
              title: t("projects.fields.establishment"),
              dataIndex: "name",
              render: (name: string, row) => (
                <Flex vertical gap={4} align="flex-start">
                  <Link to={establishmentPath(row.establishmentId)}>{name}</Link>
                  <CertificatePriorityTag priority={row.certificatePriority} />
                </Flex>
              ),
            },
            {
              title: t("projects.fields.taxCode"),
              dataIndex: "taxCode",
              width: 160,
              render: (value) => value ?? none,
            },
            {
              title: t("projects.fields.share"),
              dataIndex: "shareBps",
              width: 140,
              align: "right",
              render: (bps: number | null) => (bps === null ? none : formatShareBps(bps)),
            },
          ]}
        />
        {project.flags.implementerIsBeneficiary ? (
          <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
            {t("projects.implementerIsBeneficiary")}
          </Typography.Paragraph>
        ) : null}
      </Section>
      <Section title={t("projects.sections.sites")}>
        <Table<Site & { key: number }>
          size="small"
          pagination={false}
          dataSource={project.sites.map((site, key) => ({ ...site, key }))}
          locale={{ emptyText: <EmptyState description={t("projects.noSites")} /> }}
          columns={[
            { title: t("projects.fields.commune"), dataIndex: "communeName", width: 260 },
            {
              title: t("projects.fields.address"),
              dataIndex: "addressText",
              render: (value: string) => value || none,
            },
          ]}
        />
      </Section>
    </Flex>
  );
}
