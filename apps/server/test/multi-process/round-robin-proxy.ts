import { createServer, type IncomingMessage, request, type Server, type ServerResponse } from "node:http";

/** A process behind the proxy: its index (named in `x-served-by`), its address, and whether it still runs. */
export type ProxyTarget = { index: number; base: string; alive: () => boolean };

export type RoundRobinProxy = { url: string; server: Server; close: () => Promise<void> };

/**
 * A small round-robin HTTP proxy, as a load balancer in front of several server processes (issue 18, item 4; the
 * benchmark of apps/server/bench/multi-process.ts reuses it). It takes the processes still alive in turn; a request
 * that cannot reach its process (it was killed) goes to the next one, as a balancer's health check would send it.
 * The body is read whole first so it can be re-sent. The answer names the process in `x-served-by`.
 */
export async function startRoundRobinProxy(targets: readonly ProxyTarget[]): Promise<RoundRobinProxy> {
  let next = 0;
  const forward = async (incoming: IncomingMessage, outgoing: ServerResponse) => {
    const chunks: Buffer[] = [];
    for await (const chunk of incoming) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    for (let tried = 0; tried < targets.length; tried++) {
      const target = targets[next++ % targets.length];
      if (!target?.alive()) continue;
      const answered = await new Promise<boolean>((resolve) => {
        const upstream = request(
          `${target.base}${incoming.url}`,
          { method: incoming.method, headers: { ...incoming.headers, host: new URL(target.base).host } },
          (response) => {
            outgoing.writeHead(response.statusCode ?? 502, {
              ...response.headers,
              "x-served-by": String(target.index),
            });
            response.pipe(outgoing);
            response.on("end", () => resolve(true));
          },
        );
        upstream.on("error", () => resolve(outgoing.headersSent));
        upstream.end(body);
      });
      if (answered) return;
    }
    if (!outgoing.headersSent) outgoing.writeHead(502).end();
  };
  const server = createServer((incoming, outgoing) => void forward(incoming, outgoing));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    server,
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
