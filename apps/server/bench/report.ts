import { readFileSync, writeFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";

export type Engine = "PGlite" | "PostgreSQL";

/** One measured figure. `pass` is null for a figure reported without a target. */
export type Row = {
  engine: Engine;
  metric: string;
  target: string;
  measured: string;
  pass: boolean | null;
};

export type Machine = { date: string; cores: number; description: string };

export function describeMachine(): Machine {
  const cores = cpus().length;
  const memoryGiB = totalmem() / 1024 ** 3;
  return {
    date: `${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC`,
    cores,
    description: `nproc ${cores}, ${memoryGiB.toFixed(1)} GiB, Node ${process.version}`,
  };
}

function verdict(pass: boolean | null): string {
  if (pass === null) return "—";
  return pass ? "pass" : "**FAIL**";
}

export function markdownReport(machine: Machine, rows: Row[], notes: string[]): string {
  const header = "| Date | Machine | Engine | Metric | Target | Measured | Result |";
  const rule = "| --- | --- | --- | --- | --- | --- | --- |";
  const lines = rows.map((row) => tableLine(machine, row));
  return [
    "# Benchmarks",
    "",
    "Written by `npm run bench` (apps/server/bench/run.ts); do not edit by hand, run it again.",
    "Figures are measured on the machine named in each row, against the real server started as a child process.",
    "",
    header,
    rule,
    ...lines,
    "",
    "## How it was measured",
    "",
    ...notes.map((note) => `- ${note}`),
    "",
  ].join("\n");
}

export function writeReport(path: string, machine: Machine, rows: Row[], notes: string[]) {
  writeFileSync(path, markdownReport(machine, rows, notes));
}

function tableLine(machine: Machine, row: Row): string {
  return `| ${machine.date} | ${machine.description} | ${row.engine} | ${row.metric} | ${row.target} | ${row.measured} | ${verdict(row.pass)} |`;
}

/**
 * A partial run's rows in place of the written rows of the same engine and metric (new ones after the last row
 * of their engine); every other row, and the notes, stay as the whole run wrote them, with `note` added.
 */
export function mergeReport(path: string, machine: Machine, rows: Row[], note: string) {
  const lines = readFileSync(path, "utf8").split("\n");
  const keyOf = (engine: string, metric: string) => `${engine}\u0000${metric}`;
  const fresh = new Map(rows.map((row) => [keyOf(row.engine, row.metric), row]));
  const cellsOf = (line: string) => line.slice(2, -2).split(" | ");
  const isRow = (line: string) => /^\| \d{4}-\d{2}-\d{2} /.test(line);
  const merged = lines.map((line) => {
    if (!isRow(line)) return line;
    const [, , engine = "", metric = ""] = cellsOf(line);
    const row = fresh.get(keyOf(engine, metric));
    if (!row) return line;
    fresh.delete(keyOf(engine, metric));
    return tableLine(machine, row);
  });
  for (const row of fresh.values()) {
    const lastOfEngine = merged.findLastIndex((line) => isRow(line) && cellsOf(line)[2] === row.engine);
    const lastRow = merged.findLastIndex(isRow);
    merged.splice((lastOfEngine >= 0 ? lastOfEngine : lastRow) + 1, 0, tableLine(machine, row));
  }
  const notesAt = merged.indexOf("## How it was measured");
  merged.splice(notesAt + 2, 0, `- ${note}`);
  writeFileSync(path, merged.join("\n"));
}

export function printRows(rows: Row[]) {
  const table = rows.map((row) => ({
    engine: row.engine,
    metric: row.metric,
    target: row.target,
    measured: row.measured,
    result: verdict(row.pass).replaceAll("*", ""),
  }));
  console.table(table);
}
