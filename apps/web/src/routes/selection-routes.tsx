import type { RouteObject } from "react-router";
import { SELECTION_ABILITIES, SELECTION_MANAGE_ABILITIES } from "../features/shell/navigation";
import { page } from "./lazy-page";

export const selectionRoutes: RouteObject[] = [
  {
    index: true,
    lazy: page(
      () => import("../features/selection/rounds/rounds-page").then((m) => m.RoundsPage),
      SELECTION_ABILITIES,
    ),
  },
  {
    path: "moi",
    lazy: page(
      () => import("../features/selection/rounds/round-form-page").then((m) => m.NewRoundPage),
      SELECTION_MANAGE_ABILITIES,
    ),
  },
  {
    path: "chung-nhan",
    lazy: page(
      () => import("../features/certificates/certificates-page").then((m) => m.CertificatesPage),
      SELECTION_ABILITIES,
    ),
  },
  {
    path: ":id",
    lazy: page(
      () => import("../features/selection/rounds/round-page").then((m) => m.RoundPage),
      SELECTION_ABILITIES,
    ),
  },
  {
    // Whether the round may still be edited comes with it (`actions.update`); the server refuses otherwise.
    path: ":id/sua",
    lazy: page(
      () => import("../features/selection/rounds/round-form-page").then((m) => m.EditRoundPage),
      SELECTION_MANAGE_ABILITIES,
    ),
  },
];
