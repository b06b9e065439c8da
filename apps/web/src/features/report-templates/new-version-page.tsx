import { DeleteOutlined, PlusOutlined } from "@ant-design/icons";
import { reportWindowRuleLabels, reportWindowRules, todayInVietnam } from "@kc/domain";
import { Alert, Button, Card, Checkbox, DatePicker, Flex, Form, Input, InputNumber, Select } from "antd";
import dayjs from "dayjs";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate, useParams } from "react-router";
import { BackToList } from "../../components/back-to-list";
import { ErrorAlert } from "../../components/error-alert";
import { PageHeader } from "../../components/page-header";
import { ErrorState, LoadingSkeleton } from "../../components/query-state";
import { FormSection } from "../../components/section";
import { isApiError } from "../../lib/api";
import { DATE_FORMAT } from "../../lib/format";
import { foldedSelectSearch } from "../../lib/text";
import { useLegalDocuments } from "../legal-documents/api";
import { useCreateVersion, useTemplateVersion } from "./api";
import { versionPath } from "./paths";
import { SectionRowsEditor } from "./section-rows-editor";
import { messagesUnder, templateErrors } from "./server-errors";
import { bodyOf, draftOf, type VersionDraft } from "./version-draft";

/**
 * "Tạo phiên bản mới" (issue 17 item 1): a copy of the selected version whose metadata, rows and narrative
 * sections the administrator changes. The server checks everything and answers every finding at once; each is
 * shown beside its field, and a gap in validity is offered for confirmation.
 */
