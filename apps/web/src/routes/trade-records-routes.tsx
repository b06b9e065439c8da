import { Navigate, type RouteObject } from "react-router";
import { TRADE_PROMOTION_ABILITIES, TRADE_PROMOTION_MANAGE_ABILITIES } from "../features/shell/navigation";
import { page } from "./lazy-page";

/** Showrooms and brands (issue 15 item 3): list, new, detail and edit each; the edit page checks `canEdit`. */
export const tradePromotionRoutes: RouteObject[] = [
  { index: true, element: <Navigate to="/app/xuc-tien-thuong-mai/phong-trung-bay" replace /> },
  {
    path: "phong-trung-bay",
    children: [
      {
        index: true,
        lazy: page(
          () => import("../features/trade-promotion/showrooms/showrooms-page").then((m) => m.ShowroomsPage),
          TRADE_PROMOTION_ABILITIES,
        ),
      },
      {
        path: "moi",
        lazy: page(
          () =>
            import("../features/trade-promotion/showrooms/showroom-form-page").then((m) => m.NewShowroomPage),
          TRADE_PROMOTION_MANAGE_ABILITIES,
        ),
      },
      {
        path: ":id",
        lazy: page(
          () =>
            import("../features/trade-promotion/showrooms/showroom-detail-page").then(
              (m) => m.ShowroomDetailPage,
            ),
          TRADE_PROMOTION_ABILITIES,
        ),
      },
      {
        path: ":id/sua",
        lazy: page(
          () =>
            import("../features/trade-promotion/showrooms/showroom-form-page").then(
              (m) => m.EditShowroomPage,
            ),
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
          () => import("../features/trade-promotion/brands/brands-page").then((m) => m.BrandsPage),
          TRADE_PROMOTION_ABILITIES,
        ),
      },
      {
        path: "moi",
        lazy: page(
          () => import("../features/trade-promotion/brands/brand-form-page").then((m) => m.NewBrandPage),
          TRADE_PROMOTION_MANAGE_ABILITIES,
        ),
      },
      {
        path: ":id",
        lazy: page(
          () => import("../features/trade-promotion/brands/brand-detail-page").then((m) => m.BrandDetailPage),
          TRADE_PROMOTION_ABILITIES,
        ),
      },
      {
        path: ":id/sua",
        lazy: page(
          () => import("../features/trade-promotion/brands/brand-form-page").then((m) => m.EditBrandPage),
          TRADE_PROMOTION_MANAGE_ABILITIES,
        ),
      },
    ],
  },
];
