import fc, { type WeightedArbitrary } from "fast-check";

/**
 * JSON Schema (the OpenAPI 3.1 dialect that @hono/zod-openapi emits) → fast-check arbitraries. Two families:
 * `validArb` makes values the schema accepts, preferring real ids from the demo data, so requests get past
 * validation and reach the use cases; `fuzzArb` makes the same shapes with, now and then, an edge value in a leaf
 * (NUL, unpaired surrogates, bidi overrides, year-0000 dates, "1e3", full-width digits, huge numbers, wrong
 * types, null, extra or missing fields). No maintained package fits: json-schema-faker and openapi-sampler make
 * random valid samples without fast-check's seeds and replay, and fast-check has no JSON-Schema reader.
 */

// biome-ignore lint/suspicious/noExplicitAny: JSON Schema documents are untyped JSON.
export type Schema = Record<string, any>;

export type SchemaContext = {
  /** Follows `$ref` into the document's components. */
  resolve: (schema: Schema) => Schema;
  /** Real values (ids, codes) known for a property or parameter name, taken from the demo data. */
  pool: (name: string) => readonly unknown[] | undefined;
};

/** Strings that broke, or could break, a parser, a database driver or a text rule somewhere. */
export const EDGE_STRINGS: readonly string[] = [
  "",
  " ",
  "a".repeat(300),
  "x".repeat(5000),
  "\u0000",
  "a\u0000b",
  "\ud800",
  "x\udfffy",
  "\u202eabc\u202c",
  "\u200b",
  "\ufeff",
  "e\u0301",
  "👍",
  "0000-01-01",
  "9999-12-31",
  "2024-02-30",
  "2024-13-01",
  "1e3",
  "1.5",
  "-1",
  "-0",
  "０１２３",
  "0x10",
  "NaN",
  "Infinity",
  "null",
  "true",
  "[]",
  "{}",
  "99999999999999999999",
  "9223372036854775808",
  "%00",
  "%",
  "../../x",
  "<b>x</b>",
  "'; --",
  "Đồng Tháp",
];

/** Values of the wrong JSON type, or out of every range. */
export const EDGE_VALUES: readonly unknown[] = [
  null,
  true,
  false,
  0,
  -1,
  1.5,
  1e308,
  -1e308,
  2 ** 53 + 2,
  "",
  "1",
  [],
  {},
  [null],
  { a: 1 },
];

const VIETNAMESE_SAMPLES = [
  "Cơ sở dệt thổ cẩm Mỹ Tho",
  "Hợp tác xã gốm Đồng Tháp",
  "Đề án đào tạo nghề",
  "nguyen van a",
  "Quyết định 123/QĐ-UBND",
];

const DATE_RANGE = { min: new Date("2012-01-01T00:00:00Z"), max: new Date("2030-12-31T00:00:00Z") };

export const edgeString = (): fc.Arbitrary<string> => fc.constantFrom(...EDGE_STRINGS);
export const edgeValue = (): fc.Arbitrary<unknown> =>
  fc.oneof(fc.constantFrom(...EDGE_VALUES), fc.constantFrom<unknown>(...EDGE_STRINGS));

/** `@hono/zod-openapi` copies a flagged regex as `…$/u` (a bug of the document, reported); the source is before it. */
export function patternSource(pattern: string): string {
  return pattern.replace(/\/[dgimsuvy]+$/, "");
}

function looksLikeDate(name: string, schema: Schema): boolean {
  if (schema.format === "date") return true;
  if (typeof schema.description === "string" && /YYYY-MM-DD/.test(schema.description)) return true;
  return /(?:Date|On|^asOf|^from|^to|^validFrom|^validTo)$/.test(name);
}

const dateArb = () =>
  fc.date({ ...DATE_RANGE, noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));

function typesOf(schema: Schema): string[] {
  if (Array.isArray(schema.type)) return schema.type as string[];
  if (typeof schema.type === "string") return [schema.type];
  if (schema.properties) return ["object"];
  if (schema.items) return ["array"];
  return [];
}

function stringArb(schema: Schema, name: string): fc.Arbitrary<string> {
  const min = (schema.minLength as number | undefined) ?? 0;
  const max = Math.min((schema.maxLength as number | undefined) ?? 60, 60);
  if (schema.format === "email") {
    return fc.oneof(
      fc.constantFrom("nguoi.dung@demo.khuyencong.vn", "a@b.vn"),
      fc.emailAddress({ size: "small" }),
    );
  }
  if (looksLikeDate(name, schema)) return dateArb();
  if (typeof schema.pattern === "string") {
    try {
      return fc.stringMatching(new RegExp(patternSource(schema.pattern)), { size: "xsmall" });
    } catch {
      // fast-check's regex reader does not know \p{…}: fall through to plain text.
    }
  }
  return fc.oneof(
    { weight: 3, arbitrary: fc.string({ minLength: Math.max(min, 1), maxLength: Math.max(max, min, 1) }) },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        ...VIETNAMESE_SAMPLES.filter((s) => s.length >= min && s.length <= (schema.maxLength ?? 1e9)),
        "a".repeat(Math.max(min, 1)),
      ),
    },
  );
}