export function NewVersionPage() {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  const navigate = useNavigate();
  const source = useTemplateVersion(id);
  const legalDocuments = useLegalDocuments({ page: 1, pageSize: 200 });
  const create = useCreateVersion(id);
  const [draft, setDraft] = useState<VersionDraft | null>(null);
  const [confirmGap, setConfirmGap] = useState(false);

  useEffect(() => {
    if (source.data && draft === null) setDraft(draftOf(source.data, todayInVietnam()));
  }, [source.data, draft]);

  if (source.isPending || (source.data && !draft)) return <LoadingSkeleton />;
  if (source.isError) return <ErrorState error={source.error} onRetry={() => void source.refetch()} />;
  if (!draft) return null;
  const version = source.data;
  const { byPath, gap, count } = templateErrors(create.error);
  const fieldError = (path: string) => {
    const messages = messagesUnder(byPath, path);
    return messages.length > 0
      ? { validateStatus: (gap ? "warning" : "error") as "warning" | "error", help: messages.join("; ") }
      : {};
  };
  const removable = new Set(version.removableRows);
  const update = (patch: Partial<VersionDraft>) => {
    setDraft({ ...draft, ...patch });
    if (create.isError) create.reset();
  };
  const conflict = isApiError(create.error) && create.error.code === "VERSION_CONFLICT";

  const submit = async () => {
    const created = await create
      .mutateAsync(bodyOf(draft, version.latest.revision, confirmGap))
      .catch(() => null);
    if (created) navigate(versionPath(created.id));
  };

  return (
    <>
      <BackToList listPath={versionPath(version.id)} label={version.titleVi} />
      <PageHeader
        title={t("reportTemplates.newTitle", { code: version.code })}
        description={t("reportTemplates.newDescription", { version: version.version })}
      />
      <Form layout="vertical" onFinish={() => void submit()}>
        <Flex vertical gap={16}>
          {conflict ? (
            <Alert
              type="warning"
              showIcon
              title={t("reportTemplates.conflictHint")}
              action={<Button onClick={() => void source.refetch()}>{t("common.reload")}</Button>}
            />
          ) : create.isError && count === 0 ? (
            <ErrorAlert error={create.error} />
          ) : create.isError ? (
            <Alert
              type={gap ? "warning" : "error"}
              showIcon
              title={isApiError(create.error) ? create.error.title : ""}
              description={t("reportTemplates.errorCount", { count })}
            />
          ) : null}
          <FormSection title={t("reportTemplates.metadata")}>
            <Flex gap={16} wrap>
              <Form.Item
                label={t("reportTemplates.validFrom")}
                required
                style={{ width: 220 }}
                {...fieldError("validFrom")}
              >
                <DatePicker
                  format={DATE_FORMAT}
                  aria-label={t("reportTemplates.validFrom")}
                  allowClear={false}
                  value={dayjs(draft.validFrom)}
                  onChange={(date) =>
                    update({ validFrom: date ? date.format("YYYY-MM-DD") : draft.validFrom })
                  }
                />
              </Form.Item>
              <Form.Item
                label={t("reportTemplates.legalDocument")}
                required
                style={{ flex: "1 1 280px", minWidth: 0 }}
                {...fieldError("legalDocumentId")}
              >
                <Select
                  aria-label={t("reportTemplates.legalDocument")}
                  showSearch={foldedSelectSearch}
                  loading={legalDocuments.isPending}
                  value={draft.legalDocumentId || undefined}
                  onChange={(legalDocumentId: string) => update({ legalDocumentId })}
                  options={(legalDocuments.data?.items ?? []).map((document) => ({
                    value: document.id,
                    label: `${document.number} — ${document.title}`,
                  }))}
                />
              </Form.Item>
            </Flex>
            <Form.Item label={t("reportTemplates.titleLabel")} required {...fieldError("titleVi")}>
              <Input
                aria-label={t("reportTemplates.titleLabel")}
                value={draft.titleVi}
                onChange={(event) => update({ titleVi: event.target.value })}
              />
            </Form.Item>
            <Flex gap={16} wrap>
              <Form.Item
                label={t("reportTemplates.deadlineLabel")}
                style={{ width: 280 }}
                {...fieldError("deadlineDaysAfterWindow")}
              >
                <InputNumber
                  aria-label={t("reportTemplates.deadlineLabel")}
                  min={0}
                  max={365}
                  value={draft.deadlineDaysAfterWindow}
                  onChange={(value) => update({ deadlineDaysAfterWindow: value ?? 0 })}
                />
              </Form.Item>
              <Form.Item
                label={t("reportTemplates.windowLabel")}
                style={{ flex: "1 1 280px", minWidth: 0 }}
                {...fieldError("windowRule")}
              >
                <Select
                  aria-label={t("reportTemplates.windowLabel")}
                  value={draft.windowRule}
                  onChange={(windowRule: VersionDraft["windowRule"]) => update({ windowRule })}
                  options={reportWindowRules.map((rule) => ({
                    value: rule,
                    label: reportWindowRuleLabels[rule],
                  }))}
                />
              </Form.Item>
            </Flex>
            {gap ? (
              <Checkbox checked={confirmGap} onChange={(event) => setConfirmGap(event.target.checked)}>
                {t("reportTemplates.confirmGap")}
              </Checkbox>
            ) : null}
          </FormSection>
          <FormSection title={t("reportTemplates.rows")}>
            <Flex vertical gap={24}>
              {draft.sections.map((section, index) => (
                <SectionRowsEditor
                  key={section.code}
                  section={section}
                  sectionIndex={index}
                  removable={removable}
                  errors={byPath}
                  onChange={(next) =>
                    update({ sections: draft.sections.map((s, i) => (i === index ? next : s)) })
                  }
                />
              ))}
            </Flex>
          </FormSection>
          <FormSection title={t("reportTemplates.narrative")}>
            <Flex vertical gap={8}>
              {draft.narrative.map((item, index) => (
                <Flex key={item.code} gap={8} align="flex-start">
                  <Form.Item style={{ flex: 1, marginBottom: 0 }} {...fieldError(`narrative.${index}`)}>
                    <Input
                      aria-label={`${t("reportTemplates.narrativeTitle")} ${index + 1}`}
                      value={item.titleVi}
                      onChange={(event) =>
                        update({
                          narrative: draft.narrative.map((n, i) =>
                            i === index ? { ...n, titleVi: event.target.value } : n,
                          ),
                        })
                      }
                    />
                  </Form.Item>
                  <Button
                    danger
                    icon={<DeleteOutlined />}
                    aria-label={`${t("reportTemplates.removeNarrative")} ${index + 1}`}
                    onClick={() => update({ narrative: draft.narrative.filter((_, i) => i !== index) })}
                  />
                </Flex>
              ))}
              <div>
                <Button
                  icon={<PlusOutlined />}
                  onClick={() =>
                    update({
                      narrative: [
                        ...draft.narrative,
                        { code: `MUC_${draft.narrative.length + 1}_MOI`, titleVi: "" },
                      ],
                    })
                  }
                >
                  {t("reportTemplates.addNarrative")}
                </Button>
              </div>
            </Flex>
          </FormSection>
          <Card variant="outlined" className="kc-form-actions">
            <Flex gap={8} justify="flex-end">
              <Button onClick={() => navigate(versionPath(version.id))}>{t("reportTemplates.cancel")}</Button>
              <Button type="primary" htmlType="submit" loading={create.isPending}>
                {t("reportTemplates.create")}
              </Button>
            </Flex>
          </Card>
        </Flex>
      </Form>
    </>
  );
}
