/**
 * ApiProblem — a failed API call as the SPA sees it: the HTTP status and the RFC 9457
 * problem+json body the API sends (Vietnamese `title`/`detail`, an error `code`, field paths), or
 * a network failure (status 0). `describe` turns it into words a clerk can act on.
 */
import type { Problem } from "@dondoc/client";
import type { TFunction } from "i18next";

/** One field the API refused, with its path (`body.dueOn`) and why. */
export type ProblemField = NonNullable<Problem["errors"]>[number];

/**
 * The API's problem+json (`Problem` of the client), read tolerantly: any field may be missing, and
 * a proxy's error page may carry a code of its own.
 */
export type ProblemBody = Partial<Pick<Problem, "type" | "title" | "detail" | "status" | "errors">> & {
  readonly code?: string;
  /** The follow-up rule that refused the request (`deadline-unresolved`, `limit-reached`…). */
  readonly rule?: string;
};

export class ApiProblem extends Error {
  readonly status: number;
  readonly body: ProblemBody;
  constructor(status: number, body: ProblemBody) {
    super(body.detail ?? body.title ?? `HTTP ${status}`);
    this.name = "ApiProblem";
    this.status = status;
    this.body = body;
  }
}

/** Reads whatever the server said into a `ProblemBody`, tolerating non-JSON error pages. */
export async function fromResponse(response: Response): Promise<ApiProblem> {
  let body: ProblemBody = {};
  const type = response.headers.get("content-type") ?? "";
  try {
    if (type.includes("json")) {
      const json: unknown = await response.json();
      if (json && typeof json === "object") body = normalize(json as Record<string, unknown>);
    }
  } catch {
    // An unreadable body still leaves the status to explain the failure.
  }
  return new ApiProblem(response.status, body);
}

/** Reads a problem+json object (or an unknown error body) into a `ProblemBody`. */
export function normalize(json: Record<string, unknown>): ProblemBody {
  const str = (v: unknown) => (typeof v === "string" ? v : undefined);
  const rawErrors = Array.isArray(json.errors) ? json.errors : Array.isArray(json.issues) ? json.issues : [];
  const errors: ProblemField[] = [];
  for (const e of rawErrors) {
    if (e && typeof e === "object") {
      const r = e as Record<string, unknown>;
      const path = Array.isArray(r.path) ? r.path.join(".") : (str(r.path) ?? str(r.pointer) ?? "");
      errors.push({ path, message: str(r.message) ?? str(r.detail) ?? "" });
    }
  }
  const body: { -readonly [K in keyof ProblemBody]: ProblemBody[K] } = { errors };
  const title = str(json.title);
  const detail = str(json.detail) ?? str(json.message);
  const code = str(json.code) ?? str(json.error);
  const type = str(json.type);
  const rule = str(json.rule);
  if (rule !== undefined) body.rule = rule;
  if (title !== undefined) body.title = title;
  if (detail !== undefined) body.detail = detail;
  if (code !== undefined) body.code = code;
  if (type !== undefined) body.type = type;
  if (typeof json.status === "number") body.status = json.status;
  return body;
}

export interface ProblemMessage {
  /** What went wrong, in the user's language. */
  readonly title: string;
  /** What the server said (Vietnamese), when it said something useful. */
  readonly detail: string | null;
  /** What the user can do next. */
  readonly hint: string | null;
  readonly fields: readonly ProblemField[];
}

/** The message a clerk reads for any failure (an `ApiProblem`, a network error, a bug). */
export function describe(error: unknown, t: TFunction): ProblemMessage {
  if (!(error instanceof ApiProblem)) {
    const offline = error instanceof TypeError;
    return {
      title: t(offline ? "errors.network.title" : "errors.unexpected.title"),
      detail: null,
      hint: t(offline ? "errors.network.hint" : "errors.unexpected.hint"),
      fields: [],
    };
  }
  const key = keyForCode(error.body.code) ?? keyFor(error.status);
  const detail = error.body.detail ?? error.body.title ?? null;
  return {
    title: t(`errors.${key}.title`),
    detail: detail === null ? null : inLanguage(detail, t("errors.languageSide")),
    hint: t(`errors.${key}.hint`),
    fields: error.body.errors ?? [],
  };
}

/**
 * The API writes `Vietnamese / English`; show the side in the reader's language (`vi` or `en`),
 * or the whole text when it has one side only.
 */
export function inLanguage(text: string, side: string): string {
  const parts = text.split(" / ");
  if (parts.length !== 2) return text;
  return (side === "en" ? parts[1] : parts[0]) ?? text;
}

function keyForCode(code: string | undefined): ProblemKey | undefined {
  switch (code) {
    case "invalid-credentials":
      return "credentials";
    case "csrf-failed":
      return "unauthorized";
    case "invalid-transition":
      return "transition";
    case "unresolved-agency":
      return "unresolvedAgency";
    case "password-change-required":
      return "passwordChange";
    case "precondition-failed":
    case "precondition-required":
      return "stale";
    default:
      return undefined;
  }
}

type ProblemKey =
  | "credentials"
  | "transition"
  | "unresolvedAgency"
  | "passwordChange"
  | "network"
  | "badRequest"
  | "unauthorized"
  | "forbidden"
  | "notFound"
  | "conflict"
  | "stale"
  | "tooLarge"
  | "unsupported"
  | "tooMany"
  | "server"
  | "unexpected";

function keyFor(status: number): ProblemKey {
  if (status === 0) return "network";
  if (status === 400 || status === 422) return "badRequest";
  if (status === 401) return "unauthorized";
  if (status === 403) return "forbidden";
  if (status === 404) return "notFound";
  if (status === 409) return "conflict";
  if (status === 412 || status === 428) return "stale";
  if (status === 413) return "tooLarge";
  if (status === 415) return "unsupported";
  if (status === 429) return "tooMany";
  if (status >= 500) return "server";
  return "unexpected";
}

/**
 * The tasks a refused publish names as having a deadline phrase that resolved to no date (problem
 * `rule-violated`, rule `deadline-unresolved`, one error `tasks.<id>.deadline` a task), or `[]`.
 */
export function unresolvedDeadlines(error: unknown): { readonly taskId: string; readonly message: string }[] {
  if (!(error instanceof ApiProblem) || error.body.rule !== "deadline-unresolved") return [];
  return (error.body.errors ?? []).flatMap((e) => {
    const m = /^tasks\.(.+)\.deadline$/.exec(e.path);
    return m?.[1] === undefined ? [] : [{ taskId: m[1], message: e.message }];
  });
}
