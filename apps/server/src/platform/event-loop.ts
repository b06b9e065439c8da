import { setImmediate } from "node:timers/promises";

/**
 * Gives the event loop a turn (pending I/O: other requests, their answers). PGlite runs each statement inside
 * this thread and settles its promise without going back to the event loop, so a long chain of awaited
 * statements or a long loop over rows would otherwise hold every other request — even `/healthz` — until it ends.
 * Long work calls this between its pieces (every chunk of rows).
 */
export async function yieldToEventLoop(): Promise<void> {
  await setImmediate();
}
