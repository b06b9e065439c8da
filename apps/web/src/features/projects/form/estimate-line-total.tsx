import { WarningOutlined } from "@ant-design/icons";
import { Flex, Form, Tooltip, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { formatDong, toBigInt } from "../../../lib/money";
import { lineTotal } from "../money/money";
import type { EstimateLineValue, FormValues } from "./form-values";

/** Whether a line's sources (KC + counterpart + other) differ from quantity × unit price. */
export function sourcesMismatch(line: EstimateLineValue | undefined): {
  total: bigint | null;
  sources: bigint;
  off: boolean;
} {
  const total = lineTotal(line?.quantity?.replace(",", "."), line?.unitPrice ?? "0");
  const sources =
    (toBigInt(line?.kcAmount) ?? 0n) +
    (toBigInt(line?.counterpartAmount) ?? 0n) +
    (toBigInt(line?.otherAmount) ?? 0n);
  return { total, sources, off: total !== null && sources !== total };
}

/** Thành tiền of one estimate line, with a warning when the sources do not add up to it. */
export function EstimateLineTotal({ name }: { name: number }) {
  const { t } = useTranslation();
  const form = Form.useFormInstance<FormValues>();
  const line = Form.useWatch(["estimateLines", name], form) as EstimateLineValue | undefined;
  const { total, sources, off } = sourcesMismatch(line);
  return (
    <Flex gap={6} align="center" justify="flex-end">
      {off ? (
        <Tooltip
          title={t("projectForm.sourcesMismatch", { sources: formatDong(sources), total: formatDong(total) })}
        >
          <WarningOutlined
            style={{ color: "#d46b08" }}
            aria-label={t("projectForm.sourcesMismatchShort")}
            role="img"
          />
        </Tooltip>
      ) : null}
      <Typography.Text strong style={{ fontVariantNumeric: "tabular-nums" }}>
        {total === null ? "—" : formatDong(total)}
      </Typography.Text>
    </Flex>
  );
}
