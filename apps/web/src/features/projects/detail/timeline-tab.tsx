import { ArrowRightOutlined } from "@ant-design/icons";
import type { Finding } from "@kc/domain";
import { formatDate, formatDateTime } from "@kc/domain";
import { Alert, Flex, Timeline, Typography } from "antd";
import { useTranslation } from "react-i18next";
import type { ProjectDetail, TimelineEntry } from "../../../api/types";
import { EmptyState } from "../../../components/query-state";
import { DocumentLink } from "../documents/document-link";
import { useCodeLabel } from "../labels";
import { StepDetails } from "../steps/step-details";
import { StatusTag } from "../tags";

function colorOf(entry: TimelineEntry): string {
  if (entry.code.startsWith("MONEY_")) return "green";
  if (entry.code === "PROGRESS_REPORT") return "gray";
  if (/^(REJECT|STOP|REFUSE|LEAVE_OUT|RETURN)/.test(entry.code)) return "red";
  return "blue";
}

function findings(value: unknown): Finding[] {
  return Array.isArray(value)
    ? value.filter((item): item is Finding => typeof item?.messageVi === "string")
    : [];
}

/** Tiến trình: every step with who took it, when, why (note), its documents and the warnings recorded. */
export function TimelineTab({ project }: { project: ProjectDetail }) {
  const { t } = useTranslation();
  const label = useCodeLabel();
  if (project.timeline.length === 0) return <EmptyState />;
  const documents = new Map(project.documents.map((document) => [document.id, document]));

  return (
    <Timeline
      data-testid="project-timeline"
      items={project.timeline.map((entry) => {
        const changed = entry.fromStatus !== entry.toStatus && entry.toStatus;
        const warnings = findings(entry.warnings);
        return {
          key: entry.id,
          color: colorOf(entry),
          content: (
            <Flex vertical gap={4} style={{ paddingBottom: 8 }}>
              <Flex gap={8} wrap align="center">
                <Typography.Text strong style={{ fontVariantNumeric: "tabular-nums" }}>
                  {formatDate(entry.effectiveOn)}
                </Typography.Text>
                <Typography.Text strong>{label("steps", entry.code, entry.label)}</Typography.Text>
                {changed ? (
                  <Flex gap={4} align="center">
                    {entry.fromStatus ? (
                      <>
                        <StatusTag status={{ code: entry.fromStatus, label: entry.fromStatus }} />
                        <ArrowRightOutlined aria-label={t("projects.timeline.to")} />
                      </>
                    ) : null}
                    <StatusTag status={{ code: entry.toStatus ?? "", label: entry.toStatus ?? "" }} />
                  </Flex>
                ) : null}
              </Flex>
              <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                {t("projects.timeline.by", {
                  name: entry.actorName,
                  role: label("roles", entry.actorRole),
                  at: formatDateTime(entry.at, false),
                })}
              </Typography.Text>
              {entry.note ? (
                <Typography.Paragraph style={{ margin: 0, whiteSpace: "pre-line" }}>
                  {entry.note}
                </Typography.Paragraph>
              ) : null}
              <StepDetails details={entry.details} />
              {entry.documentIds.length > 0 ? (
                <ul style={{ margin: 0, paddingInlineStart: 18 }}>
                  {entry.documentIds.map((id) => {
                    const document = documents.get(id);
                    if (!document) return null;
                    const facts = [
                      document.number
                        ? t("projects.document.numberShort", { number: document.number })
                        : null,
                      document.issuedOn ? formatDate(document.issuedOn) : null,
                      document.signer,
                    ].filter(Boolean);
                    return (
                      <li key={id}>
                        {label("documentKinds", document.kind.code, document.kind.label)}
                        {facts.length ? ` (${facts.join(", ")})` : ""}{" "}
                        <DocumentLink projectId={project.id} document={document} />
                      </li>
                    );
                  })}
                </ul>
              ) : null}
              {warnings.length > 0 ? (
                <Alert
                  type="warning"
                  showIcon
                  title={warnings.map((warning) => warning.messageVi).join("; ")}
                  style={{ padding: "4px 12px" }}
                />
              ) : null}
            </Flex>
          ),
        };
      })}
    />
  );
}
