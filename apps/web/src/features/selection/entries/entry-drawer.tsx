import { formatDate, photoAngleCodes, photoAngleLabels, productGroupLabels } from "@kc/domain";
import { App, Button, Card, Descriptions, Drawer, Flex, Image, Typography, Upload } from "antd";
import { useTranslation } from "react-i18next";
import { ActionButton } from "../../../components/action-button";
import { ErrorAlert } from "../../../components/error-alert";
import { ErrorState, LoadingSkeleton } from "../../../components/query-state";
import { usePhoneLayout } from "../../../lib/use-phone-layout";
import { type Entry, useEntry, useUploadPhoto, useWithdrawEntry } from "./api";
import { EntryDocumentsSection } from "./entry-documents-section";
import { EligibilityReasons, EntryStatusTag } from "./entry-tags";

/** One photo slot (front, side, top): the thumbnail or an empty frame, and the upload the server may refuse. */
function PhotoSlot({
  entry,
  angle,
  roundId,
}: {
  entry: Entry;
  angle: (typeof photoAngleCodes)[number];
  roundId: string;
}) {
  const { t } = useTranslation();
  const upload = useUploadPhoto(roundId);
  const photo = entry.photos.find((p) => p.angle === angle);
  const label = photoAngleLabels[angle];
  return (
    <Card size="small" title={label} style={{ width: 180 }}>
      <Flex vertical gap={8} align="center">
        {photo ? (
          <Image
            src={photo.thumbnailUrl}
            preview={{ src: photo.url }}
            alt={`${entry.productName} – ${label}`}
            width={150}
            height={150}
            style={{ objectFit: "cover" }}
          />
        ) : (
          <Flex align="center" justify="center" style={{ width: 150, height: 150, background: "#f5f5f5" }}>
            <Typography.Text type="secondary">{t("selectionEntries.photoMissing")}</Typography.Text>
          </Flex>
        )}
        {entry.actions.photos.available ? (
          <Upload
            accept="image/jpeg,image/png,image/webp"
            showUploadList={false}
            beforeUpload={(file) => {
              upload.mutate({ id: entry.id, angle, file });
              return false;
            }}
          >
            <Button size="small" loading={upload.isPending}>
              {photo ? t("selectionEntries.replace") : t("selectionEntries.upload")}
            </Button>
          </Upload>
        ) : null}
        {upload.error ? <ErrorAlert error={upload.error} /> : null}
      </Flex>
    </Card>
  );
}

/** An entry's page in a drawer: what was registered, the S1/S2 reasons, the three photos, the dossier, edit and withdraw. */
export function EntryDrawer({
  roundId,
  entryId,
  onClose,
  onEdit,
}: {
  roundId: string;
  entryId: string | null;
  onClose: () => void;
  onEdit: (entry: Entry) => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const phone = usePhoneLayout();
  const query = useEntry(entryId);
  const withdraw = useWithdrawEntry(roundId);
  const entry = query.data;
  return (
    <Drawer
      open={entryId !== null}
      onClose={onClose}
      width={phone ? "100%" : 720}
      title={entry?.productName ?? ""}
    >
      {query.isPending && entryId ? <LoadingSkeleton /> : null}
      {query.error ? <ErrorState error={query.error} onRetry={() => void query.refetch()} /> : null}
      {entry ? (
        <Flex vertical gap={16}>
          <Flex gap={8} wrap>
            <ActionButton action={entry.actions.update} onClick={() => onEdit(entry)}>
              {t("selectionEntries.edit")}
            </ActionButton>
            <ActionButton
              action={entry.actions.withdraw}
              danger
              loading={withdraw.isPending}
              confirm={{
                title: t("selectionEntries.withdrawConfirm"),
                onConfirm: () =>
                  withdraw.mutate(
                    { id: entry.id, version: entry.version },
                    { onSuccess: () => void message.success(t("selectionEntries.saved")) },
                  ),
              }}
            >
              {t("selectionEntries.withdraw")}
            </ActionButton>
          </Flex>
          {withdraw.error ? <ErrorAlert error={withdraw.error} /> : null}
          <Descriptions column={1} size="small" bordered>
            <Descriptions.Item label={t("selectionEntries.status")}>
              <EntryStatusTag status={entry.status} />
            </Descriptions.Item>
            <Descriptions.Item label={t("selectionEntries.establishment")}>
              {entry.establishmentName}
              {entry.establishmentTaxCode ? ` · ${entry.establishmentTaxCode}` : ""}
            </Descriptions.Item>
            <Descriptions.Item label={t("selectionEntries.group")}>
              {entry.productGroup}: {productGroupLabels[entry.productGroup]}
              {entry.isSet ? ` · ${t("selectionEntries.productSet")}` : ""}
            </Descriptions.Item>
            <Descriptions.Item label={t("selectionEntries.description")}>
              {entry.description || "—"}
            </Descriptions.Item>
            <Descriptions.Item label={t("selectionEntries.lowerCertificate")}>
              {entry.lowerCertificate
                ? `${entry.lowerCertificate.number} (${t("selectionEntries.validUntil").toLowerCase()} ${formatDate(entry.lowerCertificate.validUntil)})`
                : (entry.recommendationText ?? t("selectionEntries.none"))}
            </Descriptions.Item>
            <Descriptions.Item label={t("selectionEntries.eligibility")}>
              <Flex vertical gap={4}>
                <EligibilityReasons eligibility={entry.eligibility} />
                {entry.eligibility.checkedOn ? (
                  <Typography.Text type="secondary">
                    {t("selectionEntries.checkedOn", { date: formatDate(entry.eligibility.checkedOn) })}
                  </Typography.Text>
                ) : null}
              </Flex>
            </Descriptions.Item>
          </Descriptions>
          <Typography.Title level={5} style={{ margin: 0 }}>
            {t("selectionEntries.photos")}
          </Typography.Title>
          <Typography.Text type="secondary">{t("selectionEntries.photoRule")}</Typography.Text>
          <Flex gap={12} wrap>
            {photoAngleCodes.map((angle) => (
              <PhotoSlot key={angle} entry={entry} angle={angle} roundId={roundId} />
            ))}
          </Flex>
          <EntryDocumentsSection entry={entry} />
        </Flex>
      ) : null}
    </Drawer>
  );
}
