/**
 * ReportScope — which tasks a report covers (phạm vi báo cáo): all of them, one lead agency's, one
 * notice's, those of the notices one body issued, or those contributing to one resolution. Written
 * on the command line as `all`, `agency:ID`, `notice:ID`, `issuer:ID`, `resolution:ID`.
 */
import * as Result from "effect/Result";

import { InvalidScope, UnknownScopeTarget } from "./errors.js";
import type { ReportData, ReportTask } from "./report-data.js";

export type ReportScope =
  | { readonly kind: "all" }
  | { readonly kind: "agency"; readonly id: string }
  | { readonly kind: "notice"; readonly id: string }
  | { readonly kind: "issuer"; readonly id: string }
  | { readonly kind: "resolution"; readonly id: string };

export const all: ReportScope = { kind: "all" };

/**
 * Reads `all`, `agency:ID`, `notice:ID`, `issuer:ID` or `resolution:ID`.
 *
 * Errors: `InvalidScope` for anything else.
 */
export const parse = (input: string): Result.Result<ReportScope, InvalidScope> => {
  const text = input.trim();
  if (text === "all") return Result.succeed(all);
  const colon = text.indexOf(":");
  const kind = text.slice(0, colon);
  const id = text.slice(colon + 1).trim();
  if (colon < 0 || id === "") return Result.fail(new InvalidScope({ input }));
  if (kind === "agency" || kind === "notice" || kind === "issuer" || kind === "resolution") {
    return Result.succeed({ kind, id });
  }
  return Result.fail(new InvalidScope({ input }));
};

/**
 * Checks that the scope names something the data contains.
 *
 * Errors: `UnknownScopeTarget`.
 */
export const check = (
  scope: ReportScope,
  data: ReportData,
): Result.Result<ReportScope, UnknownScopeTarget> => {
  if (scope.kind === "all") return Result.succeed(scope);
  const found =
    (scope.kind === "agency" &&
      (data.agencies.some((a) => a.id === scope.id) || data.tasks.some((t) => t.lead.id === scope.id))) ||
    (scope.kind === "notice" && data.notices.some((n) => n.id === scope.id)) ||
    (scope.kind === "issuer" && data.notices.some((n) => n.issuer?.id === scope.id)) ||
    (scope.kind === "resolution" && data.resolutions.some((r) => r.id === scope.id));
  if (found) return Result.succeed(scope);
  return Result.fail(new UnknownScopeTarget({ kind: scope.kind, id: scope.id }));
};

/**
 * Whether a task falls in the scope. An `issuer` scope needs the notices' issuers: pass
 * `issuedBy`, the ids of the notices that body issued (see `noticesOf`).
 */
export const includes = (scope: ReportScope, task: ReportTask, issuedBy?: ReadonlySet<string>): boolean => {
  switch (scope.kind) {
    case "issuer":
      return issuedBy?.has(task.noticeId) ?? false;
    case "all":
      return true;
    case "agency":
      return task.lead.id === scope.id;
    case "notice":
      return task.noticeId === scope.id;
    case "resolution":
      return task.resolutionIds.includes(scope.id);
  }
};

/** The ids of the notices an issuer scope covers (empty for other scopes). */
export const noticesOf = (scope: ReportScope, data: ReportData): ReadonlySet<string> =>
  new Set(
    scope.kind === "issuer" ? data.notices.filter((n) => n.issuer?.id === scope.id).map((n) => n.id) : [],
  );

/** The scope as a report subtitle names it. */
export const label = (scope: ReportScope, data: ReportData, lang: "vi" | "en" = "vi"): string => {
  switch (scope.kind) {
    case "all":
      return lang === "vi" ? "Tất cả nhiệm vụ" : "All tasks";
    case "agency": {
      const name =
        data.agencies.find((a) => a.id === scope.id)?.name ??
        data.tasks.find((t) => t.lead.id === scope.id)?.lead.name ??
        scope.id;
      return lang === "vi" ? `Nhiệm vụ do ${name} chủ trì` : `Tasks led by ${name}`;
    }
    case "notice": {
      const code = data.notices.find((n) => n.id === scope.id)?.code ?? scope.id;
      return lang === "vi" ? `Nhiệm vụ tại Thông báo số ${code}` : `Tasks of notice ${code}`;
    }
    case "issuer": {
      const name = data.notices.find((n) => n.issuer?.id === scope.id)?.issuer?.name ?? scope.id;
      return lang === "vi"
        ? `Nhiệm vụ tại các thông báo của ${name}`
        : `Tasks of the notices issued by ${name}`;
    }
    case "resolution": {
      const code = data.resolutions.find((r) => r.id === scope.id)?.code ?? scope.id;
      return lang === "vi" ? `Nhiệm vụ thực hiện ${code}` : `Tasks implementing ${code}`;
    }
  }
};
