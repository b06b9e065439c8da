import type { RouteObject } from "react-router";
import {
  ESTABLISHMENT_ABILITIES,
  ESTABLISHMENT_CREATE_ABILITIES,
  PROJECT_ABILITIES,
  PROJECT_CREATE_ABILITIES,
} from "../features/shell/navigation";
import { page } from "./lazy-page";

export const establishmentRoutes: RouteObject[] = [
  {
    index: true,
    lazy: page(
      () => import("../features/establishments/list/establishments-page").then((m) => m.EstablishmentsPage),
      ESTABLISHMENT_ABILITIES,
    ),
  },
  {
    path: "moi",
    lazy: page(
      () =>
        import("../features/establishments/form/establishment-form-page").then((m) => m.NewEstablishmentPage),
      ESTABLISHMENT_CREATE_ABILITIES,
    ),
  },
  {
    path: ":id",
    lazy: page(
      () =>
        import("../features/establishments/detail/establishment-detail-page").then(
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
        import("../features/establishments/form/establishment-form-page").then(
          (m) => m.EditEstablishmentPage,
        ),
      ESTABLISHMENT_ABILITIES,
    ),
  },
];

export const projectRoutes: RouteObject[] = [
  {
    index: true,
    lazy: page(
      () => import("../features/projects/list/projects-page").then((m) => m.ProjectsPage),
      PROJECT_ABILITIES,
    ),
  },
  {
    path: "moi",
    lazy: page(
      () => import("../features/projects/form/project-form-page").then((m) => m.NewProjectPage),
      PROJECT_CREATE_ABILITIES,
    ),
  },
  {
    path: ":id",
    lazy: page(
      () => import("../features/projects/detail/project-page").then((m) => m.ProjectPage),
      PROJECT_ABILITIES,
    ),
  },
  {
    // Whether the dossier may be edited comes with the project (`actions.edit`); the page checks it.
    path: ":id/sua",
    lazy: page(
      () => import("../features/projects/form/project-form-page").then((m) => m.EditProjectPage),
      PROJECT_ABILITIES,
    ),
  },
];
