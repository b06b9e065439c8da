import { MinusCircleOutlined, PlusOutlined } from "@ant-design/icons";
import { reportColumns } from "@kc/domain";
import { Button, Flex, Form, Input, Modal, Select } from "antd";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../components/error-alert";
import { type ReportDetail, useReturnReport } from "./api";

type Values = { general?: string; cells?: { cell?: string; body?: string }[] };

/** Every cell of the report as "Row — column", for the reviewer to pin a comment on. */
function cellOptions(report: ReportDetail) {
  return report.template.sections.flatMap((section) =>
    section.rows.flatMap((row) =>
      row.columns.map((column) => ({
        value: `${row.code}/${column}`,
        label: `${row.labelVi} — ${reportColumns[column].labelVi}`,
      })),
    ),
  );
}

/**
 * Returning a report to the province: a comment on the whole report and comments pinned to cells, which the
 * province then sees beside those cells. At least one comment is needed (the server asks the same).
 */
export function ReturnReportModal(props: { report: ReportDetail; open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const returning = useReturnReport(props.report.id);
  const submit = (values: Values) => {
    const comments = [
      ...(values.general?.trim() ? [{ row: null, column: null, body: values.general.trim() }] : []),
      ...(values.cells ?? [])
        .filter((entry) => entry.cell && entry.body?.trim())
        .map((entry) => {
          const [row = "", column = ""] = (entry.cell ?? "").split("/");
          return {
            row,
            column: column as keyof typeof reportColumns,
            body: entry.body?.trim() ?? "",
          };
        }),
    ];
    returning.mutate({ version: props.report.version, comments }, { onSuccess: props.onClose });
  };
  return (
    <Modal
      open={props.open}
      title={t("reports.return.title")}
      okText={t("reports.return.submit")}
      cancelText={t("common.cancel")}
      confirmLoading={returning.isPending}
      onOk={() => form.submit()}
      onCancel={() => {
        returning.reset();
        props.onClose();
      }}
      width={640}
      destroyOnHidden
    >
      {returning.isError ? (
        <div style={{ marginBottom: 16 }}>
          <ErrorAlert error={returning.error} />
        </div>
      ) : null}
      <Form<Values> form={form} layout="vertical" onFinish={submit} initialValues={{ cells: [] }}>
        <Form.Item
          name="general"
          label={t("reports.return.general")}
          rules={[
            ({ getFieldValue }) => ({
              validator: (_, value: string | undefined) =>
                value?.trim() ||
                ((getFieldValue("cells") as Values["cells"]) ?? []).some((entry) => entry?.body?.trim())
                  ? Promise.resolve()
                  : Promise.reject(new Error(t("reports.return.commentRequired"))),
            }),
          ]}
        >
          <Input.TextArea rows={3} maxLength={4000} />
        </Form.Item>
        <Form.List name="cells">
          {(fields, { add, remove }) => (
            <Flex vertical gap={8}>
              {fields.map((field) => (
                <Flex key={field.key} gap={8} align="start" wrap>
                  <Form.Item name={[field.name, "cell"]} style={{ flex: "1 1 220px", marginBottom: 0 }}>
                    <Select
                      aria-label={t("reports.return.cell")}
                      placeholder={t("reports.return.cell")}
                      showSearch
                      optionFilterProp="label"
                      options={cellOptions(props.report)}
                    />
                  </Form.Item>
                  <Form.Item name={[field.name, "body"]} style={{ flex: "2 1 260px", marginBottom: 0 }}>
                    <Input.TextArea
                      aria-label={t("reports.return.cellComment")}
                      placeholder={t("reports.return.cellComment")}
                      rows={1}
                      autoSize
                      maxLength={4000}
                    />
                  </Form.Item>
                  <Button
                    type="text"
                    aria-label={t("reports.return.removeCell")}
                    icon={<MinusCircleOutlined />}
                    onClick={() => remove(field.name)}
                  />
                </Flex>
              ))}
              <Button icon={<PlusOutlined />} onClick={() => add({})} style={{ alignSelf: "flex-start" }}>
                {t("reports.return.addCell")}
              </Button>
            </Flex>
          )}
        </Form.List>
      </Form>
    </Modal>
  );
}
