import { HistoryOutlined } from "@ant-design/icons";
import { formatDate } from "@kc/domain";
import { Button, Popover, Timeline, Typography } from "antd";
import { useTranslation } from "react-i18next";
import type { Organisation } from "../../api/types";

/** Popover listing every name an organisation has had, with the dates each was used. */
export function NameHistory({ organisation }: { organisation: Organisation }) {
  const { t } = useTranslation();
  if (organisation.nameHistory.length === 0) return null;
  const history = [...organisation.nameHistory].sort((a, b) => b.validFrom.localeCompare(a.validFrom));
  return (
    <Popover
      trigger="click"
      title={t("organisations.nameHistory")}
      content={
        <Timeline
          style={{ maxWidth: 420, marginTop: 12 }}
          items={history.map((entry) => ({
            key: `${entry.validFrom}:${entry.name}`,
            content: (
              <>
                <Typography.Text strong>{entry.name}</Typography.Text>
                <br />
                <Typography.Text type="secondary">
                  {t("organisations.period", {
                    from: formatDate(entry.validFrom),
                    to: entry.validTo ? formatDate(entry.validTo) : t("organisations.now"),
                  })}
                </Typography.Text>
              </>
            ),
          }))}
        />
      }
    >
      <Button
        type="text"
        size="small"
        icon={<HistoryOutlined />}
        aria-label={t("organisations.showHistory", { name: organisation.name })}
      />
    </Popover>
  );
}
