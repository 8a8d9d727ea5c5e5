/** An opaque keyset cursor over (instant, id), for the newest-first lists of this package. */
import { ApiError } from "../http/problem.js";

export const encode = (at: Date, id: string): string =>
  Buffer.from(JSON.stringify([at.toISOString(), id])).toString("base64url");

/** Reads a cursor; 400 with the field path when it is not one of ours. */
export const decode = (raw: string): { at: Date; id: string } => {
  try {
    const v: unknown = JSON.parse(Buffer.from(raw, "base64url").toString("utf8"));
    if (
      Array.isArray(v) &&
      typeof v[0] === "string" &&
      typeof v[1] === "string" &&
      !Number.isNaN(Date.parse(v[0]))
    )
      return { at: new Date(v[0]), id: v[1] };
  } catch {
    // fall through
  }
  throw new ApiError("validation-failed", "Con trỏ trang không hợp lệ / Invalid cursor", {
    errors: [{ path: "query.cursor", message: "Con trỏ không hợp lệ" }],
  });
};
