import { Alert, App, Button, Card, Flex, Form, Input, InputNumber, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../../components/error-alert";
import type { ScoringPage } from "./api";
import { useScoringAction } from "./api";

type Entry = ScoringPage["entries"][number];

/** Half points on the wire as the server wants them: "12.5", never a float that could round. */
const wire = (value: number) => (Number.isInteger(value) ? String(value) : value.toFixed(1));

/** One juror's sheet for one entry: a number per criterion (0 to its maximum, step 0.5), a remark, save. */
export function SheetCard({
  roundId,
  entry,
  criteria,
  canScore,
}: {
  roundId: string;
  entry: Entry;
  criteria: ScoringPage["criteria"];
  canScore: boolean;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm();
  const { saveSheet } = useScoringAction(roundId);
  const values = Form.useWatch([], form) as Record<string, number | string | undefined> | undefined;
  const total = criteria.reduce((sum, c) => sum + (Number(values?.[c.id]) || 0), 0);
  const title = (
    <Flex vertical>
      <Typography.Text strong>{entry.productName}</Typography.Text>
      <Typography.Text type="secondary" style={{ fontSize: 13 }}>
        {entry.establishmentName} · {entry.groupLabel}
      </Typography.Text>
    </Flex>
  );
  if (entry.conflicted) {
    return (
      <Card size="small" title={title}>
        <Alert type="info" showIcon message={t("scoring.conflicted")} />
      </Card>
    );
  }
  const initial = Object.fromEntries([
    ...criteria.map((c) => [c.id, entry.mySheet ? Number(entry.mySheet.scores[c.id]) : undefined]),
    ["note", entry.mySheet?.note ?? ""],
  ]);
  return (
    <Card size="small" title={title} extra={t("scoring.total", { total: String(total).replace(".", ",") })}>
      {saveSheet.error && saveSheet.variables?.entryId === entry.id ? (
        <ErrorAlert error={saveSheet.error} />
      ) : null}
      <Form
        form={form}
        layout="vertical"
        initialValues={initial}
        disabled={!canScore}
        onFinish={(formValues) =>
          saveSheet.mutate(
            {
              entryId: entry.id,
              scores: Object.fromEntries(criteria.map((c) => [c.id, wire(Number(formValues[c.id]))])),
              note: formValues.note ?? "",
              version: entry.mySheet?.version ?? null,
            },
            { onSuccess: () => void message.success(t("scoring.saved")) },
          )
        }
      >
        <Flex gap={12} wrap>
          {criteria.map((c) => (
            <Form.Item
              key={c.id}
              name={c.id}
              label={`${c.position}. ${c.label} (≤ ${c.maxPoints.replace(".", ",")})`}
              rules={[{ required: true }]}
              style={{ minWidth: 200, flex: "1 1 200px" }}
            >
              <InputNumber
                min={0}
                max={Number(c.maxPoints)}
                step={0.5}
                decimalSeparator=","
                style={{ width: "100%" }}
              />
            </Form.Item>
          ))}
        </Flex>
        <Form.Item name="note" label={t("scoring.note")}>
          <Input.TextArea rows={1} maxLength={2000} />
        </Form.Item>
        {canScore ? (
          <Button
            type="primary"
            htmlType="submit"
            loading={saveSheet.isPending && saveSheet.variables?.entryId === entry.id}
          >
            {t("scoring.save")}
          </Button>
        ) : null}
      </Form>
    </Card>
  );
}
