/**
 * Figures as the server sends them (apps/server/src/modules/figures/figure-view.ts): computed and printed by the
 * figure engine, so the browser displays them and never recomputes a percentage (DOMAIN §9.7 Q5).
 */

/** Integer đồng (exact, as a decimal string) and its text in triệu đồng ("57.615,3"). */
export type Money = { dong: string; text: string };
/** `value` "84.12", `text` "84,12 %"; growth text is signed ("+2,62 %", "−1,64 %"). Null without a base. */
export type Pct = { value: string; text: string } | null;
