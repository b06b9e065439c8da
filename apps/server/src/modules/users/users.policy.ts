import { modulePolicy } from "../../platform/access";

/**
 * Who may do what on accounts (docs/ARCHITECTURE.md, access rules): readers see the accounts whose province lies
 * in their scope (`findUserInScope`, else a logged 404); only the system administrator manages them.
 */
export const userPolicy = modulePolicy<"users.read" | "users.manage">("user");
