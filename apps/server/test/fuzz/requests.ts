import fc from "fast-check";
import type { Operation } from "./response-check";
import {
  EDGE_STRINGS,
  edgeString,
  fuzzArb,
  type Schema,
  type SchemaContext,
  validArb,
} from "./schema-arbitrary";

/** One generated request, plain data so fast-check can print and replay it. */
export type FuzzRequest = {
  method: string;
  /** The documented path template, e.g. /api/v1/projects/{id}. */
  route: string;
  /** The concrete path and query string. */
  url: string;
  contentType: string | null;
  /** Text body, or a multipart description. */
  body: string | { multipart: { name: string; value: string; filename?: string; type?: string }[] } | null;
};

/** The pool key of a path parameter: the resource it names, e.g. `projects:id`, `documents:documentId`. */
export function paramPoolKey(route: string, param: string, method: string): string {
  const segments = route.split("/");
  const at = segments.indexOf(`{${param}}`);
  const resource = at > 0 ? segments[at - 1] : "";
  const write = method !== "get" && resource === "users" ? ":write" : "";
  return `${resource}:${param}${write}`;
}

/**
 * Percent-encodes like encodeURIComponent, but an unpaired surrogate (which encodeURIComponent refuses) becomes
 * its WTF-8 bytes, so the server sees invalid UTF-8 in the URL, as a hand-made client could send.
 */
export function encodeLoose(value: string): string {
  let out = "";
  for (const ch of value) {
    const code = ch.codePointAt(0) ?? 0;
    if (code >= 0xd800 && code <= 0xdfff) {
      out += `%${(0xe0 | (code >> 12)).toString(16).toUpperCase()}%${(0x80 | ((code >> 6) & 0x3f)).toString(16).toUpperCase()}%${(0x80 | (code & 0x3f)).toString(16).toUpperCase()}`;
    } else {
      out += encodeURIComponent(ch);
    }
  }
  return out;
}

/** `arb` present with weight `present`, absent (undefined) with weight `absent`. */
function optionalIn<T>(arb: fc.Arbitrary<T>, absent: number, present: number): fc.Arbitrary<T | undefined> {
  if (absent === 0) return arb;
  return fc.oneof({ weight: absent, arbitrary: fc.constant(undefined) }, { weight: present, arbitrary: arb });
}

function stringify(value: unknown): string {
  if (typeof value === "string") return value;
  if (value === undefined) return "";
  return typeof value === "object" ? JSON.stringify(value) : String(value);
}

