import { formatDate, formatDateTime } from "@kc/domain";
import { Descriptions, Flex, Tag, Typography } from "antd";
import { useTranslation } from "react-i18next";
import type { ProjectDetail } from "../../../api/types";
import { Section } from "../../../components/section";
import { useCodeOptions as useCatalogueOptions } from "../../catalogues/code-options";
import { useCodeLabel } from "../labels";
import { MoneySummary } from "../money/money-summary";
import { OverdueTag, StatusTag } from "../tags";

/** Tổng quan: the dossier's fields, its status and the money summary. */
export function OverviewTab({ project: p }: { project: ProjectDetail }) {
  const { t } = useTranslation();
  const label = useCodeLabel();
  const industries = useCatalogueOptions("ELIGIBLE_INDUSTRY");
  const none = t("common.none");
  const industryLabel = (code: string) =>
    industries.options.find((option) => option.value === code)?.label ?? code;
  const flags = Object.entries(p.flags).filter(([, on]) => on);
  const tags = (items: string[]) =>
    items.length === 0 ? (
      none
    ) : (
      <Flex gap={4} wrap>
        {items.map((item) => (
          <Tag key={item} style={{ marginInlineEnd: 0, whiteSpace: "normal" }}>
            {item}
          </Tag>
        ))}
      </Flex>
    );

  return (
    <Flex vertical gap={24}>
      <Section title={t("projects.sections.status")}>
        <Descriptions
          bordered
          size="small"
          column={{ xs: 1, md: 2 }}
          items={[
            {
              key: "status",
              label: t("projects.fields.status"),
              children: (
                <Flex gap={6} wrap>
                  <StatusTag status={p.status} />
                  {p.overdue ? <OverdueTag /> : null}
                </Flex>
              ),
            },
            {
              key: "since",
              label: t("projects.fields.statusChangedAt"),
              children: formatDateTime(p.statusChangedAt),
            },
            {
              key: "contract",
              label: t("projects.fields.contractSignedOn"),
              children: p.contractSignedOn ? formatDate(p.contractSignedOn) : none,
            },
            {
              key: "pending",
              label: t("projects.fields.pendingAdjustment"),
              children: p.pendingAdjustment?.length
                ? tags(p.pendingAdjustment.map((code) => label("adjustmentTypes", code)))
                : none,
            },
          ]}
        />
      </Section>
      <Section title={t("projects.sections.money")}>
        <MoneySummary project={p} />
      </Section>
      <Section title={t("projects.sections.dossier")}>
        <Descriptions
          bordered
          size="small"
          column={{ xs: 1, md: 2 }}
          items={[
            { key: "code", label: t("projects.fields.code"), children: p.code },
            { key: "year", label: t("projects.fields.planYear"), children: p.planYear },
            { key: "title", label: t("projects.fields.title"), children: p.title, span: "filled" },
            {
              key: "kind",
              label: t("projects.fields.kind"),
              children: label("kinds", p.kind.code, p.kind.label),
            },
            {
              key: "funding",
              label: t("projects.fields.fundingLevel"),
              children: [
                label("fundingLevels", p.fundingLevel.code, p.fundingLevel.label),
                p.localLevel ? label("localLevels", p.localLevel) : null,
              ]
                .filter(Boolean)
                .join(" · "),
            },
            {
              key: "province",
              label: t("projects.fields.province"),
              children: p.province?.name ?? t("projects.noProvince"),
            },
            {
              key: "method",
              label: t("projects.fields.selectionMethod"),
              children: label("selectionMethods", p.selectionMethod),
            },
            {
              key: "implementer",
              label: t("projects.fields.implementerName"),
              children: p.implementerName,
              span: "filled",
            },
            {
              key: "start",
              label: t("projects.fields.startDate"),
              children: formatDate(p.startDate) || none,
            },
            { key: "end", label: t("projects.fields.endDate"), children: formatDate(p.endDate) || none },
            {
              key: "activities",
              label: t("projects.fields.activities"),
              span: "filled",
              children: tags(p.activities.map((a) => label("activities", a.code, a.label))),
            },
            {
              key: "industries",
              label: t("projects.fields.industries"),
              span: "filled",
              children: tags(p.industries.map(industryLabel)),
            },
            {
              key: "flags",
              label: t("projects.fields.flags"),
              span: "filled",
              children: tags(flags.map(([flag]) => label("flags", flag))),
            },
            {
              key: "priority",
              label: t("projects.fields.priorityMultiplier"),
              span: "filled",
              children:
                p.priorityMultiplierBps === null
                  ? none
                  : `×${new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 2 }).format(p.priorityMultiplierBps / 10_000)}`,
            },
            {
              key: "summary",
              label: t("projects.fields.summary"),
              span: "filled",
              children: p.summary ? (
                <Typography.Paragraph style={{ margin: 0, whiteSpace: "pre-line" }}>
                  {p.summary}
                </Typography.Paragraph>
              ) : (
                none
              ),
            },
          ]}
        />
      </Section>
    </Flex>
  );
}
