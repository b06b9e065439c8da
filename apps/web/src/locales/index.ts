import { enAccount } from "./en/account";
import { enAdmin } from "./en/admin";
import { enCalendar, enCalendarNav } from "./en/calendar";
import { enCatalogues } from "./en/catalogues";
import { enCertificates } from "./en/certificates";
import { enCommon } from "./en/common";
import { enDashboard } from "./en/dashboard";
import { enEstablishments } from "./en/establishments";
import { enExtensionCentres, enExtensionCentresNav } from "./en/extension-centres";
import { enFairParticipants } from "./en/fair-participants";
import { enFairs } from "./en/fairs";
import { enPlans } from "./en/plans";
import { enProjects } from "./en/projects";
import { enPublicVerify } from "./en/public-verify";
import { enReportAggregate } from "./en/report-aggregate";
import { enReportAttachments } from "./en/report-attachments";
import { enReportObligations, enReportObligationsNav } from "./en/report-obligations";
import { enReportTemplates, enReportTemplatesNav } from "./en/report-templates";
import { enReports } from "./en/reports";
import { enSelectionComplaints } from "./en/selection-complaints";
import { enSelectionEntries } from "./en/selection-entries";
import { enSelectionRounds, enSelectionRoundsNav } from "./en/selection-rounds";
import { enSelectionScoring } from "./en/selection-scoring";
import { enSupportNorms, enSupportNormsNav } from "./en/support-norms";
import { enTables } from "./en/tables";
import { enTasks, enTasksNav } from "./en/tasks";
import { enTradePromotionRecords, enTradePromotionRecordsNav } from "./en/trade-promotion-records";
import { viAccount } from "./vi/account";
import { viAdmin } from "./vi/admin";
import { viCalendar, viCalendarNav } from "./vi/calendar";
import { viCatalogues } from "./vi/catalogues";
import { viCertificates } from "./vi/certificates";
import { viCommon } from "./vi/common";
import { viDashboard } from "./vi/dashboard";
import { viEstablishments } from "./vi/establishments";
import { viExtensionCentres, viExtensionCentresNav } from "./vi/extension-centres";
import { viFairParticipants } from "./vi/fair-participants";
import { viFairs } from "./vi/fairs";
import { viPlans } from "./vi/plans";
import { viProjects } from "./vi/projects";
import { viPublicVerify } from "./vi/public-verify";
import { viReportAggregate } from "./vi/report-aggregate";
import { viReportAttachments } from "./vi/report-attachments";
import { viReportObligations, viReportObligationsNav } from "./vi/report-obligations";
import { viReportTemplates, viReportTemplatesNav } from "./vi/report-templates";
import { viReports } from "./vi/reports";
import { viSelectionComplaints } from "./vi/selection-complaints";
import { viSelectionEntries } from "./vi/selection-entries";
import { viSelectionRounds, viSelectionRoundsNav } from "./vi/selection-rounds";
import { viSelectionScoring } from "./vi/selection-scoring";
import { viSupportNorms, viSupportNormsNav } from "./vi/support-norms";
import { viTables } from "./vi/tables";
import { viTasks, viTasksNav } from "./vi/tasks";
import { viTradePromotionRecords, viTradePromotionRecordsNav } from "./vi/trade-promotion-records";

export const vi = {
  ...viCommon,
  ...viCatalogues,
  ...viAdmin,
  ...viEstablishments,
  ...viFairParticipants,
  ...viProjects,
  ...viSupportNorms,
  ...viDashboard,
  ...viPlans,
  ...viTasks,
  ...viFairs,
  ...viTradePromotionRecords,
  ...viCalendar,
  ...viSelectionScoring,
  ...viSelectionComplaints,
  ...viSelectionRounds,
  nav: {
    ...viCommon.nav,
    ...viSupportNormsNav,
    ...viTasksNav,
    ...viTradePromotionRecordsNav,
    ...viCalendarNav,
    ...viSelectionRoundsNav,
    ...viExtensionCentresNav,
    ...viReportTemplatesNav,
    ...viReportObligationsNav,
  },
  ...viAccount,
  ...viTables,
  ...viSelectionEntries,
  ...viPublicVerify,
  ...viCertificates,
  ...viExtensionCentres,
  ...viReports,
  ...viReportTemplates,
  ...viReportAggregate,
  ...viReportObligations,
  ...viReportAttachments,
};
export const en: typeof vi = {
  ...enCommon,
  ...enCatalogues,
  ...enAdmin,
  ...enEstablishments,
  ...enFairParticipants,
  ...enProjects,
  ...enSupportNorms,
  ...enDashboard,
  ...enPlans,
  ...enTasks,
  ...enFairs,
  ...enTradePromotionRecords,
  ...enCalendar,
  ...enSelectionScoring,
  ...enSelectionComplaints,
  ...enSelectionRounds,
  nav: {
    ...enCommon.nav,
    ...enSupportNormsNav,
    ...enTasksNav,
    ...enTradePromotionRecordsNav,
    ...enCalendarNav,
    ...enSelectionRoundsNav,
    ...enExtensionCentresNav,
    ...enReportTemplatesNav,
    ...enReportObligationsNav,
  },
  ...enAccount,
  ...enTables,
  ...enSelectionEntries,
  ...enPublicVerify,
  ...enCertificates,
  ...enExtensionCentres,
  ...enReports,
  ...enReportTemplates,
  ...enReportAggregate,
  ...enReportObligations,
  ...enReportAttachments,
};
export type Messages = typeof vi;
