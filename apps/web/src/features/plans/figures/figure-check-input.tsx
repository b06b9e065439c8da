import {
  checkStatements,
  type FigureCheckResult,
  parseTypedReport,
  statementsFromRows,
  type TypedCheckKind,
  type TypedCheckRow,
  type TypedReportError,
  typedCheckKinds,
} from "@kc/domain";
import {
  Alert,
  Button,
  Card,
  Flex,
  Input,
  Select,
  Table,
  type TableColumnsType,
  Tag,
  Typography,
} from "antd";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";

const numeric = { fontVariantNumeric: "tabular-nums" as const, whiteSpace: "nowrap" as const };

/** A row being edited: the two figures every kind needs, and any further parts of a total. */
type EditRow = { key: number; labelVi: string; kind: TypedCheckKind; printed: string; figures: string[] };

let nextKey = 1;
const emptyRow = (): EditRow => ({
  key: nextKey++,
  labelVi: "",
  kind: "PERCENT",
  printed: "",
  figures: ["", ""],
});
const toEdit = (row: TypedCheckRow): EditRow => ({
  key: nextKey++,
  ...row,
  figures: [row.figures[0] ?? "", row.figures[1] ?? "", ...row.figures.slice(2)],
});

/** The Southern report of 2018 (DOMAIN §2.1), as a user would type it: an example that shows both verdicts. */
const EXAMPLE = [
  "Thực hiện 2017 so với kế hoạch 2017\tTỷ lệ\t84,12 %\t57.615,3\t68.495,1",
  "Kế hoạch 2018 so với kế hoạch 2017\tTăng trưởng\t+1,08 %\t73.781\t68.495,1",
  "Thực hiện 7 tháng 2018 theo nguồn (KCQG + KCĐP)\tTổng\t19.619,2\t7.029,4\t12.594,3",
].join("\n");

/** The typed rows as the domain reads them: parts beyond the second come from the ";"-separated field. */
function typedRows(rows: readonly EditRow[]): TypedCheckRow[] {
  return rows.map((row) => ({
    labelVi: row.labelVi,
    kind: row.kind,
    printed: row.printed,
    figures: [
      row.figures[0] ?? "",
      row.figures[1] ?? "",
      ...row.figures
        .slice(2)
        .join(";")
        .split(";")
        .map((part) => part.trim())
        .filter((part) => part !== ""),
    ],
  }));
}

function RowEditor({
  row,
  index,
  onChange,
  onRemove,
}: {
  row: EditRow;
  index: number;
  onChange: (row: EditRow) => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  const n = index + 1;
  const label = (name: string) => `${t("dashboard.figureCheck.rowNumber", { row: n })}: ${name}`;
  const setFigure = (at: number, value: string) => {
    const figures = [...row.figures];
    figures[at] = value;
    onChange({ ...row, figures });
  };
  return (
    <Card size="small" data-testid="figure-check-row" styles={{ body: { padding: 12 } }}>
      <Flex wrap gap={8} align="flex-end">
        <Input
          aria-label={label(t("dashboard.figureCheck.label"))}
          placeholder={t("dashboard.figureCheck.label")}
          style={{ flex: "1 1 260px" }}
          value={row.labelVi}
          onChange={(event) => onChange({ ...row, labelVi: event.target.value })}
        />
        <Select<TypedCheckKind>
          aria-label={label(t("dashboard.figureCheck.kind"))}
          style={{ flex: "0 1 200px", minWidth: 160 }}
          value={row.kind}
          onChange={(kind) => onChange({ ...row, kind })}
          options={typedCheckKinds.map((kind) => ({
            value: kind,
            label: t(`dashboard.figureCheck.kinds.${kind}`),
          }))}
        />
        <Input
          aria-label={label(t("dashboard.figureCheck.printed"))}
          placeholder={t("dashboard.figureCheck.printed")}
          inputMode="decimal"
          style={{ flex: "0 1 120px", minWidth: 100 }}
          value={row.printed}
          onChange={(event) => onChange({ ...row, printed: event.target.value })}
        />
        {[0, 1].map((at) => (
          <Input
            key={at}
            aria-label={label(t(at === 0 ? "dashboard.figureCheck.first" : "dashboard.figureCheck.second"))}
            placeholder={t(at === 0 ? "dashboard.figureCheck.first" : "dashboard.figureCheck.second")}
            inputMode="decimal"
            style={{ flex: "0 1 130px", minWidth: 100 }}
            value={row.figures[at] ?? ""}
            onChange={(event) => setFigure(at, event.target.value)}
          />
        ))}
        {row.kind === "SUM" ? (
          <Input
            aria-label={label(t("dashboard.figureCheck.more"))}
            placeholder={t("dashboard.figureCheck.more")}
            style={{ flex: "1 1 200px" }}
            value={row.figures.slice(2).join("; ")}
            onChange={(event) =>
              onChange({ ...row, figures: [...row.figures.slice(0, 2), event.target.value] })
            }
          />
        ) : null}
        <Button onClick={onRemove} aria-label={t("dashboard.figureCheck.removeRow", { row: n })}>
          ✕
        </Button>
      </Flex>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t(`dashboard.figureCheck.hints.${row.kind}`)}
      </Typography.Text>
    </Card>
  );
}

