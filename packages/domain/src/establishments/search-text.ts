import { foldForSearch } from "../text";

/**
 * The folded text an establishment is found by (name, codes, owner, products, address, place names), capped in
 * UTF-8 bytes. The cap exists because the list's covering indexes carry this column in their leaf tuples so a
 * search can be answered from the index alone, and a PostgreSQL B-tree tuple must stay under about 2,700 bytes
 * together with the sort key (≤ ~500 bytes) and the other included columns. Parts come in order of importance,
 * so only the tail of a very long product list or address can fall outside the cap.
 */
export const SEARCH_TEXT_MAX_BYTES = 1_500;

const encoder = new TextEncoder();

export function establishmentSearchText(parts: readonly (string | null | undefined)[]): string {
  const folded = foldForSearch(parts.filter(Boolean).join(" "));
  if (encoder.encode(folded).length <= SEARCH_TEXT_MAX_BYTES) return folded;
  let kept = "";
  let bytes = 0;
  for (const word of folded.split(" ")) {
    const cost = encoder.encode(word).length + (kept ? 1 : 0);
    if (bytes + cost > SEARCH_TEXT_MAX_BYTES) break;
    kept = kept ? `${kept} ${word}` : word;
    bytes += cost;
  }
  return kept;
}
