import type { viTables } from "../vi/tables";

export const enTables: typeof viTables = {
  tables: {
    columns: "Columns",
    columnsHint: "The chosen columns are kept for next time on this computer.",
    resetColumns: "Default",
    density: "Row density",
    densities: { large: "Roomy", middle: "Medium", small: "Compact" },
    filters: "Filters",
    filtersTitle: "List filters",
    showResults: "Show results",
  },
  emptyState: {
    filteredTitle: "No results with these filters",
    filteredHint: "Remove some conditions or clear the filters to see the whole list again.",
    clearFilters: "Clear filters",
    scopeTitle: "No {{what}} yet in the scope {{scope}}",
    nothingTitle: "No {{what}} yet",
    widenScope: "To see another unit's data, ask an administrator to widen your account's data scope.",
  },
};
