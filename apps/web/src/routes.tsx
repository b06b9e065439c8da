import type { Ability } from "@kc/domain";
import type { ComponentType } from "react";
import { createBrowserRouter, Navigate, type RouteObject } from "react-router";
import { FullPageSpinner } from "./components/full-page-spinner";
import { RequireAbility } from "./components/require-ability";
import { SignInPage } from "./features/auth/sign-in-page";
import { AppLayout } from "./features/shell/app-layout";
import { ComingSoonPage } from "./features/shell/coming-soon-page";
import { HomeRedirect } from "./features/shell/home-redirect";
import {
  AUDIT_ABILITIES,
  CENTRE_ABILITIES,
  CONFERENCE_ABILITIES,
  comingModules,
  DASHBOARD_ABILITIES,
  ESTABLISHMENT_ABILITIES,
  ESTABLISHMENT_CREATE_ABILITIES,
  FAIR_ABILITIES,
  FAIR_CREATE_ABILITIES,
  PLAN_ABILITIES,
  PROJECT_ABILITIES,
  PROJECT_CREATE_ABILITIES,
  REPORT_ABILITIES,
  REPORT_TEMPLATE_ABILITIES,
  SELECTION_ABILITIES,
  SELECTION_MANAGE_ABILITIES,
  TRADE_PROMOTION_ABILITIES,
  TRADE_PROMOTION_MANAGE_ABILITIES,
  USER_ABILITIES,
} from "./features/shell/navigation";
import { NotFoundPage } from "./features/shell/not-found-page";
import { RouteError } from "./features/shell/route-error";

/** A lazily loaded page; with `anyOf`, shown only to users holding one of those abilities. */
function page(load: () => Promise<ComponentType>, anyOf?: readonly Ability[]): RouteObject["lazy"] {
  return async () => {
    const Page = await load();
    if (!anyOf) return { Component: Page };
    return {
      Component: () => (
        <RequireAbility anyOf={anyOf}>
          <Page />
        </RequireAbility>
      ),
    };
  };
}

const catalogueRoutes: RouteObject[] = [
  { index: true, element: <Navigate to="/app/danh-muc/don-vi-hanh-chinh" replace /> },
  {
    path: "don-vi-hanh-chinh",
    lazy: page(() => import("./features/admin-units/provinces-page").then((m) => m.ProvincesPage)),
  },
  {
    path: "vung-khuyen-cong",
    lazy: page(() => import("./features/regions/regions-page").then((m) => m.RegionsPage)),
  },
  {
    path: "van-ban-phap-ly",
    lazy: page(() =>
      import("./features/legal-documents/legal-documents-page").then((m) => m.LegalDocumentsPage),
    ),
  },
  {
    path: "dinh-muc-ho-tro",
    lazy: page(() => import("./features/support-norms/support-norms-page").then((m) => m.SupportNormsPage)),
  },
  {
    path: "mau-bao-cao",
    children: [
      {
        index: true,
        lazy: page(
          () =>
            import("./features/report-templates/report-templates-page").then((m) => m.ReportTemplatesPage),
          REPORT_TEMPLATE_ABILITIES,
        ),
      },
      {
        path: ":id",
        lazy: page(
          () =>
            import("./features/report-templates/template-version-page").then((m) => m.TemplateVersionPage),
          REPORT_TEMPLATE_ABILITIES,
        ),
      },
      {
        path: ":id/phien-ban-moi",
        lazy: page(
          () => import("./features/report-templates/new-version-page").then((m) => m.NewVersionPage),
          ["reportTemplates.manage"],
        ),
      },
    ],
  },
  {
    path: "lich-lam-viec",
    lazy: page(() => import("./features/calendar/calendar-page").then((m) => m.CalendarPage)),
  },
  {
    path: "to-chuc",
    lazy: page(() => import("./features/organisations/organisations-page").then((m) => m.OrganisationsPage)),
  },
  {
    path: "danh-muc-ma",
    lazy: page(() => import("./features/catalogues/code-catalogues-page").then((m) => m.CodeCataloguesPage)),
  },
];

