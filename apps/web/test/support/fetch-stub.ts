/**
 * The network of a component test: `fetch` answers from a table of routes, so the real API client, React Query
 * and the components run as in the browser. Every request is recorded, so a test can assert the JSON a form
 * sent. A request no route answers gets a 404 problem and is listed in `unanswered`, which makes a missing stub
 * visible instead of silent.
 */
import { vi } from "vitest";

export type StubRequest = { method: string; path: string; query: URLSearchParams; body: unknown };

/** A reply with a status other than 200 (problems, 204); a class, so a JSON answer with a `status` is not one. */
export class StubReply {
  constructor(
    readonly status: number,
    readonly body?: unknown,
  ) {}
}

type Answer = unknown | ((request: StubRequest) => unknown);

/** Keys are "METHOD /path" without the /api/v1 prefix and without the query, e.g. "GET /admin-units". */
export type Routes = Record<string, Answer>;

export const reply = (status: number, body?: unknown) => new StubReply(status, body);

/** An RFC 9457 problem as the server sends it. */
export const problem = (
  status: number,
  code: string,
  detail: string,
  extra: Record<string, unknown> = {},
): StubReply => reply(status, { type: "about:blank", title: detail, status, detail, code, ...extra });

export function stubApi(routes: Routes) {
  const requests: StubRequest[] = [];
  const unanswered: string[] = [];

  const fetchStub = vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = new URL(String(input), "http://localhost");
    const method = (init.method ?? "GET").toUpperCase();
    const path = url.pathname.replace(/^\/api\/v1/, "");
    const body = typeof init.body === "string" ? JSON.parse(init.body) : init.body;
    const request: StubRequest = { method, path, query: url.searchParams, body };
    requests.push(request);
    const key = `${method} ${path}`;
    if (!(key in routes)) {
      unanswered.push(key);
      return json(404, { title: "Not stubbed", status: 404, code: "NOT_STUBBED", detail: key });
    }
    const answer = routes[key];
    const result = typeof answer === "function" ? answer(request) : answer;
    if (result instanceof StubReply)
      return result.status === 204 ? new Response(null, { status: 204 }) : json(result.status, result.body);
    return json(200, result);
  });
  vi.stubGlobal("fetch", fetchStub);

  return {
    requests,
    unanswered,
    /** The bodies sent to one route, in order. */
    bodiesSentTo: (key: string) =>
      requests
        .filter((request) => `${request.method} ${request.path}` === key)
        .map((request) => request.body),
  };
}

function json(status: number, body: unknown): Response {
  const type = status >= 400 ? "application/problem+json" : "application/json";
  return new Response(JSON.stringify(body), { status, headers: { "content-type": type } });
}
