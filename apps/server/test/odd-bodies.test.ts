import { request as httpRequest } from "node:http";
import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import { describe, expect, it } from "vitest";
import { JSON_LIMIT, oddInputSuite, UPLOAD_LIMIT } from "./odd-input-support";
import { engines, establishmentInput, json, type TestClient } from "./support";

/**
 * Bodies that are not JSON, and body limits that count the bytes read from the stream (issue 12, items 3 and 4):
 * a 415 or 413 problem, nothing written, and a server that still answers.
 */
describe.each(engines)("odd bodies on %s", (engine) => {
  const suite = oddInputSuite(engine);
  const { clients, expectProblem, raw, rows } = suite;

  describe("bodies that are not JSON", () => {
    const body = new TextEncoder().encode(JSON.stringify(establishmentInput({ taxCode: null })));
    it.each([
      ["text/plain", "text/plain;charset=UTF-8"],
      ["a form", "application/x-www-form-urlencoded"],
      ["multipart", "multipart/form-data; boundary=x"],
      ["XML", "application/xml"],
      ["no type at all", null],
    ])("%s on a JSON route → 415 UNSUPPORTED_MEDIA_TYPE", async (_, type) => {
      const problem = await expectProblem(
        () =>
          raw(clients.officer, "/api/v1/establishments", {
            method: "POST",
            body,
            headers: type ? { "content-type": type } : {},
          }),
        { status: 415, code: "UNSUPPORTED_MEDIA_TYPE", field: "header.content-type" },
      );
      expect(problem.title).toBe("Kiểu nội dung không được hỗ trợ");
      if (type) expect(problem.detail).toContain(type.split(";")[0]);
    });

    it("no type and no body on a JSON route → 415, not a list of missing fields", async () => {
      await expectProblem(() => raw(clients.officer, "/api/v1/establishments", { method: "POST" }), {
        status: 415,
        code: "UNSUPPORTED_MEDIA_TYPE",
        field: "header.content-type",
      });
    });

    it("anonymous sign-in as text/plain → 415, not 500", async () => {
      await expectProblem(
        () =>
          raw(null, "/api/v1/auth/sign-in", {
            method: "POST",
            body: JSON.stringify({ email: "a@b.vn", password: "x" }),
            headers: { "content-type": "text/plain" },
          }),
        { status: 415, code: "UNSUPPORTED_MEDIA_TYPE", field: "header.content-type" },
      );
    });

    it("broken JSON and broken multipart → 400 naming the body", async () => {
      await expectProblem(
        () =>
          raw(clients.officer, "/api/v1/establishments", {
            method: "POST",
            body: '{"name": "Cơ sở',
            headers: { "content-type": "application/json" },
          }),
        { status: 400, code: "MALFORMED_JSON", field: "body" },
      );
      await expectProblem(
        () =>
          raw(clients.officer, "/api/v1/establishment-imports", {
            method: "POST",
            body: '--x\r\nContent-Disposition: form-data; name="file"\r\n\r\nabc',
            headers: { "content-type": "multipart/form-data; boundary=x" },
          }),
        { status: 400, code: "VALIDATION_FAILED", field: "body" },
      );
    });
  });

  describe("body limits count streamed bytes (no Content-Length)", () => {
    /** A body sent in 16 kB chunks as a stream, so the request carries no Content-Length. */
    const chunked = (bytes: number, fill = "[") =>
      new ReadableStream<Uint8Array>({
        start(controller) {
          const chunk = new TextEncoder().encode(fill.repeat(16_384));
          for (let sent = 0; sent < bytes; sent += chunk.length) controller.enqueue(chunk);
          controller.close();
        },
      });
    const streamed = (client: TestClient | null, path: string, bytes: number, type: string) =>
      raw(client, path, {
        method: "POST",
        body: chunked(bytes),
        headers: { "content-type": type },
        // A stream body needs half-duplex in fetch's Request; the DOM RequestInit type lacks the member.
        duplex: "half",
      } as RequestInit & { headers: Record<string, string> });

    it.each<[string, string, number, string]>([
      ["anonymous JSON sign-in", "/api/v1/auth/sign-in", 2 * JSON_LIMIT, "application/json"],
      ["JSON just over the limit", "/api/v1/auth/sign-in", JSON_LIMIT + 16_384, "application/json"],
      ["text/plain on a JSON route", "/api/v1/establishments", 2 * JSON_LIMIT, "text/plain"],
      ["JSON on an upload route", "/api/v1/establishment-imports", 2 * JSON_LIMIT, "application/json"],
      [
        "multipart on a JSON route",
        "/api/v1/establishments",
        2 * JSON_LIMIT,
        "multipart/form-data; boundary=x",
      ],
      [
        "multipart over the upload limit",
        "/api/v1/establishment-imports",
        UPLOAD_LIMIT + 16_384,
        "multipart/form-data; boundary=x",
      ],
    ])("%s → 413 PAYLOAD_TOO_LARGE", async (_, path, bytes, type) => {
      const client = path.includes("sign-in") ? null : clients.officer;
      const before = await rows();
      const response = await streamed(client, path, bytes, type);
      expect(response.status).toBe(413);
      expect((await json(response)).code).toBe("PAYLOAD_TOO_LARGE");
      expect(await rows()).toEqual(before);
    });

    it("a multipart upload above the JSON limit but within the upload limit is read", async () => {
      const form = new FormData();
      form.append(
        "file",
        new File([new Uint8Array(3 * JSON_LIMIT).fill(65)], "co-so.csv", { type: "text/csv" }),
      );
      const response = await clients.officer.request(
        "POST",
        "/api/v1/establishment-imports?dryRun=true",
        form,
      );
      expect(response.status).not.toBe(413);
      expect(response.status).toBeLessThan(500);
    });

    it("a real listening server answers 413 to a chunked body and keeps answering", async () => {
      const server = serve({ fetch: suite.ctx.app.fetch, port: 0, hostname: "127.0.0.1" });
      await new Promise((resolve) => server.once("listening", resolve));
      const { port } = server.address() as AddressInfo;
      try {
        const closedEarly = (error: Error) => /EPIPE|ECONNRESET|socket hang up/u.test(error.message);
        const send = (path: string, method: string, body?: ReadableStream<Uint8Array>) =>
          new Promise<{ status: number; body: string }>((resolve, reject) => {
            const request = httpRequest(
              {
                host: "127.0.0.1",
                port,
                path,
                method,
                headers: { "content-type": "application/json" },
              },
              (response) => {
                let text = "";
                response.setEncoding("utf8");
                response.on("data", (part) => {
                  text += part;
                });
                response.on("end", () => resolve({ status: response.statusCode ?? 0, body: text }));
              },
            );
            // The server may answer and close before the whole body is sent: that is the point.
            request.on("error", (error) => (closedEarly(error) ? undefined : reject(error)));
            if (!body) return void request.end();
            void (async () => {
              try {
                for await (const chunk of body) {
                  if (!request.write(chunk)) await new Promise((r) => request.once("drain", r));
                }
                request.end();
              } catch {
                request.destroy();
              }
            })();
          });

        // 20 × the limit in chunks: without a stream limit this was read and parsed in full.
        const big = await send("/api/v1/auth/sign-in", "POST", chunked(20 * JSON_LIMIT));
        expect(big.status).toBe(413);
        expect(JSON.parse(big.body).code).toBe("PAYLOAD_TOO_LARGE");
        const health = await send("/healthz", "GET");
        expect(health.status).toBe(200);
        const signIn = await send(
          "/api/v1/auth/sign-in",
          "POST",
          new Blob([
            JSON.stringify({ email: "khong-co@test.khuyencong.vn", password: "sai-mat-khau" }),
          ]).stream(),
        );
        expect(signIn.status).toBe(401);
      } finally {
        await new Promise((resolve) => server.close(resolve));
      }
    });
  });
});
