/**
 * Whether a failed write broke the unique constraint whose name contains `constraintPart` (PostgreSQL 23505). Both
 * drivers report it, node-postgres on the error, PGlite through drizzle's wrapper on its `cause`; a use case turns
 * it into its own 409 so a race between two writers never answers 500.
 */
export function isUniqueViolation(error: unknown, constraintPart: string): boolean {
  const cause =
    (error as { cause?: { code?: string; constraint?: string } }).cause ??
    (error as { code?: string; constraint?: string });
  return cause?.code === "23505" && (cause.constraint ?? "").includes(constraintPart);
}
