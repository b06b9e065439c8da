import { CACHE_RECONNECT_MS } from "../../src/platform/cache-peers";

/**
 * The job settings the harness's processes run with: short, so a dead process is noticed within seconds, yet a
 * stale bound well above the longest stall of a live one: its beats are timers on the thread that validates the
 * rows. With 3 s, a run at load 20 (another test file beside it) once ended the 1,500-row import FAILED, most
 * likely a live job given away after late beats.
 */
export const HARNESS_JOB_ENV = {
  KC_JOB_POLL_MS: "200",
  KC_JOB_HEARTBEAT_SECONDS: "0.5",
  KC_JOB_STALE_SECONDS: "10",
  KC_JOB_MAX_ATTEMPTS: "2",
};

/**
 * Caches far longer than any wait of the tests (sessions 1 min, the most the settings allow; reference answers
 * 10 min): when another process shows a change, only its notification can explain it, never an expired entry.
 */
export const HARNESS_CACHE_ENV = {
  KC_SESSION_CACHE_SECONDS: "60",
  KC_REFERENCE_CACHE_SECONDS: "600",
};

const POLL_MS = Number(HARNESS_JOB_ENV.KC_JOB_POLL_MS);
const STALE_MS = Number(HARNESS_JOB_ENV.KC_JOB_STALE_SECONDS) * 1000;
/**
 * What a machine with two cores shared by several test suites may add to any timer of an idle process (it waits for
 * a core behind the others' work): an allowance, not a promise of the product.
 */
const SCHEDULING_ALLOWANCE_MS = 4_000;

/**
 * The guarantees of decisions 0019 and 0020 as the bounds the three-process tests wait within. A wait that runs
 * out fails with the guarantee's name; nothing is retried.
 */
export const BOUNDS = {
  /**
   * A write's notification reaches every other process (decision 0019): milliseconds on one machine, and never
   * later than the default session cache lifetime (5 s) it stands in for; while a process cannot hear, it clears
   * everything every CACHE_RECONNECT_MS.
   */
  notificationMs: Math.max(5_000, CACHE_RECONNECT_MS),
  /**
   * A job whose process died (decision 0020): given back by a survivor's poll once its last heartbeat is older
   * than the stale bound, then taken at a poll: at most stale + two polls, plus the scheduling allowance.
   */
  staleMs: STALE_MS,
  takeOverMs: STALE_MS + 2 * POLL_MS + SCHEDULING_ALLOWANCE_MS,
  /**
   * Work whose length is the machine's, not a promise (importing thousands of rows on a loaded 2-core machine):
   * only catches a hang.
   */
  workMs: 300_000,
};

/**
 * Waits until `check` answers something other than `undefined` or `false`, looking again every `everyMs`, and
 * answers it with the time it took; fails naming `what` once `boundMs` has passed. The looking is the condition
 * itself (a row, an answer, a counter), never a pause that stands in for it.
 */
export async function waitFor<T>(
  what: string,
  boundMs: number,
  check: () => Promise<T | undefined | false>,
  everyMs = 25,
): Promise<{ value: T; elapsedMs: number }> {
  const started = performance.now();
  for (;;) {
    const value = await check();
    const elapsedMs = performance.now() - started;
    if (value !== undefined && value !== false) return { value, elapsedMs };
    if (elapsedMs > boundMs) throw new Error(`${what}: not within ${boundMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}
