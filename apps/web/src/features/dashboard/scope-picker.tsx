import { type RegionCode, regionLabels } from "@kc/domain";
import { Form, Select } from "antd";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import type { DashboardScope } from "../../api/types";
import { type BudgetParams, useBudgetDashboard } from "./api";
import { scopeHref } from "./params";

const regionCodes = Object.keys(regionLabels) as RegionCode[];

/** The region the view is in: the scope itself, or the region in its breadcrumb. */
function regionOf(scope: DashboardScope): string | undefined {
  return scope.region ?? scope.parents.find((parent) => parent.region)?.region;
}

/**
 * The scope chosen from lists, as well as by clicking a chart: a region (for users who see the whole country),
 * then a province of that region. The provinces are the region's rows for the same period and basis, so the list
 * holds exactly the units the region's figures are made of. A choice navigates like a drill (Back returns).
 */
export function ScopePicker({ params, scope }: { params: BudgetParams; scope: DashboardScope }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const regionId = useId();
  const provinceId = useId();
  const national = scope.level === "NATIONAL" || scope.parents.some((p) => !p.region && !p.unit);
  const region = regionOf(scope);
  const regionView = useBudgetDashboard(
    { ...params, region: region ?? "", unit: undefined },
    region !== undefined,
  );
  const provinces = (regionView.data?.rows ?? []).filter((row) => row.drill?.unit);
  if (!national && region === undefined) return null;
  const go = (target: { region?: string; unit?: string }) => void navigate(scopeHref(params, target));

  return (
    <>
      {national ? (
        <Form.Item label={t("dashboard.controls.region")} htmlFor={regionId} style={{ marginBottom: 0 }}>
          <Select<string>
            id={regionId}
            style={{ width: 260, maxWidth: "100%" }}
            value={region ?? ""}
            onChange={(code) => go(code ? { region: code } : {})}
            options={[
              { value: "", label: t("dashboard.controls.allRegions") },
              ...regionCodes.map((code) => ({ value: code, label: regionLabels[code].vi })),
            ]}
          />
        </Form.Item>
      ) : null}
      {region !== undefined ? (
        <Form.Item label={t("dashboard.controls.province")} htmlFor={provinceId} style={{ marginBottom: 0 }}>
          <Select<string>
            id={provinceId}
            showSearch
            optionFilterProp="label"
            style={{ width: 260, maxWidth: "100%" }}
            loading={regionView.isPending}
            value={scope.unit ?? ""}
            onChange={(unit) => go(unit ? { unit } : { region })}
            options={[
              { value: "", label: t("dashboard.controls.allProvinces") },
              ...provinces.map((row) => ({ value: row.drill?.unit ?? row.key, label: row.labelVi })),
            ]}
          />
        </Form.Item>
      ) : null}
    </>
  );
}
