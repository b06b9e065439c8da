import {
  countByProvinceTile,
  PROVINCE_TILE_COLUMNS,
  PROVINCE_TILE_ROWS,
  provinceTiles,
  TILE_SHADES,
  tileShade,
  tileShadeRange,
} from "@kc/domain";
import { Flex, Typography } from "antd";
import { useTranslation } from "react-i18next";
import type { FairDetail } from "../../../../api/types";
import { formatNumber } from "../../../../lib/format";

/**
 * Shades of the app's primary blue, lightest first; index 0 is a province with no participation. The text on
 * each is chosen for a contrast of at least 4.5:1 (dark text on the three light shades, white on the two dark).
 */
const shadeColours: readonly { background: string; text: string }[] = [
  { background: "#ffffff", text: "#595959" },
  { background: "#dbe7f6", text: "#1f1f1f" },
  { background: "#a9c6ea", text: "#1f1f1f" },
  { background: "#6f9bd4", text: "#1f1f1f" },
  { background: "#1d5ba6", text: "#ffffff" },
  { background: "#0e3463", text: "#ffffff" },
];

type Rows = FairDetail["participantsByProvince"];

/**
 * The 34 provinces as tiles coloured by participations (docs/decisions/0018): a picture for the eye, one figure
 * for assistive technology (the list beside it carries the numbers). Booths are shown on each tile's tooltip only;
 * they are never added to participations.
 */
export function ProvinceTileMap({ rows }: { rows: Rows }) {
  const { t } = useTranslation();
  const { byTile } = countByProvinceTile(rows);
  const largest = Math.max(0, ...[...byTile.values()].map((count) => count.participations));
  const legend = Array.from({ length: TILE_SHADES }, (_, index) => index + 1).flatMap((shade) => {
    const range = tileShadeRange(shade, largest);
    return range ? [{ shade, range }] : [];
  });

  return (
    <Flex vertical gap={8} className="kc-tile-map-wrap">
      <div className="kc-tile-map-legend" aria-hidden>
        <Typography.Text type="secondary">{t("fairs.map.legend")}:</Typography.Text>
        <LegendSwatch shade={0} label={t("fairs.map.legendNone")} />
        {legend.map(({ shade, range: [low, high] }) => (
          <LegendSwatch
            key={shade}
            shade={shade}
            label={low === high ? formatNumber(low) : `${formatNumber(low)}–${formatNumber(high)}`}
          />
        ))}
      </div>
      <div
        className="kc-tile-map"
        role="img"
        aria-label={t("fairs.map.figure")}
        data-testid="province-tile-map"
        style={{
          gridTemplateColumns: `repeat(${PROVINCE_TILE_COLUMNS}, minmax(0, 1fr))`,
          gridTemplateRows: `repeat(${PROVINCE_TILE_ROWS}, auto)`,
        }}
      >
        {provinceTiles.map((tile) => {
          const count = byTile.get(tile.key);
          const participations = count?.participations ?? 0;
          const shade = tileShade(participations, largest);
          const colours = shadeColours[shade] ?? shadeColours[0];
          const tooltip = count
            ? `${tile.name}: ${t("fairs.map.value", {
                participations: formatNumber(count.participations),
                booths: formatNumber(count.booths),
              })}`
            : t("fairs.map.tileNone", { province: tile.name });
          return (
            <div
              key={tile.key}
              className="kc-tile"
              title={tooltip}
              data-testid="province-tile"
              data-province={tile.key}
              data-shade={shade}
              style={{
                gridColumn: tile.column + 1,
                gridRow: tile.row + 1,
                background: colours?.background,
                color: colours?.text,
              }}
            >
              <span className="kc-tile-name">{tile.shortName}</span>
              {participations > 0 ? (
                <span className="kc-tile-value kc-number">{formatNumber(participations)}</span>
              ) : null}
            </div>
          );
        })}
      </div>
      <Typography.Text type="secondary" className="kc-tile-map-note">
        {t("fairs.map.note")}
      </Typography.Text>
    </Flex>
  );
}

function LegendSwatch({ shade, label }: { shade: number; label: string }) {
  return (
    <span className="kc-tile-map-swatch">
      <span style={{ background: shadeColours[shade]?.background }} />
      {label}
    </span>
  );
}
