import { Flex, Progress, Typography } from "antd";
import { useTranslation } from "react-i18next";
import type { FairDetail } from "../../../../api/types";
import { EmptyState } from "../../../../components/query-state";
import { Section } from "../../../../components/section";
import { formatNumber } from "../../../../lib/format";
import { ProvinceTileMap } from "./province-tile-map";

/**
 * Where the participants come from: a tile map of the 34 provinces coloured by participations, and after it (in
 * reading order; beside it on a wide screen) one bar per home province on the fair's date, longest first — the
 * list is what a screen reader reads and where each number is written out.
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
        <Flex gap={24} wrap align="flex-start">
          <ProvinceTileMap rows={rows} />
          <Flex vertical gap={8} style={{ flex: "1 1 320px", minWidth: 0 }}>
            <Typography.Title level={3} style={{ fontSize: 16, margin: 0 }}>
              {t("fairs.map.listTitle")}
            </Typography.Title>
            <Flex vertical gap={8} role="list" aria-label={t("fairs.map.listTitle")}>
              {rows.map((row) => (
                <Flex key={row.provinceId} role="listitem" vertical gap={2}>
                  <Flex justify="space-between" gap={12} wrap>
                    <Typography.Text>{row.provinceName}</Typography.Text>
                    <Typography.Text className="kc-number">
                      {t("fairs.map.value", {
                        participations: formatNumber(row.participations),
                        booths: formatNumber(row.wholeBooths),
                      })}
                    </Typography.Text>
                  </Flex>
                  <Progress
                    percent={(row.participations / most) * 100}
                    status="normal"
                    showInfo={false}
                    size="small"
                    style={{ margin: 0 }}
                    aria-hidden
                  />
                </Flex>
              ))}
            </Flex>
          </Flex>
        </Flex>
      )}
    </Section>
  );
}
