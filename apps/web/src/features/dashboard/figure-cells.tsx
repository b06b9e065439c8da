/**
 * Table cells and columns for the server's figures. Amounts show the server's text in triệu đồng and
 * percentages the server's text ("84,12 %", "+2,62 %"); nothing here formats or computes a figure itself.
 */
import { type TableColumnType, Typography } from "antd";
import { useTranslation } from "react-i18next";
import type { Money, Pct } from "../../api/types";

const NUMERIC_CELL = { whiteSpace: "nowrap" } as const;

/** A percentage, or "—" when the server has none (no plan, no previous year). */
export function PctText({ pct, signed = false }: { pct: Pct; signed?: boolean }) {
  const { t } = useTranslation();
  if (!pct) return <Typography.Text type="secondary">{t("common.none")}</Typography.Text>;
  // Only the colour follows the sign; the text is the server's, with its own "+" or "−".
  const type = signed ? (Number(pct.value) < 0 ? "danger" : "success") : undefined;
  return <Typography.Text type={type}>{pct.text}</Typography.Text>;
}

/** An amount, or the words for a missing one ("Chưa có kế hoạch"): a missing figure is never shown as 0,0. */
export function MoneyText({ money, missing }: { money: Money | null; missing?: string }) {
  const { t } = useTranslation();
  if (money) return <>{money.text}</>;
  return <Typography.Text type="secondary">{missing ?? t("common.none")}</Typography.Text>;
}

export function moneyColumn<T>(
  key: string,
  title: string,
  money: (record: T) => Money | null,
  missing?: string,
): TableColumnType<T> {
  return {
    key,
    title,
    align: "right",
    onCell: () => ({ style: NUMERIC_CELL }),
    render: (_, record) => <MoneyText money={money(record)} missing={missing} />,
  };
}

export function pctColumn<T>(
  key: string,
  title: string,
  pct: (record: T) => Pct,
  signed = false,
): TableColumnType<T> {
  return {
    key,
    title,
    align: "right",
    onCell: () => ({ style: NUMERIC_CELL }),
    render: (_, record) => <PctText pct={pct(record)} signed={signed} />,
  };
}

/** Column title of an amount: "Thực hiện (triệu đồng)". */
export function useAmountTitle(): (label: string) => string {
  const { t } = useTranslation();
  return (label) => t("dashboard.amountColumn", { label });
}
