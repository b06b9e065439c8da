/**
 * Repairs what the OpenAPI generator gets wrong in the served document. @asteasolutions/zod-to-openapi writes a
 * regular expression's `pattern` as its `toString()` minus the slashes, so `/^\d{4}$/u` becomes `^\d{4}$/u` and
 * every client that validates against the document refuses every valid value. The flags are dropped here: JSON
 * Schema patterns are read in Unicode mode already (the `u` flag), and none of ours relies on another flag.
 */
export function withPlainPatterns<T>(document: T): T {
  return repair(document) as T;
}

// A trailing unescaped "/" followed only by flag letters: what toString() left behind.
const FLAGS_SUFFIX = /(?<!\\)\/[dgimsuvy]+$/;

function repair(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(repair);
  if (node === null || typeof node !== "object") return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    out[key] =
      key === "pattern" && typeof value === "string" ? value.replace(FLAGS_SUFFIX, "") : repair(value);
  }
  return out;
}
