import { WarningOutlined } from "@ant-design/icons";
import { Tooltip, Typography } from "antd";
import { useTranslation } from "react-i18next";
import type { LineCap } from "../../../api/types";
import { formatDong } from "../../../lib/money";

/** The support cap of one estimate line under the applicable norm, explained on hover; red when exceeded. */
export function LineCapCell({ cap }: { cap: LineCap | undefined }) {
  const { t } = useTranslation();
  if (!cap) return <span>{t("common.none")}</span>;
  const text = cap.capDong === null ? t("projects.estimate.noCap") : formatDong(cap.capDong);
  return (
    <Tooltip title={cap.explanationVi}>
      <Typography.Text
        type={cap.exceeds ? "danger" : cap.capDong === null ? "secondary" : undefined}
        style={{ fontVariantNumeric: "tabular-nums", cursor: "help" }}
        data-exceeds={cap.exceeds || undefined}
      >
        {cap.exceeds ? (
          <WarningOutlined
            aria-label={t("projects.estimate.exceedsCap")}
            role="img"
            style={{ marginInlineEnd: 6 }}
          />
        ) : null}
        {text}
      </Typography.Text>
    </Tooltip>
  );
}
