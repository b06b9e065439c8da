import { enAccount } from "./en/account";
import { enAdmin } from "./en/admin";
import { enCatalogues } from "./en/catalogues";
import { enCommon } from "./en/common";
import { enDashboard } from "./en/dashboard";
import { enEstablishments } from "./en/establishments";
import { enPlans } from "./en/plans";
import { enProjects } from "./en/projects";
import { enPublicVerify } from "./en/public-verify";
import { enSupportNorms, enSupportNormsNav } from "./en/support-norms";
import { enTables } from "./en/tables";
import { enTasks, enTasksNav } from "./en/tasks";
import { viAccount } from "./vi/account";
import { viAdmin } from "./vi/admin";
import { viCatalogues } from "./vi/catalogues";
import { viCommon } from "./vi/common";
import { viDashboard } from "./vi/dashboard";
import { viEstablishments } from "./vi/establishments";
import { viPlans } from "./vi/plans";
import { viProjects } from "./vi/projects";
import { viPublicVerify } from "./vi/public-verify";
import { viSupportNorms, viSupportNormsNav } from "./vi/support-norms";
import { viTables } from "./vi/tables";
import { viTasks, viTasksNav } from "./vi/tasks";

export const vi = {
  ...viCommon,
  ...viCatalogues,
  ...viAdmin,
  ...viEstablishments,
  ...viProjects,
  ...viSupportNorms,
  ...viDashboard,
  ...viPlans,
  ...viTasks,
  nav: { ...viCommon.nav, ...viSupportNormsNav, ...viTasksNav },
  ...viAccount,
  ...viTables,
  ...viPublicVerify,
};
export const en: typeof vi = {
  ...enCommon,
  ...enCatalogues,
  ...enAdmin,
  ...enEstablishments,
  ...enProjects,
  ...enSupportNorms,
  ...enDashboard,
  ...enPlans,
  ...enTasks,
  nav: { ...enCommon.nav, ...enSupportNormsNav, ...enTasksNav },
  ...enAccount,
  ...enTables,
  ...enPublicVerify,
};
export type Messages = typeof vi;
