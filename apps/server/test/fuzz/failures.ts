import { describe as describeRequest, type FuzzRequest } from "./requests";
import type { Role } from "./roles";

/** The distinct failures of a fuzz run: grouped by fault, reduced to a small example, summarised. */

export type Failure = {
  key: string;
  status: number;
  reason: string;
  roles: Set<string>;
  count: number;
  example: string;
  /** The smallest request seen for it, and who sent it. */
  request: FuzzRequest;
  role: Role;
};

export const MINIMISE_BUDGET = 400;

/**
 * The part of a reason that names the fault: values after a colon in quotes, and table figures, vary; a 500 is
 * known by its error class and source line when it has one (messages carry the input).
 */
export function faultOf(reason: string): string {
  const located = /^(server error \d+: \w+).*(\(at [^)]+\))$/.exec(reason);
  if (located) return `${located[1]} ${located[2]}`;
  if (reason.startsWith("server error")) return reason.slice(0, 60).replace(/\d+/g, "N");
  return reason
    .replace(/: "[\s\S]*$/, "")
    .replace(/: [^→,]*→ [^,]*/g, "")
    .replace(/\d+/g, "N");
}

export function record(
  failures: Map<string, Failure>,
  found: { status: number; reason: string; role: Role; request: FuzzRequest },
): void {
  const key = `${found.request.method} ${found.request.route} ${found.status} ${faultOf(found.reason)}`;
  const example = describeRequest(found.request, found.role.name);
  const existing = failures.get(key);
  if (!existing) {
    failures.set(key, { ...found, key, roles: new Set([found.role.name]), count: 1, example });
    return;
  }
  existing.count += 1;
  existing.roles.add(found.role.name);
  if (example.length < existing.example.length) {
    Object.assign(existing, { example, reason: found.reason, request: found.request, role: found.role });
  }
}

/** Greedy reduction of a failing request: keep any smaller variant that fails the same way. */
export async function minimise(
  failure: Failure,
  run: (request: FuzzRequest, role: Role) => Promise<{ status: number; reasons: string[] }>,
  spend: () => boolean,
): Promise<{ request: FuzzRequest; reason: string }> {
  let best = { request: failure.request, reason: failure.reason };
  let improved = true;
  while (improved) {
    improved = false;
    for (const candidate of smaller(best.request)) {
      if (!spend()) return best;
      const { status, reasons } = await run(candidate, failure.role);
      const same = reasons.find((r) => status === failure.status && faultOf(r) === faultOf(failure.reason));
      if (same) {
        best = { request: candidate, reason: same };
        improved = true;
        break;
      }
    }
  }
  return best;
}

/** One-step-smaller variants: a query parameter less, a body field or array item less, a multipart part less. */
export function* smaller(request: FuzzRequest): Generator<FuzzRequest> {
  const [path, query] = request.url.split("?", 2) as [string, string | undefined];
  const pairs = query ? query.split("&") : [];
  for (let i = 0; i < pairs.length; i++) {
    const rest = pairs.filter((_, j) => j !== i);
    yield { ...request, url: rest.length > 0 ? `${path}?${rest.join("&")}` : path };
  }
  const body = request.body;
  if (body && typeof body === "object") {
    for (let i = 0; i < body.multipart.length; i++) {
      yield { ...request, body: { multipart: body.multipart.filter((_, j) => j !== i) } };
    }
    return;
  }
  if (typeof body !== "string") return;
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    return;
  }
  for (const reduced of smallerJson(value)) yield { ...request, body: JSON.stringify(reduced) };
}

export function* smallerJson(value: unknown): Generator<unknown> {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) yield value.filter((_, j) => j !== i);
    for (let i = 0; i < value.length; i++) {
      for (const item of smallerJson(value[i])) yield value.map((v, j) => (j === i ? item : v));
    }
  } else if (value && typeof value === "object") {
    const entries = Object.entries(value);
    for (const [key] of entries) yield Object.fromEntries(entries.filter(([k]) => k !== key));
    for (const [key, child] of entries) {
      for (const item of smallerJson(child)) yield { ...(value as object), [key]: item };
    }
  }
}

export function summarise(
  failures: Map<string, Failure>,
  run: { sent: number; seconds: number; replay: string },
): string {
  const lines = [
    `OpenAPI fuzzing: ${run.sent} requests in ${run.seconds} s, ${failures.size} distinct failures.`,
    `Replay with ${run.replay}`,
  ];
  const routeOf = (f: Failure) => `${f.request.method} ${f.request.route}`;
  const sorted = [...failures.values()].sort(
    (a, b) => routeOf(a).localeCompare(routeOf(b)) || a.status - b.status,
  );
  let route = "";
  for (const f of sorted) {
    if (routeOf(f) !== route) {
      route = routeOf(f);
      lines.push("", route);
    }
    lines.push(`  ${f.status} ${f.reason}  (×${f.count}; ${[...f.roles].join(", ")})`);
    lines.push(`      smallest: ${f.example}`);
  }
  return lines.join("\n");
}
