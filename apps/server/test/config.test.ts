import { describe, expect, it } from "vitest";
import { readEnv } from "../src/env";
import { isDemoAllowed } from "../src/server";

describe("configuration", () => {
  it.each([
    [{ NODE_ENV: "development" }, true],
    [{ NODE_ENV: "production" }, false],
    [{ NODE_ENV: "production", KC_DEMO: "1" }, false],
    [{ NODE_ENV: "development", DATABASE_URL: "postgres://x@localhost/db" }, false],
    [{ NODE_ENV: "development", DATABASE_URL: "postgres://x@localhost/db", KC_DEMO: "1" }, true],
  ] as const)("demo data with %j: %s", (vars, expected) => {
    expect(isDemoAllowed(readEnv(vars))).toBe(expected);
  });

  it("refuses invalid settings with a message naming the variable", () => {
    expect(() => readEnv({ PORT: "abc" })).toThrow(/PORT/);
    expect(() => readEnv({ KC_AUTH_SECRET: "short" })).toThrow(/KC_AUTH_SECRET/);
    expect(() => readEnv({ DATABASE_URL: "not a url" })).toThrow(/DATABASE_URL/);
  });
});
