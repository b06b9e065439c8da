import type { AppDeps } from "../../platform/context";
import { sweepReportReminders } from "./sweep-report-reminders";

/** The first sweep waits this long after start-up, so a starting server answers its first requests first. */
const FIRST_SWEEP_DELAY_MS = 60_000;

/**
 * Runs the reminder sweep every `minutes` in this process (0: never). Each process may run it: the unique
 * reminder key and the claim with SKIP LOCKED keep every e-mail single across processes. Returns the stop.
 */
export function startReminderSweeps(deps: AppDeps, minutes: number): () => void {
  if (minutes <= 0) return () => {};
  let running = false;
  const sweep = async () => {
    if (running || !deps.isReady()) return;
    running = true;
    try {
      const outcome = await sweepReportReminders({ ...deps, now: deps.now() });
      if (outcome.decided + outcome.sent + outcome.failed > 0)
        deps.logger.info(outcome, "report reminder sweep");
    } catch (error) {
      deps.logger.error({ err: error }, "the report reminder sweep failed");
    } finally {
      running = false;
    }
  };
  const first = setTimeout(() => void sweep(), FIRST_SWEEP_DELAY_MS);
  const every = setInterval(() => void sweep(), minutes * 60_000);
  first.unref();
  every.unref();
  return () => {
    clearTimeout(first);
    clearInterval(every);
  };
}
