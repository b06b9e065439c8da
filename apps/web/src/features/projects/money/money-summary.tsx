import { Card, Col, Row, Statistic } from "antd";
import { useTranslation } from "react-i18next";
import type { ProjectDetail } from "../../../api/types";
import { formatDong } from "../../../lib/money";
import type { Messages } from "../../../locales";

type MoneyKey = keyof Messages["projects"]["money"];
type Figure = { key: MoneyKey; value: string | null | undefined; strong?: boolean };

/** Kinh phí: the estimate's sources, then the contract's ledger (disbursed, accepted, settled, still due). */
export function MoneySummary({ project }: { project: ProjectDetail }) {
  const { t } = useTranslation();
  const money = project.money;
  const figures: Figure[] = [
    { key: "kcTotal", value: project.kcTotal, strong: true },
    { key: "counterpartTotal", value: project.counterpartTotal },
    { key: "otherTotal", value: project.otherTotal },
    { key: "contractedSupport", value: money?.contractedSupport ?? project.contractSupport, strong: true },
    { key: "disbursed", value: money?.disbursed ?? project.disbursedTotal },
    { key: "refunded", value: money?.refunded },
    { key: "acceptedSpend", value: money?.acceptedSpend },
    { key: "settled", value: money?.settled },
    { key: "stillPayable", value: money?.stillPayable },
    { key: "refundDue", value: money?.refundDue },
  ];
  return (
    <Row gutter={[12, 12]}>
      {figures.map((figure) => (
        <Col key={figure.key} xs={12} md={8} xl={6}>
          <Card size="small" variant="outlined">
            <Statistic
              title={t(`projects.money.${figure.key}`)}
              value={
                figure.value === null || figure.value === undefined
                  ? t("common.none")
                  : formatDong(figure.value)
              }
              suffix={figure.value === null || figure.value === undefined ? undefined : "đ"}
              styles={{ content: { fontSize: figure.strong ? 20 : 17, fontVariantNumeric: "tabular-nums" } }}
            />
          </Card>
        </Col>
      ))}
    </Row>
  );
}
