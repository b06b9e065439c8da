import type { RouteObject } from "react-router";
import { FAIR_ABILITIES, FAIR_CREATE_ABILITIES } from "../features/shell/navigation";
import { page } from "./lazy-page";

const fairs = () => import("../features/trade-promotion/fairs/form/fair-form-page");
export const fairRoutes: RouteObject[] = [
  {
    index: true,
    lazy: page(
      () => import("../features/trade-promotion/fairs/list/fairs-page").then((m) => m.FairsPage),
      FAIR_ABILITIES,
    ),
  },
  {
    path: "lich",
    lazy: page(
      () =>
        import("../features/trade-promotion/fairs/calendar/fair-calendar-page").then(
          (m) => m.FairCalendarPage,
        ),
      FAIR_ABILITIES,
    ),
  },
  { path: "moi", lazy: page(() => fairs().then((m) => m.NewFairPage), FAIR_CREATE_ABILITIES) },
  {
    path: ":id",
    lazy: page(
      () => import("../features/trade-promotion/fairs/detail/fair-page").then((m) => m.FairPage),
      FAIR_ABILITIES,
    ),
  },
  // Whether the fair may be edited comes with it (`actions.update`); the page checks it.
  { path: ":id/sua", lazy: page(() => fairs().then((m) => m.EditFairPage), FAIR_ABILITIES) },
];
