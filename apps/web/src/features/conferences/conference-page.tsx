import { DownloadOutlined, EditOutlined, FileOutlined, PlusOutlined } from "@ant-design/icons";
import { formatDate } from "@kc/domain";
import { App, Button, Card, Descriptions, Flex, List, Result, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useParams } from "react-router";
import { BackToList } from "../../components/back-to-list";
import { PageHeader } from "../../components/page-header";
import { ErrorState, LoadingSkeleton } from "../../components/query-state";
import { Section } from "../../components/section";
import { isApiError } from "../../lib/api";
import { downloadFile } from "../../lib/download";
import { useConferencePage } from "./api";
import { ConferenceForm } from "./conference-form";
import { CONFERENCES_PATH } from "./paths";
import { ResolutionForm } from "./resolution-form";

/** One conference: who hosted and organised it, the flag handed on, its resolutions and the pack to download. */
export function ConferencePage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { id = "" } = useParams();
  const page = useConferencePage(id);
  const [downloading, setDownloading] = useState(false);
  const [editing, setEditing] = useState(false);
  const [adding, setAdding] = useState(false);
  if (page.isPending) return <LoadingSkeleton />;
  if (page.isError) {
    if (isApiError(page.error) && page.error.status === 404) {
      return (
        <Result
          status="404"
          title={t("conferences.notFoundTitle")}
          subTitle={t("conferences.notFound")}
          extra={<BackToList listPath={CONFERENCES_PATH} label={t("conferences.backToList")} />}
        />
      );
    }
    return <ErrorState error={page.error} onRetry={() => void page.refetch()} />;
  }
  const { conference: c, resolutions, canEdit } = page.data;
  const base = `/conferences/${encodeURIComponent(c.id)}`;
  const download = async (path: string, name: string) => {
    setDownloading(true);
    try {
      await downloadFile(path, {}, name);
    } catch (error) {
      void message.error(isApiError(error) ? error.displayMessage : t("errors.unexpected"));
    } finally {
      setDownloading(false);
    }
  };
  return (
    <>
      <BackToList listPath={CONFERENCES_PATH} label={t("conferences.backToList")} />
      <PageHeader
        title={c.title}
        description={`${c.regionLabel} · ${formatDate(c.heldOn)} · ${c.host.name}`}
        extra={
          <Flex gap={8} wrap>
            {canEdit ? (
              <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>
                {t("conferences.edit")}
              </Button>
            ) : null}
            <Button
              type="primary"
              icon={<DownloadOutlined />}
              loading={downloading}
              onClick={() => void download(`${base}/pack.docx`, `${c.title}.docx`)}
            >
              {t("conferences.downloadPack")}
            </Button>
          </Flex>
        }
      />
      <Card variant="outlined" style={{ marginBottom: 16 }}>
        <Descriptions column={{ xs: 1, md: 2 }} bordered size="small">
          <Descriptions.Item label={t("conferences.region")}>{c.regionLabel}</Descriptions.Item>
          <Descriptions.Item label={t("conferences.heldOn")}>{formatDate(c.heldOn)}</Descriptions.Item>
          <Descriptions.Item label={t("conferences.host")}>{c.host.name}</Descriptions.Item>
          <Descriptions.Item label={t("conferences.nextHost")}>
            {c.nextHost?.name ?? t("conferences.unknown")}
          </Descriptions.Item>
          <Descriptions.Item label={t("conferences.venue")}>{c.venue || "—"}</Descriptions.Item>
          <Descriptions.Item label={t("conferences.period")}>
            {formatDate(c.periodFrom)} – {formatDate(c.periodTo)}
          </Descriptions.Item>
          <Descriptions.Item label={t("conferences.organisers")} span={2}>
            {c.organisers}
          </Descriptions.Item>
          {c.note ? (
            <Descriptions.Item label={t("conferences.note")} span={2}>
              {c.note}
            </Descriptions.Item>
          ) : null}
        </Descriptions>
      </Card>
      <Section
        title={t("conferences.resolutions")}
        extra={
          canEdit ? (
            <Button icon={<PlusOutlined />} onClick={() => setAdding(true)}>
              {t("conferences.addResolution")}
            </Button>
          ) : null
        }
      >
        <List
          bordered
          dataSource={resolutions}
          locale={{ emptyText: t("conferences.noResolutions") }}
          renderItem={(r, index) => (
            <List.Item
              actions={
                r.file
                  ? [
                      <Button
                        key="file"
                        type="link"
                        icon={<FileOutlined />}
                        onClick={() =>
                          void download(
                            `${base}/resolutions/${encodeURIComponent(r.id)}/file`,
                            r.file?.name ?? "van-ban",
                          )
                        }
                      >
                        {t("conferences.downloadFile")}
                      </Button>,
                    ]
                  : []
              }
            >
              <Typography.Paragraph style={{ marginBottom: 0 }}>
                {index + 1}. {r.text}
                {r.documentNumber ? ` (${r.documentNumber})` : ""}
              </Typography.Paragraph>
            </List.Item>
          )}
        />
      </Section>
      {editing ? (
        <ConferenceForm
          key={c.version}
          conference={c}
          onClose={() => setEditing(false)}
          reload={() => page.refetch()}
        />
      ) : null}
      {adding ? <ResolutionForm conferenceId={c.id} onClose={() => setAdding(false)} /> : null}
    </>
  );
}
