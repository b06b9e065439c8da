import { formatDate, formatDateTime, formatDong, formatNumber } from "../format";
import { auditField, compareAuditFields, type FieldFormat, type ReferenceKind } from "./audit-fields";

/**
 * An audit row's before/after snapshots as the reader should see them (issue 14, item 3): only the fields that
 * changed, under their Vietnamese labels, codes as names, money as "1.250.000 đ", dates as dd/mm/yyyy and a list
 * of records (yearly figures, sites, plan lines) as a small table. Pure: the names of referenced records
 * (communes, organisations, users) are looked up by the caller, one query per kind (see `referencedIds`).
 */
export type AuditTable = { columns: string[]; rows: string[][] };
/** `text` always reads on its own (the export uses it); `table` is the same value laid out for the screen. */
export type AuditValue = { text: string; table?: AuditTable } | null;
export type AuditChange = { field: string; label: string; before: AuditValue; after: AuditValue };
export type ReferenceNames = Partial<Record<ReferenceKind, Readonly<Record<string, string>>>>;

type Snapshot = Record<string, unknown>;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const DIGITS = /^-?\d+$/;

function isRecord(value: unknown): value is Snapshot {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A snapshot that is not an object (a list of reported figures) reads as one field. */
function asSnapshot(value: unknown): Snapshot {
  if (value === null || value === undefined) return {};
  return isRecord(value) ? value : { items: value };
}

function isEmpty(value: unknown): boolean {
  return (
    value === null || value === undefined || value === "" || (Array.isArray(value) && value.length === 0)
  );
}

function scalarText(value: unknown, format: FieldFormat | undefined, names: ReferenceNames): string {
  if (typeof value === "boolean") return value ? "Có" : "Không";
  const text = String(value);
  switch (format?.kind) {
    case "codes":
      return format.labels[text] ?? text;
    case "reference":
      return names[format.to]?.[text] ?? format.fallback?.[text] ?? text;
    case "money":
      return DIGITS.test(text) ? `${formatDong(text)} đ` : text;
    case "percent":
      return Number.isFinite(Number(text))
        ? `${formatNumber(Number(text), { maxFractionDigits: 2 })} %`
        : text;
    case "number":
      return Number.isFinite(Number(text)) ? formatNumber(Number(text), { maxFractionDigits: 2 }) : text;
    case "year":
      return text;
  }
  if (typeof value === "number") return formatNumber(value, { maxFractionDigits: 2 });
  if (ISO_DATE.test(text)) return formatDate(text);
  if (ISO_INSTANT.test(text)) return formatDateTime(text, false);
  return text;
}

/** Columns of a list of records: every key some row fills, in the catalogue's order, hidden ones left out. */
function tableOf(entity: string, rows: Snapshot[], names: ReferenceNames): AuditTable {
  const keys = [...new Set(rows.flatMap((row) => Object.keys(row)))]
    .filter((key) => auditField(entity, key).format?.kind !== "skip")
    // A column no row fills says nothing; it only widens the table.
    .filter((key) => rows.some((row) => !isEmpty(row[key])))
    .sort(compareAuditFields);
  return {
    columns: keys.map((key) => auditField(entity, key).label),
    rows: rows.map((row) =>
      keys.map((key) => (isEmpty(row[key]) ? "" : valueText(entity, key, row[key], names))),
    ),
  };
}

function tableText(table: AuditTable): string {
  return table.rows
    .map((row) =>
      row
        .map((cell, index) => (cell ? `${table.columns[index]}: ${cell}` : ""))
        .filter(Boolean)
        .join(", "),
    )
    .join("; ");
}

function valueText(entity: string, field: string, value: unknown, names: ReferenceNames): string {
  return presentValue(entity, field, value, names)?.text ?? "";
}

/** One field's value in words; nested records read with their own labels (a payment's kind, amount, date). */
export function presentValue(
  entity: string,
  field: string,
  value: unknown,
  names: ReferenceNames,
): AuditValue {
  if (isEmpty(value)) return null;
  const format = auditField(entity, field).format;
  if (Array.isArray(value)) {
    if (value.every(isRecord)) {
      const table = tableOf(field, value, names);
      return { text: tableText(table), table };
    }
    return { text: value.map((item) => scalarText(item, format, names)).join(", ") };
  }
  if (isRecord(value)) {
    const parts = Object.entries(value)
      .sort(([a], [b]) => compareAuditFields(a, b))
      .filter(([key, child]) => !isEmpty(child) && auditField(field, key).format?.kind !== "skip")
      .map(([key, child]) => `${auditField(field, key).label}: ${valueText(field, key, child, names)}`);
    return { text: parts.join("; ") };
  }
  return { text: scalarText(value, format, names) };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** The changed fields of one audit row, in the catalogue's order; a creation lists every field it filled. */
export function presentChanges(options: {
  entity: string | null;
  before: unknown;
  after: unknown;
  names?: ReferenceNames;
}): AuditChange[] {
  const entity = options.entity ?? "";
  const names = options.names ?? {};
  const before = asSnapshot(options.before);
  const after = asSnapshot(options.after);
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort(compareAuditFields);
  return fields
    .filter((field) => auditField(entity, field).format?.kind !== "skip")
    .filter((field) => !same(before[field], after[field]))
    .filter((field) => !(isEmpty(before[field]) && isEmpty(after[field])))
    .map((field) => ({
      field,
      label: auditField(entity, field).label,
      before: presentValue(entity, field, before[field], names),
      after: presentValue(entity, field, after[field], names),
    }));
}

/**
 * The ids a row's snapshots point at, by kind, so the caller can fetch every name of a page of rows in one
 * query per kind (never one per row).
 */
export function referencedIds(
  entity: string | null,
  snapshots: unknown[],
  into: Record<ReferenceKind, Set<string>> = {
    adminUnit: new Set(),
    organisation: new Set(),
    user: new Set(),
  },
): Record<ReferenceKind, Set<string>> {
  const visit = (scope: string, value: unknown) => {
    if (Array.isArray(value)) {
      for (const item of value) visit(scope, item);
      return;
    }
    if (!isRecord(value)) return;
    for (const [key, child] of Object.entries(value)) {
      const format = auditField(scope, key).format;
      if (format?.kind === "reference") {
        for (const id of Array.isArray(child) ? child : [child]) {
          if (typeof id === "string" && id) into[format.to].add(id);
        }
      } else if (typeof child === "object" && child !== null) {
        visit(key, child);
      }
    }
  };
  for (const snapshot of snapshots) visit(entity ?? "", asSnapshot(snapshot));
  return into;
}
