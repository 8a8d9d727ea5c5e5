/**
 * The agency an account belongs to, by role: an agency officer works for one (and sees its tasks),
 * a secretariat follows up the notices of one or more issuing bodies (an office serving both the
 * People's Council and the People's Committee follows both). Both are required; the other roles
 * may name an agency for information and follow no issuer.
 */
import type { Kysely } from "kysely";

import type { Database, Role } from "../db/schema.js";
import { ApiError } from "../http/problem.js";
import * as Issuer from "./issuer.js";

const required: Partial<Record<Role, { vi: string; en: string }>> = {
  agency_officer: {
    vi: "Cán bộ cơ quan phải thuộc một cơ quan",
    en: "An agency officer needs an agency",
  },
  secretariat: {
    vi: "Văn phòng phải gắn với cơ quan ban hành mà mình theo dõi (ví dụ UBND tỉnh)",
    en: "A secretariat account needs the issuing body it follows up",
  },
};

export const check = (role: Role, agencyId: string | null): void => {
  const need = required[role];
  if (need === undefined || agencyId !== null) return;
  throw new ApiError("validation-failed", `${need.vi} / ${need.en}`, {
    errors: [{ path: "body.agencyId", message: `Bắt buộc với vai trò ${role}` }],
  });
};

/**
 * The agency and issuers an account ends up with. A secretariat's issuers are `issuerIds` when
 * given (its agency then becomes the first of them, unless the agency asked for is among them),
 * else its agency alone — so a client that only knows `agencyId` keeps working. The other roles
 * follow no issuer. Unknown agencies are refused (400 naming the field).
 */
export const resolve = async (
  db: Kysely<Database>,
  input: { role: Role; agencyId: string | null; issuerIds: readonly string[] | undefined },
): Promise<{ agencyId: string | null; issuerIds: string[] }> => {
  if (input.role !== "secretariat" || input.issuerIds === undefined) {
    check(input.role, input.agencyId);
    if (input.agencyId !== null) await Issuer.known(db, [input.agencyId], "body.agencyId");
    return {
      agencyId: input.agencyId,
      issuerIds: input.role === "secretariat" && input.agencyId !== null ? [input.agencyId] : [],
    };
  }
  const issuerIds = await Issuer.known(db, input.issuerIds, "body.issuerIds");
  const [first] = issuerIds;
  if (first === undefined) {
    throw new ApiError("validation-failed", `${required.secretariat?.vi} / ${required.secretariat?.en}`, {
      errors: [{ path: "body.issuerIds", message: "Cần ít nhất một cơ quan ban hành" }],
    });
  }
  const agencyId = input.agencyId !== null && issuerIds.includes(input.agencyId) ? input.agencyId : first;
  return { agencyId, issuerIds };
};
