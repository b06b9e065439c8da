import { requestExamples } from "./openapi-examples";
import { operationIds, publicOperations, tagDescriptions } from "./openapi-operations";

type Operation = {
  operationId?: string;
  security?: unknown[];
  requestBody?: { content?: Record<string, { example?: unknown }> };
};
type Document = {
  info: Record<string, unknown>;
  paths?: Record<string, Record<string, Operation>>;
  [key: string]: unknown;
};

const METHODS = new Set(["get", "put", "post", "patch", "delete", "head", "options"]);

/**
 * The served OpenAPI document, finished so that standard tools accept it (Redocly's recommended rules, in the
 * test suite): every operation named (`platform/openapi-operations.ts`), public ones saying `security: []` under
 * a root that requires the session cookie, the server, the licence, the tags described in both languages,
 * examples on the main request bodies, and patterns without the flags the generator leaves behind.
 */
export function finishOpenApiDocument<T extends Document>(generated: T, options: { publicUrl: string }): T {
  const document = withPlainPatterns(generated);
  for (const [path, item] of Object.entries(document.paths ?? {})) {
    for (const [method, operation] of Object.entries(item)) {
      if (!METHODS.has(method)) continue;
      const key = `${method.toUpperCase()} ${path}`;
      // A route missing from the table still gets a unique name; the OpenAPI test fails on it.
      operation.operationId = operationIds[key] ?? `unnamed.${method}${path.replace(/\W+/g, "_")}`;
      if (publicOperations.has(key)) operation.security = [];
      const example = requestExamples[operation.operationId];
      const json = operation.requestBody?.content?.["application/json"];
      if (example !== undefined && json) json.example = example;
    }
  }
  return {
    ...document,
    info: {
      ...document.info,
      license: { name: "Bản quyền thuộc cơ quan chủ quản hệ thống", url: `${options.publicUrl}/api/docs` },
    },
    // Relative: the document is served by the server it describes, whatever name it is reached by.
    servers: [{ url: "/", description: "Máy chủ phục vụ tài liệu này / the server serving this document" }],
    security: [{ cookieAuth: [] }],
    tags: Object.entries(tagDescriptions).map(([name, description]) => ({ name, description })),
  };
}

/**
 * @asteasolutions/zod-to-openapi writes a regular expression's `pattern` as its `toString()` minus the slashes, so
 * `/^\d{4}$/u` becomes `^\d{4}$/u` and every client that validates against the document refuses every valid value.
 * The flags are dropped: JSON Schema patterns are read in Unicode mode already, and none of ours relies on another.
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
