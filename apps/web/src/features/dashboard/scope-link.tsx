import type { ReactNode } from "react";
import { Link, useNavigate } from "react-router";
import type { DashboardRow } from "../../api/types";
import type { BudgetParams, ScopeParams } from "./api";
import { scopeHref } from "./params";

/**
 * A link to the dashboard at another scope, same period and basis. Drilling pushes a history entry, so the
 * browser's back button walks back up.
 */
export function ScopeLink({
  params,
  scope,
  children,
}: {
  params: BudgetParams;
  scope: ScopeParams;
  children: ReactNode;
}) {
  return <Link to={scopeHref(params, scope)}>{children}</Link>;
}

/** A row's name: a link to its next level, or plain text for a leaf. */
export function RowName({ params, row }: { params: BudgetParams; row: DashboardRow }) {
  if (!row.drill) return <>{row.labelVi}</>;
  return (
    <ScopeLink params={params} scope={row.drill}>
      {row.labelVi}
    </ScopeLink>
  );
}

/** Navigates to a row's next level (chart clicks, row clicks); leaves do nothing. */
export function useDrill(params: BudgetParams): (row: DashboardRow | undefined) => void {
  const navigate = useNavigate();
  return (row) => {
    if (row?.drill) void navigate(scopeHref(params, row.drill));
  };
}
