import { Alert, Typography } from "antd";
import { useTranslation } from "react-i18next";
import type { BudgetDashboard, DashboardScope } from "../../api/types";

/** "Đồng Tháp và Tiền Giang", "Vĩnh Long, Bến Tre và Trà Vinh": names joined as a sentence would. */
export function joinNames(names: readonly string[], and: string): string {
  if (names.length <= 1) return names.join("");
  return `${names.slice(0, -1).join(", ")}${and}${names.at(-1)}`;
}

/**
 * What a unit's figures include when former provinces make them up: "gồm Đồng Tháp và Tiền Giang cũ", or null
 * when the figures are the unit's own.
 */
export function useFormerUnitsNote(scope: DashboardScope): string | null {
  const { t } = useTranslation();
  const former = scope.formerUnits;
  if (former.length === 0) return null;
  const names = joinNames(
    former.map((unit) => unit.name),
    t("dashboard.former.and"),
  );
  return former.length === 1
    ? t("dashboard.former.includesOne", { names })
    : t("dashboard.former.includesMany", { names });
}

/**
 * The scope as a heading ("Đồng Tháp, năm 2017: gồm Đồng Tháp và Tiền Giang cũ") and, when former provinces make
 * up its figures, a note naming them as the records do (DOMAIN §7.3: sums are labelled with their basis).
 */
export function ScopeHeading({ data }: { data: BudgetDashboard }) {
  const { t } = useTranslation();
  const note = useFormerUnitsNote(data.scope);
  const scope = data.scope.labelVi;
  return (
    <div data-testid="dashboard-scope-heading" style={{ marginBottom: 16 }}>
      <Typography.Title level={2} style={{ fontSize: 20, margin: 0 }}>
        {note
          ? t("dashboard.former.title", { scope, period: data.periodLabelVi, includes: note })
          : `${scope} — ${data.periodLabelVi}`}
      </Typography.Title>
      {note ? (
        <Alert
          type="info"
          showIcon
          style={{ marginTop: 8 }}
          data-testid="dashboard-former-units"
          message={t("dashboard.former.explain", {
            year: data.year,
            scope,
            list: data.scope.formerUnits.map((unit) => unit.labelVi).join("; "),
          })}
        />
      ) : null}
    </div>
  );
}
