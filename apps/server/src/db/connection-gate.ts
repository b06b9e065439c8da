import { AsyncLocalStorage } from "node:async_hooks";

/**
 * The embedded database (PGlite) has ONE connection. While an import's all-or-nothing write transaction holds it
 * (tens of seconds for 50,000 rows), every other statement queues behind it, so a request that arrives then would
 * hang for as long, and `/readyz` with it (decision 0015). The long writer takes this gate instead of the bare
 * connection:
 *
 * - a request that arrives while the gate is held waits at most `maxWaitMs` for it, then is answered 503
 *   DATABASE_BUSY with a Retry-After, before it has sent a single statement (so a refused write is never run
 *   later behind the import's back);
 * - requests already inside when the writer asks for the gate are let finish first (the writer drains them, for
 *   at most `drainMs`), so they do not queue behind it either;
 * - `/readyz` answers "busy" at once from the gate instead of waiting on the connection.
 *
 * On PostgreSQL there is no gate: each request has its own connection and row locks do the rest.
 */
export type GateHolder = { label: string; startedAt: number };
/** Seconds a turned-away client should wait before trying again: a rough, honest guess, never zero. */
export const BUSY_RETRY_AFTER_SECONDS = 5;
/** A request's pass through the gate; `inside` turns false when it leaves. */
export type GateTicket = { inside: boolean };

const currentTicket = new AsyncLocalStorage<GateTicket>();

export class ConnectionGate {
  private insideCount = 0;
  private holderInfo: GateHolder | null = null;
  private onChange: (() => void) | null = null;
  private waiters = new Set<() => void>();

  constructor(
    readonly options: { maxWaitMs: number; drainMs: number; now?: () => number } = {
      maxWaitMs: 1_000,
      drainMs: 10_000,
    },
  ) {}

  /** Who holds the gate, if anyone. */
  get holder(): GateHolder | null {
    return this.holderInfo;
  }

  get inside(): number {
    return this.insideCount;
  }

  /**
   * Lets a request in: at once when the gate is free, after the holder releases it when that happens within
   * `maxWaitMs`, or not at all (null): the caller answers 503 without touching the database. The request then
   * runs inside `within(ticket, …)` and gives the ticket back with `leave`.
   */
  async enter(): Promise<GateTicket | null> {
    if (this.holderInfo && !(await this.waitForRelease(this.options.maxWaitMs))) return null;
    this.insideCount++;
    return { inside: true };
  }

  /** Runs a request's work so that a hold it asks for itself (a synchronous import) does not wait for it. */
  within<T>(ticket: GateTicket, work: () => Promise<T>): Promise<T> {
    return currentTicket.run(ticket, work);
  }

  leave(ticket: GateTicket): void {
    if (!ticket.inside) return;
    ticket.inside = false;
    this.insideCount--;
    this.onChange?.();
  }

  /** Runs `work` holding the connection alone: new requests wait or are turned away, those inside finish first. */
  async hold<T>(label: string, work: () => Promise<T>): Promise<T> {
    while (this.holderInfo) await this.waitForRelease(60_000);
    this.holderInfo = { label, startedAt: (this.options.now ?? Date.now)() };
    try {
      // The request that asks for the hold (a synchronous import) is inside too: it does not wait for itself.
      const own = currentTicket.getStore();
      await this.drain(own?.inside ? 1 : 0);
      return await work();
    } finally {
      this.holderInfo = null;
      for (const wake of [...this.waiters]) wake();
    }
  }

  private drain(own: number): Promise<void> {
    if (this.insideCount <= own) return Promise.resolve();
    return new Promise((resolve) => {
      const finish = () => {
        clearTimeout(timer);
        this.onChange = null;
        resolve();
      };
      // Past the bound the writer goes ahead: a stuck request must not hold an import back for ever.
      const timer = setTimeout(finish, this.options.drainMs);
      this.onChange = () => {
        if (this.insideCount <= own) finish();
      };
    });
  }

  private waitForRelease(ms: number): Promise<boolean> {
    if (!this.holderInfo) return Promise.resolve(true);
    return new Promise((resolve) => {
      const wake = () => {
        clearTimeout(timer);
        this.waiters.delete(wake);
        resolve(true);
      };
      const timer = setTimeout(() => {
        this.waiters.delete(wake);
        resolve(!this.holderInfo);
      }, ms);
      this.waiters.add(wake);
    });
  }
}

// Keyed by the database object, so the gate travels with it to every use case without a new parameter.
const gates = new WeakMap<object, ConnectionGate>();

/** Gives a single-connection database its gate (openPglite does it). */
export function attachConnectionGate(db: object, gate = new ConnectionGate()): ConnectionGate {
  gates.set(db, gate);
  return gate;
}

/** The gate of a single-connection database, or undefined for a pooled one. */
export function connectionGate(db: object): ConnectionGate | undefined {
  return gates.get(db);
}
