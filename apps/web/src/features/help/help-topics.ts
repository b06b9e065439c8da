import type { HelpModule } from "../../lib/help-modules";
import { accountHelp } from "./content/account";
import { auditHelp } from "./content/audit";
import { cataloguesHelp } from "./content/catalogues";
import { dashboardHelp } from "./content/dashboard";
import { establishmentsHelp } from "./content/establishments";
import { extensionNetworkHelp } from "./content/extension-network";
import { fairsHelp } from "./content/fairs";
import { plansHelp } from "./content/plans";
import { projectsHelp } from "./content/projects";
import { reportsHelp } from "./content/reports";
import { selectionHelp } from "./content/selection";
import { tasksHelp } from "./content/tasks";
import { tradePromotionRecordsHelp } from "./content/trade-promotion-records";
import { usersHelp } from "./content/users";
import type { HelpTopic } from "./help-topic";

/** Every help topic by its slug; a `Record` so a new help module without its content fails the type check. */
export const helpTopics: Record<HelpModule, HelpTopic> = {
  "tong-quan": dashboardHelp,
  "co-so-cnnt": establishmentsHelp,
  "de-an": projectsHelp,
  "ke-hoach": plansHelp,
  "danh-muc": cataloguesHelp,
  "nhat-ky": auditHelp,
  "nguoi-dung": usersHelp,
  "tai-khoan": accountHelp,
  "viec-can-xu-ly": tasksHelp,
  "hoi-cho-trien-lam": fairsHelp,
  "xuc-tien-thuong-mai": tradePromotionRecordsHelp,
  "binh-chon-san-pham": selectionHelp,
  "mang-luoi-khuyen-cong": extensionNetworkHelp,
  "bao-cao": reportsHelp,
};
