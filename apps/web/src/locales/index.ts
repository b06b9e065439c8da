import { enAdmin } from "./en/admin";
import { enCatalogues } from "./en/catalogues";
import { enCommon } from "./en/common";
import { enEstablishments } from "./en/establishments";
import { viAdmin } from "./vi/admin";
import { viCatalogues } from "./vi/catalogues";
import { viCommon } from "./vi/common";
import { viEstablishments } from "./vi/establishments";

export const vi = { ...viCommon, ...viCatalogues, ...viAdmin, ...viEstablishments };
export const en: typeof vi = { ...enCommon, ...enCatalogues, ...enAdmin, ...enEstablishments };
export type Messages = typeof vi;
