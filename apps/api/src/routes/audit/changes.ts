/**
 * The fields an audited change edited: for a row holding both a before and an after object, each
 * top-level field whose value differs, with both values. Bookkeeping columns (version, stamps,
 * search keys, the notice's source text) are left out: they change with every write and tell a
 * reader nothing.
 */
export interface FieldChange {
  readonly field: string;
  readonly before: unknown;
  readonly after: unknown;
}

const BOOKKEEPING: ReadonlySet<string> = new Set([
  "id",
  "version",
  "created_at",
  "updated_at",
  "search_text",
  "source_text",
  "password_hash",
  "secret_hash",
]);

const isObject = (x: unknown): x is Record<string, unknown> =>
  typeof x === "object" && x !== null && !Array.isArray(x);

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** The edited fields of a change from `before` to `after`, in the after object's order. */
export const of = (before: unknown, after: unknown): FieldChange[] => {
  if (!isObject(before) || !isObject(after)) return [];
  const fields = [...new Set([...Object.keys(after), ...Object.keys(before)])];
  return fields
    .filter((f) => !BOOKKEEPING.has(f) && f in after && !same(before[f], after[f]))
    .map((f) => ({ field: f, before: before[f] ?? null, after: after[f] ?? null }));
};
