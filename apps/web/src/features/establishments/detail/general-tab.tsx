import { formatDateTime } from "@kc/domain";
import { Descriptions, type DescriptionsProps, Flex, Table, Tag, Typography } from "antd";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { EstablishmentDetail, EstablishmentSite } from "../../../api/types";
import { EmptyState } from "../../../components/query-state";
import { websiteHref } from "../display";
import { StatusTag } from "../tags";

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section aria-label={title}>
      <Typography.Title level={2} style={{ fontSize: 16, marginTop: 0 }}>
        {title}
      </Typography.Title>
      {children}
    </section>
  );
}

/** "Thông tin chung": identity, address, industries and products, production sites, contacts. */
export function GeneralTab({ establishment: e }: { establishment: EstablishmentDetail }) {
  const { t } = useTranslation();
  const none = t("common.none");
  const text = (value: string | null | undefined) => (value?.trim() ? value : none);
  const descriptions = (items: DescriptionsProps["items"]) => (
    <Descriptions bordered size="small" column={{ xs: 1, md: 2 }} items={items} />
  );

  return (
    <Flex vertical gap={24}>
      <Section title={t("establishments.sections.identity")}>
        {descriptions([
          { key: "name", label: t("establishments.name"), children: e.name, span: "filled" },
          { key: "legalForm", label: t("establishments.legalForm"), children: e.legalFormLabel },
          { key: "subject", label: t("establishments.subjectClass"), children: e.subjectClassLabel },
          { key: "tax", label: t("establishments.taxCode"), children: text(e.taxCode) },
          { key: "reg", label: t("establishments.businessRegNo"), children: text(e.businessRegNo) },
          { key: "owner", label: t("establishments.owner"), children: text(e.ownerName) },
          {
            key: "support",
            label: t("establishments.hasSupport"),
            children: e.hasSupport ? t("common.yes") : t("common.no"),
          },
        ])}
      </Section>
      <Section title={t("establishments.sections.address")}>
        {descriptions([
          { key: "province", label: t("establishments.province"), children: e.province.name },
          { key: "commune", label: t("establishments.commune"), children: e.commune.name },
          {
            key: "address",
            label: t("establishments.address"),
            children: text(e.addressText),
            span: "filled",
          },
        ])}
      </Section>
      <Section title={t("establishments.sections.industries")}>
        {descriptions([
          {
            key: "industries",
            label: t("establishments.industries"),
            span: "filled",
            children:
              e.industries.length === 0 ? (
                none
              ) : (
                <Flex gap={4} wrap>
                  {e.industries.map((industry) => (
                    <Tag key={industry.code} style={{ marginInlineEnd: 0 }}>
                      {industry.label}
                    </Tag>
                  ))}
                </Flex>
              ),
          },
          {
            key: "vsic",
            label: t("establishments.vsicCodes"),
            span: "filled",
            children: e.vsicCodes.length === 0 ? none : e.vsicCodes.join(", "),
          },
          {
            key: "products",
            label: t("establishments.mainProducts"),
            children: text(e.mainProducts),
            span: "filled",
          },
        ])}
      </Section>
      <Section title={t("establishments.sections.sites")}>
        <Table<EstablishmentSite & { key: number }>
          size="small"
          pagination={false}
          dataSource={e.sites.map((site, index) => ({ ...site, key: index }))}
          locale={{ emptyText: <EmptyState description={t("establishments.noSites")} /> }}
          columns={[
            {
              title: t("establishments.province"),
              dataIndex: "provinceName",
              width: 200,
              render: (name: string | null) => name ?? none,
            },
            { title: t("establishments.commune"), dataIndex: "communeName", width: 220 },
            { title: t("establishments.address"), dataIndex: "addressText" },
          ]}
        />
      </Section>
      <Section title={t("establishments.sections.contacts")}>
        {descriptions([
          { key: "phone", label: t("establishments.phone"), children: text(e.phone) },
          {
            key: "email",
            label: t("establishments.email"),
            children: e.email ? (
              <Typography.Link href={`mailto:${e.email}`}>{e.email}</Typography.Link>
            ) : (
              none
            ),
          },
          {
            key: "website",
            label: t("establishments.website"),
            span: "filled",
            children:
              e.website && websiteHref(e.website) ? (
                <Typography.Link
                  href={websiteHref(e.website) ?? undefined}
                  target="_blank"
                  rel="noopener noreferrer"
                >
                  {e.website}
                </Typography.Link>
              ) : (
                text(e.website)
              ),
          },
        ])}
      </Section>
      <Section title={t("establishments.sections.record")}>
        {descriptions([
          { key: "status", label: t("establishments.status"), children: <StatusTag status={e.status} /> },
          { key: "created", label: t("establishments.createdAt"), children: formatDateTime(e.createdAt) },
          { key: "updated", label: t("establishments.updatedAt"), children: formatDateTime(e.updatedAt) },
        ])}
      </Section>
    </Flex>
  );
}
