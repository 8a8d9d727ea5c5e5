/**
 * Notice — thông báo kết luận. The notice an office issues after a meeting: number and symbol
 * (`12/TB-UBND`; blank on an unissued draft), issuer, place and dates, chair, attendees, subject,
 * the documents it cites, recipients, signature block and the full source text. Its lifecycle is
 * draft → published → archived, changed only by the transition functions here.
 */
import * as Data from "effect/Data";
import * as Result from "effect/Result";
import { z } from "zod";

import * as IsoDate from "./iso-date.js";
import { DocumentReference, type ParsedNotice, Person, SignatureBlock } from "./parsed-notice.js";
import { Instant, show } from "./task-event.js";

export const NoticeLifecycle = z.enum(["draft", "published", "archived"]);
export type NoticeLifecycle = z.infer<typeof NoticeLifecycle>;

export const Notice = z.object({
  id: z.string().min(1),
  /** Số; `null` on a draft not yet numbered (`Số:    /TB-UBND`). */
  number: z.string().nullable(),
  /** Ký hiệu: `TB-UBND`. */
  symbol: z.string().nullable(),
  issuer: z.string().nullable().describe("Cơ quan ban hành"),
  issuerAgencyId: z.string().nullable(),
  place: z.string().nullable(),
  issuedOn: IsoDate.IsoDate.nullable(),
  meetingOn: IsoDate.IsoDate.nullable(),
  subject: z.string().nullable().describe("Trích yếu"),
  chair: Person.nullable(),
  attendees: z.array(z.string()),
  references: z.array(DocumentReference),
  recipients: z.array(z.string()),
  signer: SignatureBlock.nullable(),
  /** The NFC-normalised source text every span refers to. */
  sourceText: z.string(),
  resolutionIds: z.array(z.string()),
  lifecycle: NoticeLifecycle,
  publishedAt: Instant.nullable(),
  archivedAt: Instant.nullable(),
  version: z.number().int().nonnegative(),
  createdAt: Instant,
  updatedAt: Instant,
});
export type Notice = z.infer<typeof Notice>;

/** The number and symbol as cited: `12/TB-UBND`, or `…/TB-UBND` for an unnumbered draft. */
export const code = (n: Pick<Notice, "number" | "symbol">): string => `${n.number ?? "…"}/${n.symbol ?? "…"}`;

/** A draft notice from a parse result. */
export const fromParsed = (
  parsed: ParsedNotice,
  ids: { readonly id: string; readonly createdAt: Instant; readonly issuerAgencyId?: string | null },
): Notice => ({
  id: ids.id,
  number: parsed.notice.number,
  symbol: parsed.notice.symbol,
  issuer: parsed.notice.issuer,
  issuerAgencyId: ids.issuerAgencyId ?? null,
  place: parsed.notice.place,
  issuedOn: parsed.notice.issuedOn,
  meetingOn: parsed.notice.meetingOn,
  subject: parsed.notice.subject,
  chair: parsed.notice.chair,
  attendees: parsed.notice.attendees,
  references: parsed.notice.references,
  recipients: parsed.notice.recipients,
  signer: parsed.notice.signer,
  sourceText: parsed.text,
  resolutionIds: [],
  lifecycle: "draft",
  publishedAt: null,
  archivedAt: null,
  version: 0,
  createdAt: ids.createdAt,
  updatedAt: ids.createdAt,
});

const verbs = { publish: "ban hành", archive: "lưu trữ", restore: "khôi phục" } as const;
const states: Record<NoticeLifecycle, string> = {
  draft: "còn là dự thảo",
  published: "đã ban hành",
  archived: "đã lưu trữ",
};

/** The notice cannot make that move from its current state. */
export class NoticeTransitionError extends Data.TaggedError("NoticeTransitionError")<{
  readonly noticeId: string;
  readonly action: keyof typeof verbs;
  readonly from: NoticeLifecycle;
}> {
  override get message(): string {
    return `Không thể ${verbs[this.action]} thông báo ${states[this.from]} (thông báo ${this.noticeId}).`;
  }
}

