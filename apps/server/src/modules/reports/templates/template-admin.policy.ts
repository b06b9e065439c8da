import { modulePolicy } from "../../../platform/access";

/**
 * Report templates are national reference data (decision 0022): the system administrator keeps their versions,
 * the central agency's staff read them; anyone else is refused before any data access (403, logged).
 */
export const templateAdminPolicy = modulePolicy<"reportTemplates.read" | "reportTemplates.manage">(
  "report_template",
);
