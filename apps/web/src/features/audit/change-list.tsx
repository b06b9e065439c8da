import { ArrowRightOutlined } from "@ant-design/icons";
import { Typography } from "antd";
import { useTranslation } from "react-i18next";
import type { AuditEvent } from "../../api/types";

export type AuditChange = AuditEvent["changes"][number];
type AuditValue = AuditChange["before"];

/** A list of records (yearly figures, sites, plan lines) as the small table it is. */
function ValueTable({ table }: { table: NonNullable<NonNullable<AuditValue>["table"]> }) {
  const { t } = useTranslation();
  return (
    // A wide table scrolls inside its box on a phone; a keyboard reaches that scroll by focusing the box.
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be focusable (WCAG 2.1.1)
    <section className="kc-change-table-wrap" tabIndex={0} aria-label={t("common.wideTable")}>
      <table className="kc-change-table">
        <thead>
          <tr>
            {table.columns.map((column) => (
              <th key={column} scope="col">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, index) => (
            // Rows of a snapshot have no id of their own; their position is what they are.
            // biome-ignore lint/suspicious/noArrayIndexKey: see above
            <tr key={index}>
              {row.map((cell, column) => (
                <td key={table.columns[column] ?? column}>{cell}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function Value({ value, side }: { value: AuditValue; side: "before" | "after" }) {
  const { t } = useTranslation();
  if (!value) return <Typography.Text type="secondary">{t("audit.empty")}</Typography.Text>;
  if (value.table && value.table.rows.length > 0) return <ValueTable table={value.table} />;
  return <span className={`kc-change-value kc-change-${side}`}>{value.text}</span>;
}

/**
 * The fields an audit row changed, in words: "Loại hình: Hộ kinh doanh → Hợp tác xã". The server has already
 * put names for codes and formatted money and dates; a creation shows only the new value.
 */
export function ChangeList({ changes }: { changes: AuditChange[] }) {
  const { t } = useTranslation();
  if (changes.length === 0) return <Typography.Text type="secondary">{t("audit.noChanges")}</Typography.Text>;
  return (
    <dl className="kc-change-list">
      {changes.map((change) => (
        <div key={change.field} className="kc-change">
          <dt>{change.label}</dt>
          <dd>
            {change.before ? (
              <>
                <Value value={change.before} side="before" />
                <ArrowRightOutlined className="kc-change-arrow" aria-label={t("audit.after")} />
              </>
            ) : null}
            <Value value={change.after} side="after" />
          </dd>
        </div>
      ))}
    </dl>
  );
}
