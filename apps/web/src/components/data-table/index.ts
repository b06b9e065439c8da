export { ClampText } from "./clamp-text";
export { type DataColumn, DataTable } from "./data-table";
export { ResponsiveFilters } from "./responsive-filters";