function integerArb(schema: Schema, name: string): fc.Arbitrary<number> {
  const min = (schema.minimum as number | undefined) ?? -1000;
  const max = (schema.maximum as number | undefined) ?? 1_000_000;
  if (name === "version") return fc.integer({ min: 1, max: 4 });
  if (/year/i.test(name) && min <= 2025 && max >= 2026) {
    return fc.oneof(fc.constantFrom(2024, 2025, 2026), fc.integer({ min, max }));
  }
  if (name === "page") return fc.integer({ min, max: Math.min(max, 5) });
  return fc.integer({ min, max });
}

/** A value the schema accepts (as far as the generator understands it), real ids first. */
export function validArb(raw: Schema, ctx: SchemaContext, name = "", depth = 0): fc.Arbitrary<unknown> {
  const schema = ctx.resolve(raw);
  const pooled = name ? ctx.pool(name) : undefined;
  const own = validOwn(schema, ctx, name, depth);
  if (pooled && pooled.length > 0) {
    return fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...pooled) }, { weight: 1, arbitrary: own });
  }
  return own;
}

function validOwn(schema: Schema, ctx: SchemaContext, name: string, depth: number): fc.Arbitrary<unknown> {
  if (Array.isArray(schema.enum) && schema.enum.length > 0)
    return fc.constantFrom(...(schema.enum as unknown[]));
  if ("const" in schema) return fc.constant(schema.const);
  const alternatives = (schema.anyOf ?? schema.oneOf) as Schema[] | undefined;
  if (alternatives) return fc.oneof(...alternatives.map((s) => validArb(s, ctx, name, depth + 1)));
  if (schema.allOf) return validArb((schema.allOf as Schema[])[0] ?? {}, ctx, name, depth + 1);
  const types = typesOf(schema);
  if (types.length > 1) {
    return fc.oneof(...types.map((type) => validOwn({ ...schema, type }, ctx, name, depth)));
  }
  switch (types[0]) {
    case "string":
      return stringArb(schema, name);
    case "integer":
      return integerArb(schema, name);
    case "number":
      return fc.double({
        min: (schema.minimum as number | undefined) ?? -1e6,
        max: (schema.maximum as number | undefined) ?? 1e6,
        noNaN: true,
        noDefaultInfinity: true,
      });
    case "boolean":
      return fc.boolean();
    case "null":
      return fc.constant(null);
    case "array": {
      const minLength = (schema.minItems as number | undefined) ?? 0;
      const maxLength = Math.min((schema.maxItems as number | undefined) ?? minLength + 3, minLength + 3);
      if (depth > 5) return fc.constant([]);
      return fc.array(validArb((schema.items as Schema) ?? {}, ctx, singular(name), depth + 1), {
        minLength,
        maxLength,
      });
    }
    case "object":
      return objectArb(schema, depth, (s, key) => validArb(s, ctx, key, depth + 1));
    default:
      return fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.constant(null));
  }
}

function singular(name: string): string {
  return name.endsWith("s") ? name.slice(0, -1) : name;
}

function objectArb(
  schema: Schema,
  depth: number,
  child: (schema: Schema, key: string) => fc.Arbitrary<unknown>,
): fc.Arbitrary<Record<string, unknown>> {
  const properties = (schema.properties ?? {}) as Record<string, Schema>;
  const required = new Set((schema.required ?? []) as string[]);
  if (depth > 5) return fc.constant({});
  const model: Record<string, fc.Arbitrary<unknown>> = {};
  for (const [key, value] of Object.entries(properties)) model[key] = child(value, key);
  return fc.record(model, { requiredKeys: Object.keys(properties).filter((k) => required.has(k)) });
}

/**
 * The schema's shape with faults: most leaves valid, some edge values, and at the object level an extra field,
 * a missing required field or a value of another type. Small on purpose, so a failure is easy to read.
 */
export function fuzzArb(raw: Schema, ctx: SchemaContext, name = "", depth = 0): fc.Arbitrary<unknown> {
  const schema = ctx.resolve(raw);
  const types = typesOf(schema);
  const leafEdge = types.includes("string") || schema.enum ? edgeString() : edgeValue();
  if (types[0] === "object" && types.length === 1 && !schema.enum) {
    const required = (schema.required ?? []) as string[];
    const base = objectArb(schema, depth, (s, key) => fuzzArb(s, ctx, key, depth + 1));
    const faults: WeightedArbitrary<unknown>[] = [
      { weight: 6, arbitrary: base },
      {
        weight: 1,
        arbitrary: fc
          .tuple(base, fc.constantFrom("extra", "__proto__", "constructor", "id"), edgeValue())
          .map(([value, key, extra]) => ({ ...value, [key]: extra })),
      },
      { weight: 1, arbitrary: edgeValue() },
    ];
    if (required.length > 0) {
      faults.push({
        weight: 1,
        arbitrary: fc
          .tuple(base, fc.constantFrom(...required))
          .map(([value, key]) => Object.fromEntries(Object.entries(value).filter(([k]) => k !== key))),
      });
    }
    return fc.oneof(...faults);
  }
  if (types[0] === "array" && types.length === 1 && depth <= 5) {
    const item = fuzzArb((schema.items as Schema) ?? {}, ctx, singular(name), depth + 1);
    return fc.oneof(
      { weight: 5, arbitrary: fc.array(item, { maxLength: 3 }) },
      { weight: 1, arbitrary: edgeValue() },
    );
  }
  return fc.oneof(
    { weight: 5, arbitrary: validArb(schema, ctx, name, depth) },
    { weight: 1, arbitrary: leafEdge },
    { weight: 1, arbitrary: edgeValue() },
  );
}
