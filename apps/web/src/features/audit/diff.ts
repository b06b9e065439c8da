/** Field-by-field comparison of an audit row's `before` and `after` snapshots, for display. */

export type DiffKind = "added" | "removed" | "changed" | "unchanged";

export type DiffRow = { path: string; before: unknown; after: unknown; kind: DiffKind };

const ROOT = "$";

function isContainer(value: unknown): value is Record<string, unknown> | unknown[] {
  return typeof value === "object" && value !== null && Object.keys(value).length > 0;
}

function childPath(parent: string, key: string, parentIsArray: boolean): string {
  if (parentIsArray) return `${parent === ROOT ? "" : parent}[${key}]`;
  return parent === ROOT ? key : `${parent}.${key}`;
}

/** Leaf values keyed by path ("scope.kind", "items[0].code"). A scalar snapshot is keyed "$". */
export function flatten(value: unknown, path = ROOT, out = new Map<string, unknown>()): Map<string, unknown> {
  if (value === undefined || (value === null && path === ROOT)) return out;
  if (isContainer(value)) {
    const isArray = Array.isArray(value);
    for (const [key, child] of Object.entries(value)) flatten(child, childPath(path, key, isArray), out);
    return out;
  }
  out.set(path, value);
  return out;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export function diffSnapshots(before: unknown, after: unknown): DiffRow[] {
  const left = flatten(before);
  const right = flatten(after);
  const paths = [...left.keys(), ...[...right.keys()].filter((path) => !left.has(path))];
  return paths.map((path) => {
    const a = left.get(path);
    const b = right.get(path);
    let kind: DiffKind = "changed";
    if (!left.has(path)) kind = "added";
    else if (!right.has(path)) kind = "removed";
    else if (same(a, b)) kind = "unchanged";
    return { path, before: a, after: b, kind };
  });
}

/** A leaf value as text: strings as they are, everything else as JSON. */
export function displayValue(value: unknown): string {
  if (value === undefined) return "";
  if (typeof value === "string") return value;
  return JSON.stringify(value);
}
