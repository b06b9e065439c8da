import pg from "pg";
import { openPglite } from "../src/db/client";
import type { EngineSetup } from "./measurements";
import { int, type Sessions } from "./registry-common";
import type { SqlClient } from "./registry-data";
import type { Engine, Row } from "./report";
import { seedReports } from "./reports";
import { measureSelection, selectionFacts } from "./selection";
import { seedSelection } from "./selection-data";
import type { RunningServer } from "./server-process";
import { measureTradePromotion, tradeFacts } from "./trade-promotion";
import { seedTradePromotion } from "./trade-promotion-data";

/**
 * Trade promotion (issue 15) and product selection (issue 16) at national scale: their records are written after the
 * establishments register (on PGlite while the server is stopped, on PostgreSQL while it runs, after the projects)
 * and before the dashboard step, whose summary rebuild then counts them; then each module is measured.
 */

/** Runs `work` on a direct connection to the engine's database (PGlite: the server must be stopped). */
export async function withDatabase<T>(
  setup: EngineSetup,
  work: (client: SqlClient) => Promise<T>,
): Promise<T> {
  if (setup.engine === "PostgreSQL") {
    const url = setup.env.DATABASE_URL;
    if (!url) throw new Error("no DATABASE_URL for PostgreSQL");
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      return await work({ query: (text, params) => client.query(text, params) });
    } finally {
      await client.end();
    }
  }
  const dataDir = setup.env.KC_DATA_DIR;
  if (!dataDir) throw new Error("no KC_DATA_DIR for PGlite");
  const database = await openPglite({ dataDir });
  try {
    const client = (database.db as unknown as { $client: SqlClient }).$client;
    return await work({ query: (text, params) => client.query(text, params) });
  } finally {
    await database.close();
  }
}

/** The booth-holder rows the import uploads, kept from the seed (the server owns PGlite's folder afterwards). */
const importRowsOf: Partial<Record<Engine, { name: string; taxCode: string }[]>> = {};

export async function seedRecords(setup: EngineSetup): Promise<Row[]> {
  const log = (line: string) => console.log(line);
  console.log(`[${setup.engine}] seeding fairs, participations, rounds, entries and certificates…`);
  const trade = await withDatabase(setup, (client) => seedTradePromotion(client, log));
  tradeFacts.seeds[setup.engine] = trade;
  importRowsOf[setup.engine] = trade.importRows;
  const selection = await withDatabase(setup, (client) => seedSelection(client, log));
  selectionFacts.seeds[setup.engine] = selection;
  const reports = await withDatabase(setup, (client) => seedReports(client, log));
  return [
    {
      engine: setup.engine,
      metric: `Bench set-up: ${int(trade.fairs)} fairs, ${int(trade.participations)} participations, ${int(selection.entries)} selection entries and ${int(selection.certificates)} certificates written straight into the database (not a product figure)`,
      target: "—",
      measured: `${int(trade.ms + selection.ms + reports.ms)} ms (trade promotion ${int(trade.ms)} ms, selection ${int(selection.ms)} ms, ${int(reports.reports)} approved reports ${int(reports.ms)} ms)`,
      pass: null,
    },
  ];
}

export function tradePromotionStep(engine: Engine, server: RunningServer, sessions: Sessions) {
  const rows = importRowsOf[engine];
  if (!rows) throw new Error("the trade-promotion records were not seeded");
  return measureTradePromotion(engine, server, sessions, rows);
}

export function selectionStep(engine: Engine, server: RunningServer, sessions: Sessions) {
  if (!selectionFacts.seeds[engine]) throw new Error("the selection records were not seeded");
  return measureSelection(engine, server, sessions);
}
