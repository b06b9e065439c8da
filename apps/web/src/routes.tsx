import { createBrowserRouter, Navigate, type RouteObject } from "react-router";
import { FullPageSpinner } from "./components/full-page-spinner";
import { SignInPage } from "./features/auth/sign-in-page";
import { AppLayout } from "./features/shell/app-layout";
import { ComingSoonPage } from "./features/shell/coming-soon-page";
import { HomeRedirect } from "./features/shell/home-redirect";
import {
  AUDIT_ABILITIES,
  comingModules,
  DASHBOARD_ABILITIES,
  PLAN_ABILITIES,
  PROJECT_ABILITIES,
  REPORT_ABILITIES,
  USER_ABILITIES,
} from "./features/shell/navigation";
import { NotFoundPage } from "./features/shell/not-found-page";
import { RouteError } from "./features/shell/route-error";
import { catalogueRoutes } from "./routes/catalogue-routes";
import { page } from "./routes/lazy-page";
import { networkRoutes, reportRoutes } from "./routes/network-and-report-routes";
import { establishmentRoutes, projectRoutes } from "./routes/register-routes";
import { selectionRoutes } from "./routes/selection-routes";
import { fairRoutes } from "./routes/trade-promotion-routes";
import { tradePromotionRoutes } from "./routes/trade-records-routes";

/** The signed-in application; each module's routes are in `routes/`. */
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