const establishmentRoutes: RouteObject[] = [
  {
    index: true,
    lazy: page(
      () => import("./features/establishments/list/establishments-page").then((m) => m.EstablishmentsPage),
      ESTABLISHMENT_ABILITIES,
    ),
  },
  {
    path: "moi",
    lazy: page(
      () =>
        import("./features/establishments/form/establishment-form-page").then((m) => m.NewEstablishmentPage),
      ESTABLISHMENT_CREATE_ABILITIES,
    ),
  },
  {
    path: ":id",
    lazy: page(
      () =>
        import("./features/establishments/detail/establishment-detail-page").then(
          (m) => m.EstablishmentDetailPage,
        ),
      ESTABLISHMENT_ABILITIES,
    ),
  },
  {
    // Whether this record may be edited comes with the record (its `abilities`); the page checks it.
    path: ":id/sua",
    lazy: page(
      () =>
        import("./features/establishments/form/establishment-form-page").then((m) => m.EditEstablishmentPage),
      ESTABLISHMENT_ABILITIES,
    ),
  },
];

const projectRoutes: RouteObject[] = [
  {
    index: true,
    lazy: page(
      () => import("./features/projects/list/projects-page").then((m) => m.ProjectsPage),
      PROJECT_ABILITIES,
    ),
  },
  {
    path: "moi",
    lazy: page(
      () => import("./features/projects/form/project-form-page").then((m) => m.NewProjectPage),
      PROJECT_CREATE_ABILITIES,
    ),
  },
  {
    path: ":id",
    lazy: page(
      () => import("./features/projects/detail/project-page").then((m) => m.ProjectPage),
      PROJECT_ABILITIES,
    ),
  },
  {
    // Whether the dossier may be edited comes with the project (`actions.edit`); the page checks it.
    path: ":id/sua",
    lazy: page(
      () => import("./features/projects/form/project-form-page").then((m) => m.EditProjectPage),
      PROJECT_ABILITIES,
    ),
  },
];

const fairs = () => import("./features/trade-promotion/fairs/form/fair-form-page");
const fairRoutes: RouteObject[] = [
  {
    index: true,
    lazy: page(
      () => import("./features/trade-promotion/fairs/list/fairs-page").then((m) => m.FairsPage),
      FAIR_ABILITIES,
    ),
  },
  {
    path: "lich",
    lazy: page(
      () =>
        import("./features/trade-promotion/fairs/calendar/fair-calendar-page").then(
          (m) => m.FairCalendarPage,
        ),
      FAIR_ABILITIES,
    ),
  },
  { path: "moi", lazy: page(() => fairs().then((m) => m.NewFairPage), FAIR_CREATE_ABILITIES) },
  {
    path: ":id",
    lazy: page(
      () => import("./features/trade-promotion/fairs/detail/fair-page").then((m) => m.FairPage),
      FAIR_ABILITIES,
    ),
  },
  // Whether the fair may be edited comes with it (`actions.update`); the page checks it.
  { path: ":id/sua", lazy: page(() => fairs().then((m) => m.EditFairPage), FAIR_ABILITIES) },
];

/** Extension centres and regional conferences (issue 17 items 6–7): a list and a page each. */
const networkRoutes: RouteObject[] = [
  { index: true, element: <Navigate to="/app/mang-luoi-khuyen-cong/trung-tam" replace /> },
  {
    path: "trung-tam",
    lazy: page(
      () => import("./features/extension-centres/centres-page").then((m) => m.CentresPage),
      CENTRE_ABILITIES,
    ),
  },
  {
    path: "trung-tam/:id",
    lazy: page(
      () => import("./features/extension-centres/centre-page").then((m) => m.CentrePage),
      CENTRE_ABILITIES,
    ),
  },
  {
    path: "hoi-nghi",
    lazy: page(
      () => import("./features/conferences/conferences-page").then((m) => m.ConferencesPage),
      CONFERENCE_ABILITIES,
    ),
  },
  {
    path: "hoi-nghi/:id",
    lazy: page(
      () => import("./features/conferences/conference-page").then((m) => m.ConferencePage),
      CONFERENCE_ABILITIES,
    ),
  },
];

