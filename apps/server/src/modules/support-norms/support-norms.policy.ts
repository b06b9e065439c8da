import { modulePolicy } from "../../platform/access";

/**
 * Who may do what on support norm sets: every role reads them (reference data is national); only the central
 * leader adds or closes one, provincial sets included (docs/ARCHITECTURE.md, access rules).
 */
export const supportNormPolicy = modulePolicy<"catalogues.read" | "supportNorms.manage">("support_norm_set");
