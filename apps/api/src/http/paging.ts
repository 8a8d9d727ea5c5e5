/**
 * The one way a collection is paged: `?cursor=&limit=` in, `{ items, nextCursor, total? }` out —
 * the contract of `GET /v1/tasks` and `GET /v1/audit`, shared by every list. A cursor is opaque to
 * clients (send back the `nextCursor` you were given; `null` means the last page). Lists with their
 * own keyset (tasks, audit, notices, notifications, deliveries) keep it; the others page by
 * position in their fixed order, carried in the cursor, and say how many there are in `total`.
 */
import { z } from "@hono/zod-openapi";
import type { SelectQueryBuilder } from "kysely";
import { sql } from "kysely";

import { ApiError } from "./problem.js";

/** Items per page when the client does not say, and the most it may ask for. */
export const DEFAULT_LIMIT = 100;
export const MAX_LIMIT = 500;

/** The `cursor` and `limit` query fields, to `.extend()` a list's own query schema with. */
export const PageQuery = z.object({
  cursor: z.string().min(1).max(500).optional().openapi({
    description: "Con trỏ trang: nextCursor của trang trước / the previous page's nextCursor",
    example: "eyJvIjoxMDB9",
  }),
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(MAX_LIMIT)
    .default(DEFAULT_LIMIT)
    .openapi({
      description: `Số phần tử mỗi trang (mặc định ${DEFAULT_LIMIT}, tối đa ${MAX_LIMIT})`,
      example: DEFAULT_LIMIT,
    }),
});
export type PageQuery = z.infer<typeof PageQuery>;

/** The page of a list: its items, the cursor of the next page and, where cheap, how many in all. */
export const page = <S extends z.ZodType>(item: S, name: string) =>
  z
    .object({
      items: z.array(item).openapi({ description: "Các phần tử của trang" }),
      nextCursor: z
        .string()
        .nullable()
        .openapi({ description: "Con trỏ trang sau; null khi hết", example: "eyJvIjoxMDB9" }),
      total: z
        .number()
        .int()
        .optional()
        .openapi({ description: "Tổng số phần tử của danh sách (khi tính được rẻ)", example: 111 }),
    })
    .openapi(name);

/** Where a page starts in a list's fixed order, and how long it is. */
export interface Window {
  readonly offset: number;
  readonly limit: number;
}

const encode = (offset: number): string => Buffer.from(JSON.stringify({ o: offset })).toString("base64url");

/**
 * The window a query asks for.
 *
 * @throws ApiError `validation-failed` (400, `query.cursor`) for a cursor this module did not make.
 */
export const windowOf = (q: PageQuery): Window => {
  if (q.cursor === undefined) return { offset: 0, limit: q.limit };
  try {
    const v: unknown = JSON.parse(Buffer.from(q.cursor, "base64url").toString("utf8"));
    if (typeof v === "object" && v !== null && "o" in v && Number.isSafeInteger(v.o) && Number(v.o) >= 0) {
      return { offset: Number(v.o), limit: q.limit };
    }
  } catch {
    // not JSON: refused below
  }
  throw new ApiError("validation-failed", "Con trỏ trang không hợp lệ / Invalid cursor", {
    errors: [{ path: "query.cursor", message: "Con trỏ không hợp lệ" }],
  });
};

/** The page of `all` (a list already in its fixed order) that `q` asks for. */
export const slice = <T>(
  all: readonly T[],
  q: PageQuery,
): { items: T[]; nextCursor: string | null; total: number } => {
  const w = windowOf(q);
  const end = w.offset + w.limit;
  return {
    items: all.slice(w.offset, end),
    nextCursor: end < all.length ? encode(end) : null,
    total: all.length,
  };
};

/**
 * Runs `query` (with its `orderBy`, which must end on a unique key) for the page `q` asks for,
 * and counts the whole list: `{ rows, nextCursor, total }`.
 */
export const run = async <DB, TB extends keyof DB, O>(query: SelectQueryBuilder<DB, TB, O>, q: PageQuery) => {
  const w = windowOf(q);
  const rows = await query
    .limit(w.limit + 1)
    .offset(w.offset)
    .execute();
  const counted = await query
    .clearSelect()
    .clearOrderBy()
    .select(sql<string>`count(*)`.as("n"))
    .executeTakeFirst();
  const more = rows.length > w.limit;
  return {
    rows: more ? rows.slice(0, w.limit) : rows,
    nextCursor: more ? encode(w.offset + w.limit) : null,
    total: Number((counted as { n?: string } | undefined)?.n ?? 0),
  };
};
