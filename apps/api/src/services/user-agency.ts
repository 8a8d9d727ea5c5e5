/**
 * The agency an account belongs to, by role: an agency officer works for one (and sees its tasks),
 * a secretariat follows up the notices of one issuing body. Both are required; the other roles
 * may name one for information.
 */
import type { Role } from "../db/schema.js";
import { ApiError } from "../http/problem.js";

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
