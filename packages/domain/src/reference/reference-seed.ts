import { catalogues } from "./catalogues.data";
import { legalDocuments } from "./legal-documents.data";
import { organisations } from "./organisations.data";
import { provinces } from "./provinces.data";
import { regionMemberships } from "./regions.data";
import { provinceSuccessions } from "./successions.data";
import type {
  AdminUnitSeed,
  AdminUnitSuccessionSeed,
  CatalogueEntrySeed,
  CatalogueKind,
  LegalDocumentSeed,
  OrganisationSeed,
  RegionMembershipSeed,
} from "./types";

/** Everything the server loads at start-up, in one object, so loaders and the integrity check see the same set. */
export type ReferenceSeed = {
  legalDocuments: LegalDocumentSeed[];
  adminUnits: AdminUnitSeed[];
  successions: AdminUnitSuccessionSeed[];
  regionMemberships: RegionMembershipSeed[];
  organisations: OrganisationSeed[];
  catalogues: Record<CatalogueKind, CatalogueEntrySeed[]>;
};

export const referenceSeed: ReferenceSeed = {
  legalDocuments,
  adminUnits: provinces,
  successions: provinceSuccessions,
  regionMemberships,
  organisations,
  catalogues,
};
