/**
 * The one table from a use case's error (the domain's tagged errors and the use cases' own) to a
 * problem: its code (hence HTTP status), its detail and, for input errors, the request field. Routes
 * call {@link orThrow} on a use case's result and never map errors themselves.
 */
import type { Task } from "@dondoc/domain";
import * as Result from "effect/Result";

import type { Forbidden, NotFound, StaleVersion, UnknownReference } from "../use-cases/use-case-error.js";
import * as ETag from "./etag.js";
import { ApiError, type ProblemCode } from "./problem.js";

/** Every error a use case returns. */
export type UseCaseError = Task.TaskError | NotFound | StaleVersion | UnknownReference | Forbidden;

/**
 * The problem code of each rule a domain transition can refuse (`TaskRuleError.code`). Input that
 * cannot be right is `validation-failed`; a rule of the policy or the lifecycle that this input
 * breaks in this state is `rule-violated`; a request already decided or pending is a conflict.
 */
const ruleProblem: Record<string, ProblemCode> = {
  "input-missing": "validation-failed",
  "invalid-date": "validation-failed",
  "invalid-instant": "validation-failed",
  "actor-missing": "validation-failed",
  "note-invalid": "validation-failed",
  "reference-empty": "validation-failed",
  "reason-missing": "validation-failed",
  "action-missing": "validation-failed",
  "lead-invalid": "validation-failed",
  "not-later": "validation-failed",
  "in-the-past": "validation-failed",
  "in-the-future": "validation-failed",
  "before-creation": "validation-failed",
  "before-request": "validation-failed",
  "before-report": "validation-failed",
  "attachments-invalid": "validation-failed",
  "pending-exists": "conflict",
  "already-decided": "invalid-transition",
  "not-found": "not-found",
  "limit-reached": "rule-violated",
  "too-late": "rule-violated",
  "overdue-reason-missing": "rule-violated",
  "deadline-unresolved": "rule-violated",
  "due-date-locked": "rule-violated",
  "notice-archived": "rule-violated",
  "handler-not-officer": "validation-failed",
  "handler-inactive": "validation-failed",
  "handler-outside-lead": "validation-failed",
  "message-too-long": "validation-failed",
  "body-missing": "validation-failed",
  "body-too-long": "validation-failed",
  "too-many-mentions": "validation-failed",
  "mention-not-allowed": "validation-failed",
};

/** The request field a rule's refusal points at, by action (field names of the HTTP bodies). */
const ruleField: Partial<Record<Task.TaskAction, Record<string, string>>> = {
  complete: {
    "in-the-future": "body.completedOn",
    "before-creation": "body.completedOn",
    "overdue-reason-missing": "body.note",
  },
  "submit-completion": {
    "in-the-future": "body.completedOn",
    "before-creation": "body.completedOn",
    "overdue-reason-missing": "body.note",
    "attachments-invalid": "body.attachmentIds",
  },
  "return-completion": { "reason-missing": "body.reason" },
  pause: { "reason-missing": "body.note" },
  cancel: { "reason-missing": "body.note" },
  reopen: { "reason-missing": "body.note" },
  "request-extension": {
    "not-later": "body.requestedDueOn",
    "invalid-date": "body.requestedDueOn",
    "reason-missing": "body.reason",
  },
  "approve-extension": {
    "not-later": "body.approvedDueOn",
    "in-the-past": "body.approvedDueOn",
    "overdue-reason-missing": "body.note",
  },
  "reject-extension": { "reason-missing": "body.note" },
  "assign-handler": {
    "handler-not-officer": "body.userId",
    "handler-inactive": "body.userId",
    "handler-outside-lead": "body.userId",
  },
  remind: { "message-too-long": "body.message" },
  comment: {
    "body-missing": "body.body",
    "body-too-long": "body.body",
    "too-many-mentions": "body.body",
    "mention-not-allowed": "body.body",
  },
  revise: { "due-date-locked": "body.dueOn", "action-missing": "body.action", "invalid-date": "body.dueOn" },
};

/** The problem of a use case's error. */
export const problemOf = (e: UseCaseError): ApiError => {
  switch (e._tag) {
    case "TaskTransitionError":
      return new ApiError("invalid-transition", `${e.message} / ${e.messageEn}`);
    case "TaskRuleError": {
      const code = ruleProblem[e.code] ?? "rule-violated";
      const path = ruleField[e.action]?.[e.code];
      return new ApiError(code, e.message, {
        rule: e.code,
        ...(path === undefined ? {} : { errors: [{ path, message: e.problem }] }),
      });
    }
    case "Forbidden":
      return new ApiError("forbidden", e.reason);
    case "NotFound":
      return new ApiError("not-found", `${e.message} / not found: ${e.id}`);
    case "StaleVersion":
      return ETag.stale(e.what, e.id, e.current);
    case "UnknownReference":
      return new ApiError("validation-failed", `${e.message} / Unknown ${e.field} ${e.id}`, {
        errors: [{ path: `body.${e.field}`, message: "Không có trong danh mục" }],
      });
  }
};

/** The success of a use case's result, or its error thrown as a problem (the app's `onError` answers it). */
export const orThrow = <A>(result: Result.Result<A, UseCaseError>): A => {
  if (Result.isFailure(result)) throw problemOf(result.failure);
  return result.success;
};
