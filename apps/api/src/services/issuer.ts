/**
 * The issuing body of a notice or an import: the People's Committee (or other body) whose office
 * follows the work up. A secretariat writes for its own issuer only; an administrator names one,
 * or the notice's header names one the directory knows without doubt — never a guess.
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

/** Refuses a secretariat account that has no issuer yet: it could write nothing it would see. */
const ownIssuer = (p: Principal): string => {
  if (p.issuerId === null) {
    throw new ApiError(
      "forbidden",
      "Tài khoản văn phòng chưa được gắn cơ quan ban hành; đề nghị quản trị viên gắn trong Cài đặt › Người dùng / This secretariat account has no issuing body yet",
    );
  }
  return p.issuerId;
};

/**
 * The issuer `p` may set when asking for `requested` (at `path` of the request): a secretariat
 * only its own; anyone else an agency of the directory.
 */
export const choose = async (
  db: Kysely<Database>,
  p: Principal,
  requested: string,
  path: string,
): Promise<string> => {
  if (isIssuerBound(p)) {
    const own = ownIssuer(p);
    if (requested !== own) {
      throw invalid(
        path,
        `Văn phòng chỉ theo dõi văn bản của cơ quan mình (${own})`,
        "A secretariat writes for its own issuer only",
      );
    }
    return own;
  }
  const found = await db.selectFrom("agencies").select("id").where("id", "=", requested).executeTakeFirst();
  if (found === undefined) throw Tasks.unknownAgency(requested, path);
  return requested;
};

/**
 * The issuer of a new notice or import: the one asked for, else the secretariat's own, else the
 * agency the written issuer (“Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu”) names on `on`, else `null`.
 */
export const forNew = async (
  db: Kysely<Database>,
  p: Principal,
  input: { requested: string | null; written: string | null; on: string | null; path: string },
): Promise<string | null> => {
  if (input.requested !== null) return choose(db, p, input.requested, input.path);
  if (isIssuerBound(p)) return ownIssuer(p);
  return fromLetterhead(db, input.written, input.on);
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
