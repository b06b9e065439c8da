import { Navigate, type RouteObject } from "react-router";
import { REPORT_TEMPLATE_ABILITIES } from "../features/shell/navigation";
import { page } from "./lazy-page";

export const catalogueRoutes: RouteObject[] = [
  { index: true, element: <Navigate to="/app/danh-muc/don-vi-hanh-chinh" replace /> },
  {
    path: "don-vi-hanh-chinh",
    lazy: page(() => import("../features/admin-units/provinces-page").then((m) => m.ProvincesPage)),
  },
  {
    path: "vung-khuyen-cong",
    lazy: page(() => import("../features/regions/regions-page").then((m) => m.RegionsPage)),
  },
  {
    path: "van-ban-phap-ly",
    lazy: page(() =>
      import("../features/legal-documents/legal-documents-page").then((m) => m.LegalDocumentsPage),
    ),
  },
  {
    path: "dinh-muc-ho-tro",
    lazy: page(() => import("../features/support-norms/support-norms-page").then((m) => m.SupportNormsPage)),
  },
  {
    path: "mau-bao-cao",
    children: [
      {
        index: true,
        lazy: page(
          () =>
            import("../features/report-templates/report-templates-page").then((m) => m.ReportTemplatesPage),
          REPORT_TEMPLATE_ABILITIES,
        ),
      },
      {
        path: ":id",
        lazy: page(
          () =>
            import("../features/report-templates/template-version-page").then((m) => m.TemplateVersionPage),
          REPORT_TEMPLATE_ABILITIES,
        ),
      },
      {
        path: ":id/phien-ban-moi",
        lazy: page(
          () => import("../features/report-templates/new-version-page").then((m) => m.NewVersionPage),
          ["reportTemplates.manage"],
        ),
      },
    ],
  },
  {
    path: "lich-lam-viec",
    lazy: page(() => import("../features/calendar/calendar-page").then((m) => m.CalendarPage)),
  },
  {
    path: "to-chuc",
    lazy: page(() => import("../features/organisations/organisations-page").then((m) => m.OrganisationsPage)),
  },
  {
    path: "danh-muc-ma",
    lazy: page(() => import("../features/catalogues/code-catalogues-page").then((m) => m.CodeCataloguesPage)),
  },
];
