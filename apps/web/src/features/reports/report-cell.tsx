import { CommentOutlined, LinkOutlined, WarningOutlined } from "@ant-design/icons";
import { type ReportColumn, reportColumns, reportValueKindLabels } from "@kc/domain";
import { Flex, Input, Tag, Tooltip, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { AmountInput } from "../../components/amount-input";
import type { ReportCell as Cell, ReportCheck, ReportComment } from "./api";
import { editableText, type ReportDraft } from "./report-draft";

/** The server's links to records are paths under the app ("/de-an?provinceId=…&year=…"). */
const recordsPath = (href: string) => (href.startsWith("/app/") ? href : `/app${href}`);

type Props = {
  row: { code: string; labelVi: string; unit: { kind: "MONEY" | "COUNT" } };
  column: ReportColumn;
  cell: Cell | undefined;
  missing: boolean;
  failing: ReportCheck[];
  comments: ReportComment[];
  /** The caller may edit the report now (a figure read from the records stays as read). */
  editable: boolean;
  draft: ReportDraft;
};

/**
 * One figure of the report. A pre-filled figure is shown with a link to the records it was read from (editing the
 * records, not the cell, changes it); a manual one is a box for who may fill. Beside it: the generated checks it
 * fails (stated, recomputed, difference) and the reviewer's comments on it.
 */
export function ReportCellView({ row, column, cell, missing, failing, comments, editable, draft }: Props) {
  const { t } = useTranslation();
  const key = `${row.code}/${column}`;
  const label = `${row.labelVi} — ${reportColumns[column].labelVi}`;
  const typed = draft.typed(key);
  const value = typed ?? editableText(column, cell?.value);
  const percent = reportColumns[column].kind === "PERCENT";
  const boxed = editable && cell?.source !== "PREFILLED";
  const flagged = failing.length > 0 || (missing && typed === undefined);
  return (
    <Flex vertical gap={4} data-cell={key}>
      {boxed ? (
        percent ? (
          <Input
            aria-label={label}
            size="small"
            inputMode="decimal"
            value={value}
            suffix="%"
            status={flagged ? "error" : undefined}
            onChange={(event) => draft.setCell(row.code, column, event.target.value)}
          />
        ) : (
          <AmountInput
            aria-label={label}
            size="small"
            value={value || null}
            unit={row.unit.kind === "MONEY" ? "đ" : undefined}
            status={flagged ? "error" : undefined}
            onChange={(next) => draft.setCell(row.code, column, next ?? "")}
          />
        )
      ) : (
        <Typography.Text strong={cell !== undefined} type={cell ? undefined : "secondary"}>
          {cell?.text ?? (missing ? t("reports.cell.missing") : "—")}
        </Typography.Text>
      )}
      {cell?.valueKind === "ESTIMATE" ? (
        <Tag color="gold" style={{ alignSelf: "flex-start", marginInlineEnd: 0 }}>
          {reportValueKindLabels.ESTIMATE}
        </Tag>
      ) : null}
      {cell?.source === "PREFILLED" && cell.records ? (
        <Link to={recordsPath(cell.records.href)} style={{ fontSize: 12 }}>
          <LinkOutlined /> {t("reports.cell.fromRecords")}
        </Link>
      ) : null}
      {failing.map((check) => (
        <Typography.Text key={check.id} type="danger" style={{ fontSize: 12 }}>
          <WarningOutlined />{" "}
          {t("reports.cell.failing", {
            computed: check.result.computed,
            difference: check.result.difference,
          })}
        </Typography.Text>
      ))}
      {comments.map((comment) => (
        <Tooltip key={comment.id} title={`${comment.createdByName}`}>
          <Typography.Text type="warning" style={{ fontSize: 12 }}>
            <CommentOutlined /> {comment.body}
          </Typography.Text>
        </Tooltip>
      ))}
    </Flex>
  );
}