/** Periodic reports of the provinces (issue 17 items 2, 4): the list, the aggregate and one report's page. */
const reportRoutes: RouteObject[] = [
  {
    index: true,
    lazy: page(() => import("./features/reports/reports-page").then((m) => m.ReportsPage), REPORT_ABILITIES),
  },
  {
    path: "tong-hop",
    lazy: page(
      () => import("./features/reports/report-aggregate-page").then((m) => m.ReportAggregatePage),
      REPORT_ABILITIES,
    ),
  },
  {
    path: ":id",
    lazy: page(() => import("./features/reports/report-page").then((m) => m.ReportPage), REPORT_ABILITIES),
  },
];

/** Showrooms and brands (issue 15 item 3): list, new, detail and edit each; the edit page checks `canEdit`. */
const tradePromotionRoutes: RouteObject[] = [
  { index: true, element: <Navigate to="/app/xuc-tien-thuong-mai/phong-trung-bay" replace /> },
  {
    path: "phong-trung-bay",
    children: [
      {
        index: true,
        lazy: page(
          () => import("./features/trade-promotion/showrooms/showrooms-page").then((m) => m.ShowroomsPage),
          TRADE_PROMOTION_ABILITIES,
        ),
      },
      {
        path: "moi",
        lazy: page(
          () =>
            import("./features/trade-promotion/showrooms/showroom-form-page").then((m) => m.NewShowroomPage),
          TRADE_PROMOTION_MANAGE_ABILITIES,
        ),
      },
      {
        path: ":id",
        lazy: page(
          () =>
            import("./features/trade-promotion/showrooms/showroom-detail-page").then(
              (m) => m.ShowroomDetailPage,
            ),
          TRADE_PROMOTION_ABILITIES,
        ),
      },
      {
        path: ":id/sua",
        lazy: page(
          () =>
            import("./features/trade-promotion/showrooms/showroom-form-page").then((m) => m.EditShowroomPage),
          TRADE_PROMOTION_MANAGE_ABILITIES,
        ),
      },
    ],
  },
  {
    path: "thuong-hieu",
    children: [
      {
        index: true,
        lazy: page(
          () => import("./features/trade-promotion/brands/brands-page").then((m) => m.BrandsPage),
          TRADE_PROMOTION_ABILITIES,
        ),
      },
      {
        path: "moi",
        lazy: page(
          () => import("./features/trade-promotion/brands/brand-form-page").then((m) => m.NewBrandPage),
          TRADE_PROMOTION_MANAGE_ABILITIES,
        ),
      },
      {
        path: ":id",
        lazy: page(
          () => import("./features/trade-promotion/brands/brand-detail-page").then((m) => m.BrandDetailPage),
          TRADE_PROMOTION_ABILITIES,
        ),
      },
      {
        path: ":id/sua",
        lazy: page(
          () => import("./features/trade-promotion/brands/brand-form-page").then((m) => m.EditBrandPage),
          TRADE_PROMOTION_MANAGE_ABILITIES,
        ),
      },
    ],
  },
];

const selectionRoutes: RouteObject[] = [
  {
    index: true,
    lazy: page(
      () => import("./features/selection/rounds/rounds-page").then((m) => m.RoundsPage),
      SELECTION_ABILITIES,
    ),
  },
  {
    path: "moi",
    lazy: page(
      () => import("./features/selection/rounds/round-form-page").then((m) => m.NewRoundPage),
      SELECTION_MANAGE_ABILITIES,
    ),
  },
  {
    path: "chung-nhan",
    lazy: page(
      () => import("./features/certificates/certificates-page").then((m) => m.CertificatesPage),
      SELECTION_ABILITIES,
    ),
  },
  {
    path: ":id",
    lazy: page(
      () => import("./features/selection/rounds/round-page").then((m) => m.RoundPage),
      SELECTION_ABILITIES,
    ),
  },
  {
    // Whether the round may still be edited comes with it (`actions.update`); the server refuses otherwise.
    path: ":id/sua",
    lazy: page(
      () => import("./features/selection/rounds/round-form-page").then((m) => m.EditRoundPage),
      SELECTION_MANAGE_ABILITIES,
    ),
  },
];

