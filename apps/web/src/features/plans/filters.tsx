import { CENTRAL_UNIT_ID, todayInVietnam } from "@kc/domain";
import { Select, type SelectProps } from "antd";
import { useEffect } from "react";
import { foldedSelectSearch } from "../../lib/text";
import { usePlanUnits } from "./api";
import { FIRST_YEAR } from "./constants";
import { usePlansT } from "./use-plans-t";

/** The current calendar year in Vietnam. */
export const currentYear = () => Number(todayInVietnam().slice(0, 4));

/** Years a plan or a figure may concern, newest first (next year included: plans are decided in advance). */
export function yearOptions(lastYear = currentYear() + 1) {
  const years: { value: number; label: string }[] = [];
  for (let year = lastYear; year >= FIRST_YEAR; year -= 1) years.push({ value: year, label: String(year) });
  return years;
}

type YearSelectProps = Omit<SelectProps<number>, "options"> & {
  /** The latest year offered; a programme's period reaches further ahead than a plan. */
  lastYear?: number;
};

export function YearSelect({ lastYear, ...props }: YearSelectProps) {
  return <Select<number> showSearch style={{ width: 140 }} {...props} options={yearOptions(lastYear)} />;
}

type PlanUnitSelectProps = Omit<SelectProps<string>, "options" | "loading"> & {
  /** Units exist per year (provinces merged on 01/07/2025), so the list is that year's. */
  year: number | undefined;
  /** Leaves out "Trung ương (Cục)", for choices that only a province can make (a local programme). */
  provincesOnly?: boolean;
};

/** The units of a year; disabled until a year is chosen, because "Đồng Tháp" is a different unit before and after the merger. */
export function PlanUnitSelect({
  year,
  provincesOnly,
  disabled,
  placeholder,
  ...props
}: PlanUnitSelectProps) {
  const t = usePlansT();
  const units = usePlanUnits(year);
  const options = (units.data ?? [])
    .filter((unit) => !provincesOnly || unit.id !== CENTRAL_UNIT_ID)
    .map((unit) => ({ value: unit.id, label: unit.labelVi }));
  const { value, onChange } = props;

  // A unit that did not exist in the newly chosen year is dropped rather than shown as a bare code.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the year's list arrives or the value changes.
  useEffect(() => {
    if (!units.data || disabled || value === undefined || value === null) return;
    if (!options.some((option) => option.value === value)) {
      (onChange as ((next: string | undefined) => void) | undefined)?.(undefined);
    }
  }, [units.data, value, disabled]);

  return (
    <Select<string>
      showSearch={foldedSelectSearch}
      style={{ width: 260 }}
      {...props}
      placeholder={year === undefined ? t("plans.filters.pickYearFirst") : placeholder}
      disabled={disabled || year === undefined}
      loading={year !== undefined && units.isPending}
      options={options}
    />
  );
}
