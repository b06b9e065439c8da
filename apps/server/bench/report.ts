import { writeFileSync } from "node:fs";
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
  const lines = rows.map(
    (row) =>
      `| ${machine.date} | ${machine.description} | ${row.engine} | ${row.metric} | ${row.target} | ${row.measured} | ${verdict(row.pass)} |`,
  );
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
