import { EventEmitter } from "node:events";
import { sql } from "drizzle-orm";
import pg from "pg";
import type { Logger } from "pino";
import type { Db } from "../db/client";
import { type CacheName, type Caches, cacheNames, clearCaches } from "./cache";

/** The PostgreSQL notification channel every server process of one database listens on (decision 0019). */
export const CACHE_CHANNEL = "kc_cache_invalidation";
/** The listener's connection name, so an operator (or a test) can find it in pg_stat_activity. */
export const CACHE_LISTENER_NAME = "kc-cache-listener";
/** While the listening connection is down: how often to clear everything and try again. */
export const CACHE_RECONNECT_MS = 1_000;

/**
 * The other processes on the same PostgreSQL database, as far as caches go. A write publishes the names of the
 * caches it made wrong with NOTIFY after it committed; every process's dedicated LISTEN connection clears them on
 * arrival. A process that cannot hear (its listening connection was closed: a database restart, a failover, an
 * administrator) may have missed notifications, so it clears every cache at each attempt to reconnect and once
 * more when it hears again.
 */
export type CachePeers = {
  publish: (names: readonly CacheName[]) => Promise<void>;
  /** Whether the listening connection is up. */
  listening: () => boolean;
  /**
   * Notifications heard from other processes since the start, by cache name (read by /metrics): an operator sees
   * that the processes hear each other, and a test knows when a process has cleared what another wrote.
   */
  readonly heard: Readonly<Record<CacheName, number>>;
  /** "invalidated" (names heard from another process), "reconnected" (after a lost connection). */
  events: EventEmitter;
  stop: () => Promise<void>;
};

type Message = { origin: string; names: CacheName[] };

export async function listenForCachePeers(options: {
  url: string;
  db: Db;
  caches: Caches;
  logger: Pick<Logger, "info" | "warn">;
  reconnectMs?: number;
}): Promise<CachePeers> {
  const { url, db, caches, logger } = options;
  const reconnectMs = options.reconnectMs ?? CACHE_RECONNECT_MS;
  // A process hears its own notifications too; it has already cleared its caches before sending.
  const origin = crypto.randomUUID();
  const events = new EventEmitter();
  const heard = Object.fromEntries(cacheNames.map((name) => [name, 0])) as Record<CacheName, number>;
  let client: pg.Client | null = null;
  let stopped = false;
  let retry: NodeJS.Timeout | null = null;

  const lost = (which: pg.Client) => {
    if (client !== which) return;
    client = null;
    if (stopped) return;
    logger.warn(
      "the cache listener lost its database connection; every cache is cleared until it hears again",
    );
    clearCaches(caches, cacheNames);
    scheduleReconnect();
  };

  const scheduleReconnect = () => {
    if (stopped || retry) return;
    retry = setTimeout(() => {
      retry = null;
      clearCaches(caches, cacheNames);
      void connect(false);
    }, reconnectMs);
    retry.unref();
  };

  const connect = async (first: boolean) => {
    const next = new pg.Client({ connectionString: url, application_name: CACHE_LISTENER_NAME });
    next.on("error", (error) => {
      logger.warn({ err: error }, "the cache listener's connection failed");
      lost(next);
    });
    next.on("end", () => lost(next));
    next.on("notification", (notification) => {
      if (notification.channel !== CACHE_CHANNEL) return;
      const message = parseMessage(notification.payload);
      if (!message || message.origin === origin) return;
      clearCaches(caches, message.names);
      // Counted after the clearing: whoever reads the count may rely on the caches being clear.
      for (const name of message.names) heard[name]++;
      events.emit("invalidated", message.names);
    });
    try {
      await next.connect();
      await next.query(`LISTEN ${CACHE_CHANNEL}`);
    } catch (error) {
      next.removeAllListeners("end");
      await next.end().catch(() => {});
      if (first) throw error;
      scheduleReconnect();
      return;
    }
    if (stopped) {
      await next.end().catch(() => {});
      return;
    }
    client = next;
    if (!first) {
      // Whatever was written while nobody listened is unknown: start from empty caches.
      clearCaches(caches, cacheNames);
      logger.info("the cache listener hears the other processes again");
      events.emit("reconnected");
    }
  };

  await connect(true);
  return {
    publish: async (names) => {
      const message: Message = { origin, names: [...names] };
      try {
        await db.execute(sql`SELECT pg_notify(${CACHE_CHANNEL}, ${JSON.stringify(message)})`);
      } catch (error) {
        // The write has committed; the other processes converge within their caches' TTL.
        logger.warn({ err: error, names }, "could not tell the other processes to clear their caches");
      }
    },
    listening: () => client !== null,
    heard,
    events,
    stop: async () => {
      stopped = true;
      if (retry) clearTimeout(retry);
      const current = client;
      client = null;
      await current?.end().catch(() => {});
    },
  };
}

function parseMessage(payload: string | undefined): Message | null {
  try {
    const value = JSON.parse(payload ?? "") as Partial<Message>;
    if (typeof value.origin !== "string" || !Array.isArray(value.names)) return null;
    const names = value.names.filter((name): name is CacheName => cacheNames.includes(name as CacheName));
    return { origin: value.origin, names };
  } catch {
    return null;
  }
}
