import Ajv2020, { type ValidateFunction } from "ajv/dist/2020";
import addFormats from "ajv-formats";
import type { Schema } from "./schema-arbitrary";

/**
 * Checks one answer against the served OpenAPI document: the status is documented for the operation (or is a
 * generic problem status), the content type is the documented one, and the body validates against the
 * documented schema (Ajv's JSON Schema 2020-12 dialect, which OpenAPI 3.1 uses, with formats). Also looks for
 * what must never leave the server: stack traces and SQL (RELIABILITY G15).
 */

/** Statuses any operation may answer with a problem document, documented or not. */
export const GENERIC_PROBLEM_STATUSES = new Set([400, 401, 403, 404, 409, 413, 415, 422, 429]);

const LEAKS: [RegExp, string][] = [
  [/\bat .*\.[cm]?[tj]s:\d+/, "stack trace"],
  [/node_modules/, "module path"],
  [/\bSELECT\s/, "SQL (SELECT)"],
  [/INSERT INTO/i, "SQL (INSERT)"],
  [/syntax error at/i, "SQL error"],
  [/\bviolates\b/i, "constraint message"],
  // Bodies are JSON text: a quote inside a message arrives as \".
  [/relation \\?"/i, "SQL relation"],
  [/\b(?:TypeError|ReferenceError|RangeError|URIError|SyntaxError):/, "JavaScript error"],
];

export type Operation = { path: string; method: string; operation: Schema };

const DEFS_ID = "kc-openapi";

/** The document's `#/components/schemas/X` become `kc-openapi#/$defs/X`, one schema Ajv can hold. */
function rewriteRefs(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(rewriteRefs);
  if (value && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [key, v] of Object.entries(value)) {
      out[key] =
        key === "$ref" && typeof v === "string"
          ? v.replace("#/components/schemas/", `${DEFS_ID}#/$defs/`)
          : rewriteRefs(v);
    }
    return out;
  }
  return value;
}

export class ResponseChecker {
  private readonly ajv: Ajv2020;
  private readonly compiled = new Map<string, ValidateFunction>();
  private readonly problem: ValidateFunction;

  constructor(document: Schema) {
    // strict: false lets the OpenAPI annotations (example, …) through, as the 3.1 dialect does.
    this.ajv = new Ajv2020({ strict: false, allErrors: false });
    addFormats(this.ajv);
    this.ajv.addSchema({ $id: DEFS_ID, $defs: rewriteRefs(document.components?.schemas ?? {}) });
    this.problem = this.ajv.compile({ $ref: `${DEFS_ID}#/$defs/Problem` });
  }

  private validator(key: string, schema: Schema): ValidateFunction {
    let fn = this.compiled.get(key);
    if (!fn) {
      fn = this.ajv.compile(rewriteRefs(schema) as Schema);
      this.compiled.set(key, fn);
    }
    return fn;
  }

  /** Every reason the answer breaks the contract; empty when it keeps it. */
  check(op: Operation, status: number, contentType: string, text: string): string[] {
    if (status >= 500) return [`server error ${status}`];
    const reasons: string[] = [];
    const responses = (op.operation.responses ?? {}) as Record<string, Schema>;
    const documented = responses[String(status)];
    if (!documented && !GENERIC_PROBLEM_STATUSES.has(status)) {
      reasons.push(`undocumented status ${status}`);
      return reasons;
    }
    const media = contentType.split(";")[0]?.trim().toLowerCase() ?? "";
    const content = (documented?.content ?? null) as Record<string, Schema> | null;
    const binary = /openxmlformats|octet-stream|pdf|image\//.test(media);
    if (!binary) {
      for (const [pattern, what] of LEAKS) {
        if (pattern.test(text)) reasons.push(`leaks ${what}: ${excerpt(text, pattern)}`);
      }
    }
    if (!documented) {
      // A generic problem status the operation does not list: it must still be a problem document.
      if (media !== "application/problem+json")
        reasons.push(`status ${status} answered as ${media || "nothing"}`);
      else reasons.push(...this.validate(this.problem, text, "Problem"));
      return reasons;
    }
    if (!content) {
      if (text.length > 0) reasons.push(`status ${status} documents no body but got ${media}`);
      return reasons;
    }
    const entry = content[media];
    if (!entry) {
      reasons.push(`content type ${media || "(none)"} not documented (${Object.keys(content).join(", ")})`);
      return reasons;
    }
    if (binary || !entry.schema || Object.keys(entry.schema).length === 0) return reasons;
    const key = `${op.method} ${op.path} ${status} ${media}`;
    reasons.push(...this.validate(this.validator(key, entry.schema), text, key));
    return reasons;
  }

  private validate(fn: ValidateFunction, text: string, what: string): string[] {
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      return [`body is not JSON (${what})`];
    }
    if (fn(body)) return [];
    const error = fn.errors?.[0];
    return [`body does not match schema: ${error?.instancePath || "/"} ${error?.message ?? ""}`.trim()];
  }
}

function excerpt(text: string, pattern: RegExp): string {
  const at = text.search(pattern);
  return JSON.stringify(text.slice(Math.max(0, at - 40), at + 80));
}
