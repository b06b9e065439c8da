import { normalizeSharedBoothKey } from "./booth-payments";

/**
 * (f) The three numbers of DOMAIN §9.7 Q4, from participation rows: distinct establishments, participations
 * (lượt) and standard booths. They answer different questions and are never added to one another: an
 * establishment at three fairs is one establishment and three participations; a booth shared by three is one
 * booth. A shared booth is counted once per fair and key (as `normalizeSharedBoothKey` spells it, the spelling
 * the write use cases store), whoever holds a share of it.
 */
export type CountedParticipation = {
  fairId: string;
  establishmentId: string;
  wholeBooths: number;
  sharedBoothKey: string | null;
  abroad: boolean;
};

export type ParticipationCounts = {
  distinctEstablishments: number;
  participations: number;
  booths: number;
};

export type ParticipationCountsBySide = ParticipationCounts & {
  domestic: ParticipationCounts;
  abroad: ParticipationCounts;
};

function count(rows: readonly CountedParticipation[]): ParticipationCounts {
  const establishments = new Set<string>();
  const sharedBooths = new Set<string>();
  let wholeBooths = 0;
  for (const row of rows) {
    establishments.add(row.establishmentId);
    wholeBooths += row.wholeBooths;
    if (row.sharedBoothKey !== null)
      sharedBooths.add(`${row.fairId}\u0000${normalizeSharedBoothKey(row.sharedBoothKey)}`);
  }
  return {
    distinctEstablishments: establishments.size,
    participations: rows.length,
    booths: wholeBooths + sharedBooths.size,
  };
}

export function countParticipations(rows: readonly CountedParticipation[]): ParticipationCountsBySide {
  return {
    ...count(rows),
    domestic: count(rows.filter((row) => !row.abroad)),
    abroad: count(rows.filter((row) => row.abroad)),
  };
}