/** The notice lacks what the move needs (a number, an issue date) or the input is malformed. */
export class NoticeRuleError extends Data.TaggedError("NoticeRuleError")<{
  readonly noticeId: string;
  readonly action: keyof typeof verbs;
  readonly code: string;
  readonly problem: string;
}> {
  override get message(): string {
    return `Không thể ${verbs[this.action]} thông báo ${this.noticeId}: ${this.problem}`;
  }
}

export type NoticeError = NoticeTransitionError | NoticeRuleError;

/** Input of {@link publish}: the number and date may be filled in at publication. */
export interface PublishInput {
  readonly at: Instant;
  readonly number?: string;
  readonly issuedOn?: IsoDate.IsoDate;
}

/**
 * Publishes a draft (draft → published). The notice must then have a number, a symbol and an
 * issue date — given here or already set. Errors: `NoticeTransitionError` unless a draft;
 * `NoticeRuleError` `number-missing`, `symbol-missing`, `date-missing`, `invalid-date`,
 * `invalid-instant`.
 */
export const publish = (notice: Notice, input: PublishInput): Result.Result<Notice, NoticeError> => {
  const fail = (code: string, problem: string) =>
    Result.fail(new NoticeRuleError({ noticeId: notice.id, action: "publish", code, problem }));
  if (notice.lifecycle !== "draft")
    return Result.fail(
      new NoticeTransitionError({ noticeId: notice.id, action: "publish", from: notice.lifecycle }),
    );
  if (!Instant.safeParse(input.at).success)
    return fail("invalid-instant", `thời điểm “${show(input.at)}” không hợp lệ.`);
  if (input.number !== undefined && typeof input.number !== "string")
    return fail("number-missing", "số văn bản phải là văn bản.");
  const number = input.number?.trim() || notice.number;
  const issuedOn = input.issuedOn ?? notice.issuedOn;
  if (number === null || number.length === 0) return fail("number-missing", "chưa có số văn bản.");
  if (notice.symbol === null || notice.symbol.trim().length === 0)
    return fail("symbol-missing", "chưa có ký hiệu văn bản (ví dụ TB-UBND).");
  if (issuedOn === null) return fail("date-missing", "chưa có ngày ban hành.");
  if (!IsoDate.IsoDate.safeParse(issuedOn).success)
    return fail("invalid-date", `ngày ban hành “${show(issuedOn)}” không đúng định dạng YYYY-MM-DD.`);
  return Result.succeed({
    ...notice,
    number,
    issuedOn,
    lifecycle: "published",
    publishedAt: input.at,
    version: notice.version + 1,
    updatedAt: input.at,
  });
};

const simple = (
  notice: Notice,
  action: "archive" | "restore",
  from: NoticeLifecycle,
  to: NoticeLifecycle,
  at: Instant,
): Result.Result<Notice, NoticeError> => {
  if (notice.lifecycle !== from)
    return Result.fail(new NoticeTransitionError({ noticeId: notice.id, action, from: notice.lifecycle }));
  if (!Instant.safeParse(at).success)
    return Result.fail(
      new NoticeRuleError({
        noticeId: notice.id,
        action,
        code: "invalid-instant",
        problem: `thời điểm “${show(at)}” không hợp lệ.`,
      }),
    );
  return Result.succeed({
    ...notice,
    lifecycle: to,
    archivedAt: to === "archived" ? at : null,
    version: notice.version + 1,
    updatedAt: at,
  });
};

/** Archives a published notice (published → archived). */
export const archive = (
  notice: Notice,
  input: { readonly at: Instant },
): Result.Result<Notice, NoticeError> => simple(notice, "archive", "published", "archived", input.at);

/** Brings an archived notice back (archived → published). */
export const restore = (
  notice: Notice,
  input: { readonly at: Instant },
): Result.Result<Notice, NoticeError> => simple(notice, "restore", "archived", "published", input.at);