function Results({ results }: { results: FigureCheckResult[] }) {
  const { t } = useTranslation();
  const columns: TableColumnsType<FigureCheckResult> = [
    { title: t("dashboard.figureCheck.label"), dataIndex: "labelVi", fixed: "left", width: 200 },
    {
      title: t("dashboard.figureCheck.stated"),
      key: "stated",
      align: "right",
      render: (_, r) => <span style={numeric}>{r.stated}</span>,
    },
    {
      title: t("dashboard.figureCheck.computed"),
      key: "computed",
      align: "right",
      render: (_, r) => <span style={numeric}>{r.computed}</span>,
    },
    {
      title: t("dashboard.figureCheck.difference"),
      key: "difference",
      align: "right",
      render: (_, r) => <span style={numeric}>{r.difference}</span>,
    },
    {
      title: t("dashboard.figureCheck.verdict"),
      key: "verdict",
      render: (_, r) =>
        r.ok ? (
          <Tag color="green">{t("dashboard.figureCheck.ok")}</Tag>
        ) : (
          <Tag color="red">{t("dashboard.figureCheck.mismatch")}</Tag>
        ),
    },
    { title: t("dashboard.figureCheck.finding"), key: "finding", render: (_, r) => r.flag?.messageVi ?? "" },
  ];
  return (
    <Flex vertical gap={8}>
      <Typography.Text strong>
        {t("dashboard.figureCheck.summary", {
          ok: results.filter((r) => r.ok).length,
          total: results.length,
        })}
      </Typography.Text>
      <Table<FigureCheckResult>
        data-testid="figure-check-own-results"
        rowKey="id"
        size="small"
        pagination={false}
        columns={columns}
        dataSource={results}
        scroll={{ x: 900 }}
      />
    </Flex>
  );
}

/**
 * "Kiểm tra báo cáo của bạn": the figure checker on a report the user types in or pastes from Excel or Word (its
 * own printed values, not only the demo preset). The rows are read and checked by the domain's figure engine, the
 * same code the server runs on the preset reports; nothing is stored, so nothing is sent. A cell it cannot read is
 * named with its row, and no result is shown until every row reads.
 */
export function FigureCheckInput() {
  const { t } = useTranslation();
  const pasteId = useId();
  const [paste, setPaste] = useState("");
  const [rows, setRows] = useState<EditRow[]>(() => [emptyRow()]);
  const [errors, setErrors] = useState<TypedReportError[]>([]);
  const [results, setResults] = useState<FigureCheckResult[] | null>(null);

  const readPaste = (text: string) => {
    const parsed = parseTypedReport(text);
    setErrors(parsed.errors);
    setResults(null);
    if (parsed.rows.length > 0) setRows(parsed.rows.map(toEdit));
  };
  const check = () => {
    const { statements, errors: found } = statementsFromRows(typedRows(rows));
    setErrors(found);
    setResults(found.length === 0 ? checkStatements(statements) : null);
  };
  const update = (index: number, row: EditRow) => {
    setRows((current) => current.map((r, i) => (i === index ? row : r)));
    setResults(null);
  };

  return (
    <Card size="small" title={t("dashboard.figureCheck.title")} data-testid="figure-check-input">
      <Flex vertical gap={12}>
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          {t("dashboard.figureCheck.intro")}
        </Typography.Paragraph>
        <div>
          <label htmlFor={pasteId} style={{ display: "block", marginBottom: 4, fontWeight: 500 }}>
            {t("dashboard.figureCheck.pasteLabel")}
          </label>
          <Input.TextArea
            id={pasteId}
            rows={3}
            value={paste}
            placeholder={t("dashboard.figureCheck.pastePlaceholder")}
            onChange={(event) => setPaste(event.target.value)}
          />
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t("dashboard.figureCheck.pasteHelp")}
          </Typography.Text>
          <Flex gap={8} wrap style={{ marginTop: 8 }}>
            <Button onClick={() => readPaste(paste)} disabled={paste.trim() === ""}>
              {t("dashboard.figureCheck.readPaste")}
            </Button>
            <Button
              onClick={() => {
                setPaste(EXAMPLE);
                readPaste(EXAMPLE);
              }}
            >
              {t("dashboard.figureCheck.loadExample")}
            </Button>
          </Flex>
        </div>
        {rows.map((row, index) => (
          <RowEditor
            key={row.key}
            row={row}
            index={index}
            onChange={(changed) => update(index, changed)}
            onRemove={() => setRows((current) => current.filter((r) => r.key !== row.key))}
          />
        ))}
        <Flex gap={8} wrap>
          <Button onClick={() => setRows((current) => [...current, emptyRow()])}>
            {t("dashboard.figureCheck.addRow")}
          </Button>
          <Button type="primary" onClick={check} disabled={rows.length === 0}>
            {t("dashboard.figureCheck.check")}
          </Button>
        </Flex>
        {errors.length > 0 ? (
          <Alert
            type="error"
            showIcon
            data-testid="figure-check-errors"
            message={t("dashboard.figureCheck.errorsTitle")}
            description={
              <ul style={{ margin: 0, paddingLeft: 20 }}>
                {errors.map((error) => (
                  <li key={`${error.row}-${error.code}-${error.field ?? ""}`}>{error.messageVi}</li>
                ))}
              </ul>
            }
          />
        ) : null}
        {results ? <Results results={results} /> : null}
      </Flex>
    </Card>
  );
}
