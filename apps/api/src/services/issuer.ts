/**
 * The issuing body of a notice or an import: the People's Committee (or other body) whose office
 * follows the work up. A secretariat (or a key) writes for the issuers it follows only; an
 * administrator names one, or the notice's header names one the directory knows without doubt —
 * never a guess.
 */
import { AgencyDirectory } from "@dondoc/domain";
import type { Kysely } from "kysely";

import type { Principal } from "../auth/principal.js";
import { isIssuerBound } from "../auth/principal.js";
import type { Database } from "../db/schema.js";
import { ApiError } from "../http/problem.js";
import * as Directory from "./directory.js";
import * as Tasks from "./tasks.js";

const invalid = (path: string, message: string, english: string) =>
  new ApiError("validation-failed", `${message} / ${english}`, { errors: [{ path, message }] });

/** Refuses an account or key that has no issuer yet: it could write nothing it would see. */
const ownIssuers = (p: Principal): readonly string[] => {
  const own = p.issuerIds ?? [];
  if (own.length === 0) {
    throw new ApiError(
      "forbidden",
      "Tài khoản văn phòng chưa được gắn cơ quan ban hành; đề nghị quản trị viên gắn trong Cài đặt › Người dùng / This secretariat account has no issuing body yet",
    );
  }
  return own;
};

/**
 * The issuer `p` may set when asking for `requested` (at `path` of the request): a secretariat
 * or a key one of those it follows; anyone else an agency of the directory.
 */
export const choose = async (
  db: Kysely<Database>,
  p: Principal,
  requested: string,
  path: string,
): Promise<string> => {
  if (isIssuerBound(p)) {
    const own = ownIssuers(p);
    if (!own.includes(requested)) {
      throw invalid(
        path,
        `Văn phòng chỉ theo dõi văn bản của cơ quan mình (${own.join(", ")})`,
        "A secretariat writes for its own issuers only",
      );
    }
    return requested;
  }
  const found = await db.selectFrom("agencies").select("id").where("id", "=", requested).executeTakeFirst();
  if (found === undefined) throw Tasks.unknownAgency(requested, path);
  return requested;
};

/**
 * The issuer of a new notice or import: the one asked for, else the secretariat's own when it
 * follows one, else the agency the written issuer (“Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu”)
 * names on `on` (for a secretariat of several issuers, when it is one of them), else `null` —
 * and for a secretariat of several issuers, a 400 asking which.
 */
export const forNew = async (
  db: Kysely<Database>,
  p: Principal,
  input: { requested: string | null; written: string | null; on: string | null; path: string },
): Promise<string | null> => {
  if (input.requested !== null) return choose(db, p, input.requested, input.path);
  if (!isIssuerBound(p)) return fromLetterhead(db, input.written, input.on);
  const own = ownIssuers(p);
  const [only] = own;
  if (own.length === 1 && only !== undefined) return only;
  const written = await fromLetterhead(db, input.written, input.on);
  if (written !== null && own.includes(written)) return written;
  throw invalid(
    input.path,
    `Chọn cơ quan ban hành trong số cơ quan văn phòng theo dõi (${own.join(", ")})`,
    "Name the issuer: this account follows several",
  );
};

/** The agency a written issuer names on `on`, when the directory knows exactly one; else `null`. */
export const fromLetterhead = async (
  db: Kysely<Database>,
  written: string | null,
  on: string | null,
): Promise<string | null> => {
  if (written === null) return null;
  const match = AgencyDirectory.match(await Directory.load(db), written, on);
  return match.kind === "agency" ? match.agency.id : null;
};

/** Refuses ids the directory does not know (at `path`); returns them once each, in order. */
export const known = async (
  db: Kysely<Database>,
  ids: readonly string[],
  path: string,
): Promise<string[]> => {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return [];
  const found = new Set(
    (await db.selectFrom("agencies").select("id").where("id", "in", unique).execute()).map((r) => r.id),
  );
  const missing = unique.find((id) => !found.has(id));
  if (missing !== undefined) throw Tasks.unknownAgency(missing, path);
  return unique;
};
