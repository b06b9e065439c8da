import { DownloadOutlined } from "@ant-design/icons";
import { Button, Card, Table, Tag, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { ErrorState, LoadingSkeleton } from "../../../components/query-state";
import { type ScoringSummary, summaryXlsxUrl, useScoringSummary } from "./api";

type Row = ScoringSummary["rows"][number];

/** The summary minute on screen, in rank order, each juror's total or why there is none; the .xlsx beside it. */
export function SummaryTable({ roundId }: { roundId: string }) {
  const { t } = useTranslation();
  const summary = useScoringSummary(roundId, true);
  if (summary.isPending) return <LoadingSkeleton />;
  if (summary.error) return <ErrorState error={summary.error} />;
  const { jurors, rows } = summary.data;
  return (
    <Card
      variant="outlined"
      title={t("scoring.summary")}
      extra={
        <Button icon={<DownloadOutlined />} href={summaryXlsxUrl(roundId)}>
          {t("scoring.downloadXlsx")}
        </Button>
      }
    >
      <Table<Row>
        size="small"
        rowKey="entryId"
        pagination={false}
        dataSource={rows}
        scroll={{ x: "max-content" }}
        columns={[
          { title: t("scoring.rank"), dataIndex: "rank", width: 64, fixed: "left" },
          {
            title: t("scoring.product"),
            key: "product",
            width: 240,
            render: (_, row) => (
              <>
                <Typography.Text strong>{row.productName}</Typography.Text>
                <br />
                <Typography.Text type="secondary">{row.establishmentName}</Typography.Text>
              </>
            ),
          },
          {
            title: t("scoring.mean"),
            dataIndex: "meanText",
            width: 120,
            align: "right",
          },
          {
            title: t("scoring.passes"),
            key: "passes",
            width: 130,
            render: (_, row) =>
              row.passes ? (
                <Tag color="green">{t("scoring.threshold.passes")}</Tag>
              ) : (
                <Tag>{t("scoring.threshold.below")}</Tag>
              ),
          },
          ...jurors.map((juror) => ({
            title: juror.name,
            key: juror.memberId,
            width: 120,
            align: "right" as const,
            render: (_: unknown, row: Row) => {
              const cell = row.totals.find((total) => total.memberId === juror.memberId);
              if (cell?.conflicted)
                return <Typography.Text type="secondary">{t("scoring.notScoring")}</Typography.Text>;
              return cell?.total ?? t("scoring.missing");
            },
          })),
          {
            title: t("scoring.proposed"),
            key: "proposed",
            width: 120,
            render: (_, row) => (row.proposed ? <Tag color="blue">{t("scoring.proposed")}</Tag> : null),
          },
        ]}
      />
      <Typography.Paragraph type="secondary" style={{ marginTop: 12 }}>
        {t("scoring.roundingNote")}
      </Typography.Paragraph>
    </Card>
  );
}
