/** The product mark: a gold star on the ministry blue, drawn inline (no stock artwork). */
export function BrandMark({ size = 36 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <title>KC</title>
      <rect width="32" height="32" rx="6" fill="#173f6e" />
      <path
        d="M16 6l2.35 7.24H26l-6.18 4.49 2.36 7.27L16 20.5 9.82 25l2.36-7.27L6 13.24h7.65z"
        fill="#f2c230"
      />
    </svg>
  );
}
