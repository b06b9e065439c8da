import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ConnectionGate, connectionGate } from "../src/db/connection-gate";
import { rowsOf } from "../src/db/rows";
import { withConnectionAlone } from "../src/db/transaction-alone";
import { createTestContext, json, signedIn, type TestContext } from "./support";

/** A promise and the function that settles it, so a test decides when a hold ends. */
function deferred() {
  let release = () => {};
  const promise = new Promise<void>((resolve) => {
    release = resolve;
  });
  return { promise, release };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 10));

describe("the connection gate of a single-connection database", () => {
  it("lets a writer start only once the requests already inside have left", async () => {
    const gate = new ConnectionGate({ maxWaitMs: 50, drainMs: 5_000 });
    const order: string[] = [];
    const ticket = await gate.enter();
    expect(ticket).not.toBeNull();
    const writing = gate.hold("import", async () => {
      order.push("write");
    });
    await tick();
    expect(order).toEqual([]);
    expect(gate.holder?.label).toBe("import");
    order.push("request left");
    gate.leave(ticket as NonNullable<typeof ticket>);
    await writing;
    expect(order).toEqual(["request left", "write"]);
    expect(gate.holder).toBeNull();
  });

  it("turns a request away after its bound while held, and lets it in when the hold ends within it", async () => {
    const gate = new ConnectionGate({ maxWaitMs: 100, drainMs: 5_000 });
    const hold = deferred();
    const writing = gate.hold("import", () => hold.promise);
    await tick();
    expect(await gate.enter()).toBeNull();
    expect(gate.inside).toBe(0);

    const waiting = gate.enter();
    await tick();
    hold.release();
    await writing;
    const ticket = await waiting;
    expect(ticket).toEqual({ inside: true });
    expect(gate.inside).toBe(1);
  });

  it("does not make a request wait for itself when it asks for the hold (a synchronous import)", async () => {
    const gate = new ConnectionGate({ maxWaitMs: 50, drainMs: 60_000 });
    const ticket = await gate.enter();
    if (!ticket) throw new Error("the free gate refused a request");
    const started = performance.now();
    const result = await gate.within(ticket, () => gate.hold("communes", async () => "written"));
    expect(result).toBe("written");
    // Far below the drain bound: it did not wait for its own ticket.
    expect(performance.now() - started).toBeLessThan(30_000);
    gate.leave(ticket);
    expect(gate.inside).toBe(0);
  });

  it("runs one holder at a time", async () => {
    const gate = new ConnectionGate({ maxWaitMs: 50, drainMs: 5_000 });
    const first = deferred();
    const events: string[] = [];
    const a = gate.hold("a", async () => {
      events.push("a starts");
      await first.promise;
      events.push("a ends");
    });
    const b = gate.hold("b", async () => {
      events.push("b starts");
    });
    await tick();
    expect(events).toEqual(["a starts"]);
    first.release();
    await Promise.all([a, b]);
    expect(events).toEqual(["a starts", "a ends", "b starts"]);
  });
});

describe("a busy embedded database answers at once instead of hanging", () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext("pglite");
  });
  afterAll(async () => ctx?.close());

  it("refuses requests with 503 DATABASE_BUSY and Retry-After while an import holds the connection, writing nothing", async () => {
    const { client: admin } = await signedIn(ctx, { role: "SYSTEM_ADMIN" });
    const gate = connectionGate(ctx.db);
    expect(gate).toBeDefined();
    const countUsers = async () =>
      Number(rowsOf<{ n: number }>(await ctx.db.execute(sql`select count(*)::int as n from "user"`))[0]?.n);
    const usersBefore = await countUsers();
    const hold = deferred();
    const holding = withConnectionAlone(ctx.db, "nhập danh sách cơ sở", () => hold.promise);
    await tick();

    const refused = await admin.get("/api/v1/me");
    expect(refused.status).toBe(503);
    expect(refused.headers.get("retry-after")).toMatch(/^[1-9]\d*$/);
    expect((await json(refused)).code).toBe("DATABASE_BUSY");

    const write = await admin.post("/api/v1/users", {
      email: "busy@example.vn",
      name: "Người dùng khi bận",
      role: "AUDITOR",
      scope: { kind: "NATIONAL" },
    });
    expect(write.status).toBe(503);

    const ready = await ctx.client().get("/readyz");
    expect(ready.status).toBe(200);
    expect(await json(ready)).toMatchObject({
      status: "busy",
      database: "pglite",
      busyWith: "nhập danh sách cơ sở",
    });

    hold.release();
    await holding;
    expect((await admin.get("/api/v1/me")).status).toBe(200);
    expect(await json(await ctx.client().get("/readyz"))).toMatchObject({ status: "ready" });
    expect(await countUsers()).toBe(usersBefore);
  });

  it("lets a request through when the hold ends within its wait", async () => {
    const { client } = await signedIn(ctx, { role: "CENTRAL_OFFICER" });
    const hold = deferred();
    const holding = withConnectionAlone(ctx.db, "nhập", () => hold.promise);
    await tick();
    const answer = client.get("/api/v1/me");
    await tick();
    hold.release();
    await holding;
    expect((await answer).status).toBe(200);
  });
});

describe("a pooled database has no gate", () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext("postgres");
  });
  afterAll(async () => ctx?.close());

  it("runs a long write without turning anyone away", async () => {
    expect(connectionGate(ctx.db)).toBeUndefined();
    const { client } = await signedIn(ctx, { role: "CENTRAL_OFFICER" });
    const hold = deferred();
    const holding = withConnectionAlone(ctx.db, "nhập", () => hold.promise);
    expect((await client.get("/api/v1/me")).status).toBe(200);
    hold.release();
    await holding;
  });
});
