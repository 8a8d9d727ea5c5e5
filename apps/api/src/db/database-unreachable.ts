/**
 * DatabaseUnreachable — the PostgreSQL server named by `DATABASE_URL` could not be reached or
 * refused the connection. The message names where it tried (host, port, database, user — never the
 * password) and the server's own reason, so “no user name”, “password authentication failed” or
 * “connection refused” are read at once instead of hiding behind a failed migration.
 */
import * as Data from "effect/Data";

export class DatabaseUnreachable extends Data.TaggedError("DatabaseUnreachable")<{
  /** `host:port/database`. */
  readonly where: string;
  /** The user name sent, `null` when the URL had none. */
  readonly user: string | null;
  /** The driver's or the server's reason. */
  readonly reason: string;
}> {
  override get message(): string {
    const user = this.user ?? "(không có / none)";
    const hint =
      this.user === null
        ? " — DATABASE_URL không có tên người dùng; thêm vào, ví dụ postgres://postgres@máy-chủ/csdl / DATABASE_URL has no user name: add one"
        : "";
    return `Không kết nối được PostgreSQL tại ${this.where}, người dùng ${user}: ${this.reason}${hint} / Cannot connect to PostgreSQL at ${this.where} as ${user}: ${this.reason}`;
  }
}

/** The error for `url` and the driver's failure. */
export const of = (url: string, cause: unknown): DatabaseUnreachable => {
  let where = "?";
  let user: string | null = null;
  try {
    const u = new URL(url);
    where = `${u.hostname || "localhost"}:${u.port || "5432"}${u.pathname}`;
    user = u.username === "" ? null : decodeURIComponent(u.username);
  } catch {
    // An unreadable URL: the driver's reason says why.
  }
  const reason = cause instanceof Error ? cause.message : String(cause);
  return new DatabaseUnreachable({ where, user, reason });
};
