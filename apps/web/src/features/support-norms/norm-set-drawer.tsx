import { CopyOutlined, StopOutlined } from "@ant-design/icons";
import { formatDate, formatDateTime } from "@kc/domain";
import { Descriptions, type DescriptionsProps, Drawer, Flex, Tag, Typography } from "antd";
import { useTranslation } from "react-i18next";
import type { SupportNormSetDetail } from "../../api/types";
import { ActionButton } from "../../components/action-button";
import { ErrorState, LoadingSkeleton } from "../../components/query-state";
import { ConfidenceTag } from "../legal-documents/confidence-tag";
import { useSupportNormSet } from "./api";
import { NormTable } from "./norm-table";

type NormSetDrawerProps = {
  setId: string | null;
  onClose: () => void;
  /** Opens the form for a new version starting from this set. */
  onCopy: (set: SupportNormSetDetail) => void;
  onEnd: (set: SupportNormSetDetail) => void;
};

export function Validity({ validFrom, validTo }: { validFrom: string; validTo: string | null }) {
  const { t } = useTranslation();
  return validTo ? (
    <span style={{ whiteSpace: "nowrap" }}>
      {formatDate(validFrom)} – {formatDate(validTo)}
    </span>
  ) : (
    <span style={{ whiteSpace: "nowrap" }}>
      {t("supportNorms.validFromOnly", { from: formatDate(validFrom) })}
    </span>
  );
}

/** One norm set: where it comes from, when it applies, how sure we are, and its table. */
export function NormSetDrawer({ setId, onClose, onCopy, onEnd }: NormSetDrawerProps) {
  const { t } = useTranslation();
  const query = useSupportNormSet(setId);
  const set = query.data;

  const items: DescriptionsProps["items"] = set
    ? [
        {
          key: "basis",
          label: t("supportNorms.legalBasis"),
          span: 2,
          children: set.legalDocument ? (
            <span>
              <Typography.Text strong>{set.legalDocument.number}</Typography.Text> — {set.legalDocument.title}
            </span>
          ) : (
            set.legalDocumentKey
          ),
        },
        {
          key: "funding",
          label: t("supportNorms.funding"),
          children: set.provinceName
            ? `${set.fundingLevelLabel} — ${set.provinceName}`
            : set.fundingLevelLabel,
        },
        {
          key: "validity",
          label: t("supportNorms.validity"),
          children: (
            <Flex gap={8} wrap align="center">
              <Validity validFrom={set.validFrom} validTo={set.validTo} />
              {set.applies ? <Tag color="green">{t("supportNorms.applies")}</Tag> : null}
            </Flex>
          ),
        },
        {
          key: "confidence",
          label: t("supportNorms.confidenceValues"),
          children: <ConfidenceTag value={set.confidence} />,
        },
        {
          key: "datesConfidence",
          label: t("supportNorms.confidenceDates"),
          children: <ConfidenceTag value={set.datesConfidence} />,
        },
        {
          key: "source",
          label: t("supportNorms.source"),
          children: t(`supportNorms.source${set.source}`),
        },
        {
          key: "created",
          label: t("supportNorms.createdAt"),
          children: formatDateTime(set.createdAt, false),
        },
        ...(set.noteVi
          ? [{ key: "note", label: t("supportNorms.note"), span: 2, children: set.noteVi }]
          : []),
      ]
    : [];

  return (
    <Drawer
      open={Boolean(setId)}
      onClose={onClose}
      size={1180}
      title={
        set ? (
          <Flex gap={8} align="center" wrap>
            <span>{set.labelVi}</span>
            <Tag>{t("supportNorms.version", { version: set.version })}</Tag>
          </Flex>
        ) : (
          t("supportNorms.label")
        )
      }
      extra={
        set ? (
          // As the server offers them: closing a table no end date could close is greyed with the reason.
          <Flex gap={8} wrap>
            <ActionButton action={set.actions.copy} icon={<CopyOutlined />} onClick={() => onCopy(set)}>
              {t("supportNorms.copyAsNewVersion")}
            </ActionButton>
            <ActionButton
              action={set.actions.close}
              icon={<StopOutlined />}
              danger
              onClick={() => onEnd(set)}
            >
              {t("supportNorms.close")}
            </ActionButton>
          </Flex>
        ) : null
      }
      destroyOnHidden
    >
      {query.isPending ? (
        <LoadingSkeleton />
      ) : query.isError ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : set ? (
        <Flex vertical gap={24}>
          <Descriptions bordered size="small" column={2} items={items} />
          <div>
            <Typography.Title level={3} style={{ fontSize: 16 }}>
              {t("supportNorms.norms.title")}
            </Typography.Title>
            <NormTable norms={set.norms} />
          </div>
        </Flex>
      ) : null}
    </Drawer>
  );
}
