import { Breadcrumb, Card, Flex, Form, Grid, Segmented, Select } from "antd";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import type { DashboardScope } from "../../api/types";
import type { Basis, BudgetParams } from "./api";
import { bases } from "./params";
import { ScopeLink } from "./scope-link";
import { ScopePicker } from "./scope-picker";
import { YearInput } from "./year-input";

const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);

type DashboardControlsProps = {
  params: BudgetParams;
  /** The scope the server answered for; absent while the first answer loads. */
  scope: DashboardScope | undefined;
  onChange: (patch: Partial<BudgetParams>) => void;
};

/** Period (year, cut-off month), boundary basis and the breadcrumb of the drill. */
export function DashboardControls({ params, scope, onChange }: DashboardControlsProps) {
  const { t } = useTranslation();
  const monthId = useId();
  const narrow = !Grid.useBreakpoint().md;

  const crumbs = scope
    ? [
        ...scope.parents.map((parent) => ({
          key: `${parent.region ?? ""}:${parent.unit ?? ""}`,
          title: (
            <ScopeLink params={params} scope={parent}>
              {parent.labelVi}
            </ScopeLink>
          ),
        })),
        { key: "current", title: scope.labelVi },
      ]
    : [];

  return (
    <Card size="small" variant="outlined" style={{ marginBottom: 16 }}>
      <Flex vertical gap={12}>
        {crumbs.length > 0 ? (
          <nav aria-label={t("dashboard.controls.scope")}>
            <Breadcrumb items={crumbs} style={{ fontSize: 15 }} />
          </nav>
        ) : null}
        <Flex gap={16} wrap align="center">
          <YearInput year={params.year} onChange={(year) => onChange({ year })} />
          <Form.Item
            label={t("dashboard.controls.cutoffMonth")}
            htmlFor={monthId}
            style={{ marginBottom: 0 }}
          >
            <Select<number>
              id={monthId}
              style={{ width: 120 }}
              value={params.cutoffMonth}
              onChange={(cutoffMonth) => onChange({ cutoffMonth })}
              options={MONTHS.map((month) => ({
                value: month,
                label: t("dashboard.controls.month", { month }),
              }))}
            />
          </Form.Item>
          <Segmented<Basis>
            aria-label={t("dashboard.controls.basis")}
            // Two long labels side by side are wider than a phone: stacked there.
            vertical={narrow}
            value={params.basis}
            // A unit code belongs to one basis (P63-… before the 2025 merger, P34-… after), so it is dropped.
            onChange={(basis) => onChange({ basis, unit: undefined })}
            options={bases.map((basis) => ({ value: basis, label: t(`dashboard.controls.basis${basis}`) }))}
          />
        </Flex>
        {scope ? (
          <Flex gap={16} wrap align="center" data-testid="dashboard-scope-picker">
            <ScopePicker params={params} scope={scope} />
          </Flex>
        ) : null}
      </Flex>
    </Card>
  );
}