const appRoutes: RouteObject[] = [
  { index: true, Component: HomeRedirect },
  ...comingModules.map((item) => ({ path: item.path, element: <ComingSoonPage module={item.label} /> })),
  {
    path: "tong-quan",
    lazy: page(
      () => import("./features/dashboard/dashboard-page").then((m) => m.DashboardPage),
      DASHBOARD_ABILITIES,
    ),
  },
  {
    path: "viec-can-xu-ly",
    lazy: page(() => import("./features/tasks/tasks-page").then((m) => m.TasksPage), PROJECT_ABILITIES),
  },
  { path: "co-so-cnnt", children: establishmentRoutes },
  { path: "de-an", children: projectRoutes },
  { path: "hoi-cho-trien-lam", children: fairRoutes },
  { path: "xuc-tien-thuong-mai", children: tradePromotionRoutes },
  { path: "binh-chon-san-pham", children: selectionRoutes },
  { path: "mang-luoi-khuyen-cong", children: networkRoutes },
  { path: "bao-cao", children: reportRoutes },
  {
    path: "bao-cao-cua-toi",
    lazy: page(
      () => import("./features/reports/my-reports-page").then((m) => m.MyReportsPage),
      REPORT_ABILITIES,
    ),
  },
  {
    path: "tinh-hinh-nop-bao-cao",
    lazy: page(
      () => import("./features/reports/completeness-page").then((m) => m.CompletenessPage),
      REPORT_ABILITIES,
    ),
  },
  {
    path: "ke-hoach",
    lazy: page(() => import("./features/plans/plans-page").then((m) => m.PlansPage), PLAN_ABILITIES),
  },
  {
    path: "binh-chon-san-pham/:roundId/cham-diem",
    lazy: page(() => import("./features/selection/scoring/scoring-page").then((m) => m.ScoringPage)),
  },
  { path: "danh-muc", children: catalogueRoutes },
  {
    path: "nhat-ky",
    lazy: page(() => import("./features/audit/audit-page").then((m) => m.AuditPage), AUDIT_ABILITIES),
  },
  {
    path: "nguoi-dung",
    lazy: page(() => import("./features/users/users-page").then((m) => m.UsersPage), USER_ABILITIES),
  },
  {
    path: "tai-khoan/bao-mat",
    lazy: page(() => import("./features/auth/security-page").then((m) => m.SecurityPage)),
  },
  {
    path: "huong-dan/:module?",
    lazy: page(() => import("./features/help/help-page").then((m) => m.HelpPage)),
  },
  {
    path: "tai-khoan/doi-mat-khau",
    lazy: page(() => import("./features/auth/change-password-page").then((m) => m.ChangePasswordPage)),
  },
  { path: "*", Component: NotFoundPage },
];

/**
 * Route tree. `/dang-nhap` is public; everything under `/app` needs a session (checked by AppLayout).
 * The public portal will get its own layout at `/`.
 */
export const routes: RouteObject[] = [
  {
    path: "/",
    HydrateFallback: FullPageSpinner,
    ErrorBoundary: RouteError,
    children: [
      { index: true, element: <Navigate to="/app" replace /> },
      { path: "dang-nhap", Component: SignInPage },
      {
        path: "quen-mat-khau",
        lazy: () =>
          import("./features/auth/forgot-password-page").then((m) => ({ Component: m.ForgotPasswordPage })),
      },
      {
        path: "dat-lai-mat-khau",
        lazy: () =>
          import("./features/auth/reset-password-page").then((m) => ({ Component: m.ResetPasswordPage })),
      },
      {
        path: "xac-minh/:publicId",
        lazy: () =>
          import("./features/public-verify/certificate-verify-page").then((m) => ({
            Component: m.CertificateVerifyPage,
          })),
      },
      {
        path: "san-pham-tieu-bieu",
        lazy: () =>
          import("./features/public-verify/honoured-products-page").then((m) => ({
            Component: m.HonouredProductsPage,
          })),
      },
      {
        path: "app",
        Component: AppLayout,
        // A pathless child keeps route errors inside the shell, so the menu stays usable.
        children: [{ ErrorBoundary: RouteError, children: appRoutes }],
      },
      { path: "*", Component: NotFoundPage },
    ],
  },
];

export const router = createBrowserRouter(routes);