/** A parameter value: mostly one the schema accepts (a real id when known), sometimes an edge string. */
function paramValueArb(
  schema: Schema,
  ctx: SchemaContext,
  poolName: string,
  clean: boolean,
): fc.Arbitrary<string> {
  const scoped: SchemaContext = { ...ctx, pool: (name) => ctx.pool(name === "__param" ? poolName : name) };
  if (clean) return validArb(schema, scoped, "__param").map(stringify);
  return fc.oneof(
    { weight: 5, arbitrary: validArb(schema, scoped, "__param").map(stringify) },
    { weight: 2, arbitrary: edgeString() },
    { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
  );
}

const BODYLESS_TYPES = ["text/plain", "application/x-www-form-urlencoded", null] as const;

/**
 * Every request the fuzzer can make for one operation of the document: half of them clean (every value one the
 * schema accepts, so the use case itself runs and its success answer is checked), half with faults.
 */
export function requestArb(op: Operation, ctx: SchemaContext): fc.Arbitrary<FuzzRequest> {
  return fc.oneof(requestArbWith(op, ctx, true), requestArbWith(op, ctx, false));
}

function requestArbWith(op: Operation, ctx: SchemaContext, clean: boolean): fc.Arbitrary<FuzzRequest> {
  const parameters = ((op.operation.parameters ?? []) as Schema[]).map((p) => ctx.resolve(p));
  const pathParams = parameters.filter((p) => p.in === "path");
  const queryParams = parameters.filter((p) => p.in === "query");
  const opPool = (name: string) => ctx.pool(`${op.method} ${op.path}:${name}`) ?? ctx.pool(name);
  const opCtx: SchemaContext = { ...ctx, pool: opPool };

  const pathArb = fc.tuple(
    ...pathParams.map((p) =>
      paramValueArb(p.schema ?? {}, opCtx, paramPoolKey(op.path, p.name, op.method), clean).map(
        (v) => [p.name as string, v] as const,
      ),
    ),
  );
  const queryArb = fc.tuple(
    ...queryParams.map((p) =>
      optionalIn(
        paramValueArb(p.schema ?? {}, opCtx, p.name, clean).map((v) => [p.name as string, v] as const),
        // Clean requests always carry the required parameters and a third of the optional ones.
        clean ? (p.required ? 0 : 2) : p.required ? 1 : 9,
        clean ? 1 : 9,
      ),
    ),
    // Now and then a parameter nobody documented, or one given twice.
    clean
      ? fc.constant(undefined)
      : fc.option(
          fc.constantFrom(["page", "2"] as const, ["extra", "1"] as const, ["q", "\u0000"] as const),
          {
            nil: undefined,
            freq: 8,
          },
        ),
  );

  const content = (op.operation.requestBody?.content ?? {}) as Record<string, Schema>;
  const jsonSchema = content["application/json"]?.schema as Schema | undefined;
  const multipartSchema = content["multipart/form-data"]?.schema as Schema | undefined;
  const bodyArb = bodyFor(op.method, jsonSchema, multipartSchema, opCtx, clean);

  return fc.tuple(pathArb, queryArb, bodyArb).map(([path, query, body]) => {
    let url = op.path;
    for (const [name, value] of path) url = url.replace(`{${name}}`, encodeLoose(value));
    const pairs = query.filter((q): q is readonly [string, string] => q !== undefined);
    if (pairs.length > 0) url += `?${pairs.map(([k, v]) => `${k}=${encodeLoose(v)}`).join("&")}`;
    return { method: op.method.toUpperCase(), route: op.path, url, ...body };
  });
}

type Body = Pick<FuzzRequest, "contentType" | "body">;

function bodyFor(
  method: string,
  jsonSchema: Schema | undefined,
  multipartSchema: Schema | undefined,
  ctx: SchemaContext,
  clean: boolean,
): fc.Arbitrary<Body> {
  if (method === "get") return fc.constant({ contentType: null, body: null });
  const json = (arb: fc.Arbitrary<unknown>) =>
    arb.map((value): Body => ({ contentType: "application/json", body: JSON.stringify(value) ?? "null" }));
  // Whole bodies known to pass the domain's own rules (the demo builders), where the schema alone cannot say
  // enough (a tax code's check digit, a commune of the officer's province): the use case then really runs.
  const examples = (ctx.pool("__body") ?? []) as Record<string, unknown>[];
  if (clean && jsonSchema) {
    const valid = json(validArb(jsonSchema, ctx));
    return examples.length > 0 ? fc.oneof(json(fc.constantFrom(...examples)), valid) : valid;
  }
  if (clean && !multipartSchema) return fc.constant({ contentType: null, body: null });
  const noBody = fc.constant<Body>({ contentType: null, body: null });
  const wrongTypes = fc
    .tuple(fc.constantFrom(...BODYLESS_TYPES), fc.constantFrom("a=1", '{"a":1}', "", "\u0000"))
    .map(([contentType, body]): Body => ({ contentType, body }));
  const malformed = fc
    .constantFrom('{"a":', "{", "[1,", "nul", '{"a":1}{', "\ufeff{}")
    .map((body): Body => ({ contentType: "application/json", body }));
  if (multipartSchema) {
    const fileArb = fc.record({
      bytes: fc.oneof(
        fc.constantFrom("", "ma,ten\n1,a\n", "%PDF-1.4\n", "PK\u0003\u0004", "\u0000\u0001\u0002"),
        fc.string({ maxLength: 40 }),
      ),
      filename: fc.constantFrom("a.xlsx", "a.csv", "a.pdf", "../../a.txt", "a\u0000.pdf", ""),
      type: fc.constantFrom("application/pdf", "text/csv", "application/octet-stream", "text/plain", ""),
    });
    const fieldsArb = fc.oneof(validArb({ type: "string" }, ctx, "fields").map(String), edgeString());
    const multipart = fc
      .record({
        file: fc.option(fileArb, { nil: undefined }),
        fields: fc.option(fieldsArb, { nil: undefined }),
      })
      .map(({ file, fields }): Body => {
        const parts: { name: string; value: string; filename?: string; type?: string }[] = [];
        if (file) parts.push({ name: "file", value: file.bytes, filename: file.filename, type: file.type });
        if (fields !== undefined) parts.push({ name: "fields", value: fields });
        return { contentType: "multipart/form-data", body: { multipart: parts } };
      });
    return fc.oneof(
      { weight: 6, arbitrary: multipart },
      { weight: 1, arbitrary: noBody },
      { weight: 1, arbitrary: wrongTypes },
      { weight: 1, arbitrary: fc.constant<Body>({ contentType: "application/json", body: "{}" }) },
    );
  }
  if (!jsonSchema) {
    return fc.oneof(
      { weight: 6, arbitrary: noBody },
      { weight: 1, arbitrary: fc.constant<Body>({ contentType: "application/json", body: '{"a":1}' }) },
      { weight: 1, arbitrary: wrongTypes },
    );
  }
  const oneFieldOff = fc
    .tuple(
      fc.constantFrom(...(examples.length > 0 ? examples : [{}])),
      fc.constantFrom(...Object.keys(examples[0] ?? { x: 1 })),
      fc.oneof(edgeString(), fc.constantFrom<unknown>(null, -1, 1e308, [], {})),
    )
    .map(([example, key, value]) => ({ ...example, [key]: value }));
  return fc.oneof(
    { weight: 10, arbitrary: json(fuzzArb(jsonSchema, ctx)) },
    { weight: examples.length > 0 ? 6 : 1, arbitrary: json(oneFieldOff) },
    {
      weight: 1,
      arbitrary: validArb(jsonSchema, ctx).map(
        (value): Body => ({ contentType: "text/plain", body: JSON.stringify(value) ?? "" }),
      ),
    },
    {
      weight: 1,
      arbitrary: validArb(jsonSchema, ctx).map(
        (value): Body => ({
          contentType: "application/json; charset=utf-16",
          body: JSON.stringify(value) ?? "",
        }),
      ),
    },
    { weight: 1, arbitrary: noBody },
    { weight: 1, arbitrary: wrongTypes },
    { weight: 1, arbitrary: malformed },
    {
      weight: 1,
      arbitrary: fc
        .constantFrom(...EDGE_STRINGS)
        .map((s): Body => ({ contentType: "application/json", body: JSON.stringify(s) })),
    },
  );
}

/** Builds the fetch body and headers of a generated request. */
export function toInit(request: FuzzRequest): { body: string | FormData | null; contentType: string | null } {
  if (request.body === null) return { body: null, contentType: request.contentType };
  if (typeof request.body === "string") return { body: request.body, contentType: request.contentType };
  const form = new FormData();
  for (const part of request.body.multipart) {
    if (part.filename !== undefined) {
      form.append(part.name, new Blob([part.value], { type: part.type ?? "" }), part.filename);
    } else {
      form.append(part.name, part.value);
    }
  }
  // fetch sets the multipart boundary itself.
  return { body: form, contentType: null };
}

/** A short, readable form of a request for the failure summary. */
export function describe(request: FuzzRequest, role: string): string {
  const body =
    request.body === null
      ? ""
      : typeof request.body === "string"
        ? ` body=${truncate(JSON.stringify(request.body), 400)}`
        : ` multipart=${truncate(JSON.stringify(request.body.multipart), 400)}`;
  const type = request.contentType ? ` content-type=${request.contentType}` : "";
  return `${role}: ${request.method} ${truncate(request.url, 300)}${type}${body}`;
}

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max)}…(${text.length} chars)` : text;
}
