import { enAdmin } from "./en/admin";
import { enCatalogues } from "./en/catalogues";
import { enCommon } from "./en/common";
import { viAdmin } from "./vi/admin";
import { viCatalogues } from "./vi/catalogues";
import { viCommon } from "./vi/common";

export const vi = { ...viCommon, ...viCatalogues, ...viAdmin };
export const en: typeof vi = { ...enCommon, ...enCatalogues, ...enAdmin };
export type Messages = typeof vi;
