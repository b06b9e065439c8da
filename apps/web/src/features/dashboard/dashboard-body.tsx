import { Col, Row } from "antd";
import { useRef, useState } from "react";
import type { BudgetDashboard } from "../../api/types";
import type { BudgetParams } from "./api";
import { BySourceCard } from "./by-source-card";
import { ScopeHeading } from "./former-units";
import { KpiCards } from "./kpi-cards";
import { OutputsCard } from "./outputs-card";
import { RankingCards } from "./ranking-cards";
import { RecordsCard, type RecordsSource } from "./records-card";
import { RowsChartCard } from "./rows-chart-card";
import { RowsTable } from "./rows-table";
import { MonthlyCard, TrendCard } from "./trend-cards";

const GUTTER: [number, number] = [16, 16];
const SECTION = { marginBottom: 16 };

/** Unit scope: no rows to drill into, so the records the execution figure is made of take their place. */
function UnitSections({ data, params }: { data: BudgetDashboard; params: BudgetParams }) {
  const recordsRef = useRef<HTMLDivElement>(null);
  const [source, setSource] = useState<RecordsSource>("ALL");
  const unit = data.scope.unit;
  const openRecords = () => {
    setSource("ALL");
    recordsRef.current?.scrollIntoView({ behavior: "smooth", block: "start" });
  };
  return (
    <>
      <KpiCards data={data} onOpenRecords={unit ? openRecords : undefined} />
      <Row gutter={GUTTER} style={SECTION}>
        <Col xs={24} xl={12} xxl={10}>
          <BySourceCard data={data} />
        </Col>
        <Col xs={24} xl={12} xxl={14}>
          <MonthlyCard data={data} />
        </Col>
      </Row>
      {unit ? (
        <RecordsCard
          ref={recordsRef}
          params={params}
          unit={unit}
          source={source}
          onSourceChange={setSource}
        />
      ) : null}
      <Row gutter={GUTTER} style={SECTION}>
        <Col span={24}>
          <TrendCard data={data} />
        </Col>
      </Row>
    </>
  );
}

/** National and region scope: the rows (regions or provinces) as a chart and a table, and the ranking. */
function AreaSections({ data, params }: { data: BudgetDashboard; params: BudgetParams }) {
  return (
    <>
      <KpiCards data={data} />
      <Row gutter={GUTTER} style={SECTION}>
        {/* Side by side from 1200 px; the source table gets half the width until 1600 px so its five columns fit. */}
        <Col xs={24} xl={12} xxl={14}>
          <RowsChartCard data={data} params={params} />
        </Col>
        <Col xs={24} xl={12} xxl={10}>
          <BySourceCard data={data} />
        </Col>
      </Row>
      <RowsTable data={data} params={params} />
      <RankingCards data={data} params={params} />
      <Row gutter={GUTTER} style={SECTION}>
        <Col xs={24} xl={12}>
          <TrendCard data={data} />
        </Col>
        <Col xs={24} xl={12}>
          <MonthlyCard data={data} />
        </Col>
      </Row>
    </>
  );
}

/** Everything below the controls, for one answer of the budget endpoint. */
export function DashboardBody({ data, params }: { data: BudgetDashboard; params: BudgetParams }) {
  return (
    <>
      <ScopeHeading data={data} />
      {data.scope.level === "UNIT" ? (
        <UnitSections key={data.scope.unit ?? ""} data={data} params={params} />
      ) : (
        <AreaSections data={data} params={params} />
      )}
      <OutputsCard params={params} />
    </>
  );
}
