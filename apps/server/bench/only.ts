/**
 * `npm run bench -- --only=trade,selection`: measure only the national-scale steps whose names contain one of the
 * words (the register is still seeded, as every such step reads it), and merge the rows into docs/benchmarks.md in
 * place of the rows of the same engine and metric; the other rows keep their own dates. For re-measuring one
 * module after a fix without the hour a whole run takes. Start-up, throughput, the reads during an import and the
 * job pick-up are whole-run figures and are skipped.
 */
function parseOnly(argv: readonly string[]): string[] | null {
  const argument = argv.find((value) => value.startsWith("--only="));
  if (!argument) return null;
  const words = argument
    .slice("--only=".length)
    .split(",")
    .map((word) => word.trim().toLowerCase())
    .filter((word) => word.length > 0);
  if (words.length === 0)
    throw new Error("--only= needs at least one step name, e.g. --only=trade,selection");
  return words;
}

export const onlySteps = parseOnly(process.argv);

/** Whether the national-scale step named `name` runs in this run. */
export function stepSelected(name: string): boolean {
  if (!onlySteps) return true;
  const lower = name.toLowerCase();
  return onlySteps.some((word) => lower.includes(word));
}
