import type { Db } from "./client";
import { connectionGate } from "./connection-gate";

/**
 * Runs a long all-or-nothing write holding the connection alone where the database has only one; elsewhere it
 * just runs it. Use cases wrap their big transactions in it (imports), nothing else.
 */
export function withConnectionAlone<T>(db: Db, label: string, work: () => Promise<T>): Promise<T> {
  const gate = connectionGate(db);
  return gate ? gate.hold(label, work) : work();
}

/** `db.transaction(work)`, holding the connection alone where the database has only one (see above). */
export function transactionAlone<T>(
  db: Db,
  label: string,
  work: (tx: Parameters<Parameters<Db["transaction"]>[0]>[0]) => Promise<T>,
): Promise<T> {
  return withConnectionAlone(db, label, () => db.transaction(work));
}
