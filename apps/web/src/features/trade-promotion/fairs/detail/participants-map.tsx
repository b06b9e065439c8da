import { Flex, Progress, Typography } from "antd";
import { useTranslation } from "react-i18next";
import type { FairDetail } from "../../../../api/types";
import { EmptyState } from "../../../../components/query-state";
import { Section } from "../../../../components/section";
import { formatNumber } from "../../../../lib/format";

/**
 * Where the participants come from: one bar per home province (on the fair's date), longest first. A bar list
 * reads on a phone and for a screen reader, which a drawn map does not; the numbers are participations.
 */
export function ParticipantsMapTab({ fair }: { fair: FairDetail }) {
  const { t } = useTranslation();
  const rows = fair.participantsByProvince;
  const most = Math.max(1, ...rows.map((row) => row.participations));
  return (
    <Section title={t("fairs.map.title")}>
      {rows.length === 0 ? (
        <EmptyState description={t("fairs.map.empty")} />
      ) : (
        <Flex vertical gap={8} role="list" aria-label={t("fairs.map.title")}>
          {rows.map((row) => (
            <Flex key={row.provinceId} role="listitem" align="center" gap={12} wrap>
              <Typography.Text style={{ width: 180 }}>{row.provinceName}</Typography.Text>
              <Progress
                percent={(row.participations / most) * 100}
                showInfo={false}
                style={{ flex: 1, minWidth: 120, margin: 0 }}
                aria-hidden
              />
              <Typography.Text className="kc-number" style={{ minWidth: 120, textAlign: "right" }}>
                {t("fairs.map.value", {
                  participations: formatNumber(row.participations),
                  booths: formatNumber(row.wholeBooths),
                })}
              </Typography.Text>
            </Flex>
          ))}
        </Flex>
      )}
    </Section>
  );
}
