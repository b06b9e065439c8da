import { Navigate, type RouteObject } from "react-router";
import { CENTRE_ABILITIES, CONFERENCE_ABILITIES, REPORT_ABILITIES } from "../features/shell/navigation";
import { page } from "./lazy-page";

/** Extension centres and regional conferences (issue 17 items 6–7): a list and a page each. */
export const networkRoutes: RouteObject[] = [
  { index: true, element: <Navigate to="/app/mang-luoi-khuyen-cong/trung-tam" replace /> },
  {
    path: "trung-tam",
    lazy: page(
      () => import("../features/extension-centres/centres-page").then((m) => m.CentresPage),
      CENTRE_ABILITIES,
    ),
  },
  {
    path: "trung-tam/:id",
    lazy: page(
      () => import("../features/extension-centres/centre-page").then((m) => m.CentrePage),
      CENTRE_ABILITIES,
    ),
  },
  {
    path: "hoi-nghi",
    lazy: page(
      () => import("../features/conferences/conferences-page").then((m) => m.ConferencesPage),
      CONFERENCE_ABILITIES,
    ),
  },
  {
    path: "hoi-nghi/:id",
    lazy: page(
      () => import("../features/conferences/conference-page").then((m) => m.ConferencePage),
      CONFERENCE_ABILITIES,
    ),
  },
];

/** Periodic reports of the provinces (issue 17 items 2, 4): the list, the aggregate and one report's page. */
export const reportRoutes: RouteObject[] = [
  {
    index: true,
    lazy: page(() => import("../features/reports/reports-page").then((m) => m.ReportsPage), REPORT_ABILITIES),
  },
  {
    path: "tong-hop",
    lazy: page(
      () => import("../features/reports/report-aggregate-page").then((m) => m.ReportAggregatePage),
      REPORT_ABILITIES,
    ),
  },
  {
    path: ":id",
    lazy: page(() => import("../features/reports/report-page").then((m) => m.ReportPage), REPORT_ABILITIES),
  },
];
