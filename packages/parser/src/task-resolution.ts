/**
 * TaskResolution — turns assignment drafts into the tasks of the parse contract: agencies matched
 * against the directory (collective groups, `unknown-agency` / `ambiguous-agency` warnings), the
 * deadline phrase of each task's own stretch resolved to a due date with the calendar and policy,
 * one task per recurring duty when a stretch names several.
 */
import {
  AgencyDirectory,
  DeadlineRule,
  type IsoDate,
  type ParsedNotice,
  PolicyPack,
  WorkingCalendar,
} from "@dondoc/domain";
import * as Result from "effect/Result";

import type * as AgencyMention from "./agency-mention.js";
import type * as Assignment from "./assignment.js";
import * as DeadlinePhrase from "./deadline-phrase.js";
import * as IssuerScope from "./issuer-scope.js";
import type { Options } from "./options.js";

type Task = ParsedNotice.ParsedTask;
type Warning = ParsedNotice.ParseWarning;
type Agency = ParsedNotice.ParsedAgency;
type Deadline = ParsedNotice.ParsedDeadline;

/** What one parse resolves against, and the warnings it collects. */
export interface Context {
  readonly text: string;
  readonly options: Options;
  readonly issuedOn: IsoDate.IsoDate | null;
  readonly warnings: Warning[];
  readonly fullForms: Map<string, string>;
  /** The issuer's province in the directory, when known: agencies are matched there first. */
  readonly scope?: IssuerScope.Scope | null;
}

let defaultCalendar: WorkingCalendar.WorkingCalendar | undefined;
const calendarOf = (options: Options): WorkingCalendar.WorkingCalendar => {
  if (options.calendar !== undefined) return options.calendar;
  if (defaultCalendar === undefined) defaultCalendar = WorkingCalendar.vietnam();
  return defaultCalendar;
};

/** “UBND phường X” is named as the notice names it in full elsewhere (“Ủy ban nhân dân phường X”). */
const fullForm = (ctx: Context, name: string): string => {
  const m = /^UBND\s+(\S.*)$/u.exec(name);
  if (m === null) return name;
  const cached = ctx.fullForms.get(name);
  if (cached !== undefined) return cached;
  let found = name;
  for (const head of ["Ủy ban nhân dân", "Uỷ ban nhân dân"]) {
    const full = `${head} ${m[1]}`;
    if (ctx.text.includes(full)) {
      found = full;
      break;
    }
  }
  ctx.fullForms.set(name, found);
  return found;
};

export const agencyOf = (ctx: Context, mention: AgencyMention.Mention): Agency => {
  const m = { ...mention, name: fullForm(ctx, mention.name) };
  const span = { start: m.start, end: m.end };
  const dir = ctx.options.directory;
  if (dir === undefined || dir === null) {
    return { name: m.name, agencyId: null, collective: m.collective, groupId: null, span };
  }
  const scope = ctx.scope ?? null;
  const matchOptions = scope === null ? {} : { scopeId: scope.localId };
  let found = AgencyDirectory.match(dir, m.name, ctx.issuedOn, matchOptions);
  if (found.kind === "unknown") {
    // The list may have run on into the action (a verb the reader does not know): the longest
    // leading words the directory knows are the agency (“Sở Xây dựng quy hoạch lại …” → “Sở Xây dựng”).
    const words = m.name.split(" ");
    for (let k = words.length - 1; k >= 2 && words.length >= 5; k--) {
      // Only where the rest reads as an action: lower-case, and not a place (“… tỉnh Lào Cai”).
      const tail = words[k] ?? "";
      // A qualifier (“… các xã, phường có cụm công nghiệp”, “… thuộc tỉnh”) is part of the name.
      if (
        !/^\p{Ll}/u.test(tail) ||
        /^(?:tỉnh|huyện|xã|phường|thị|thành|quận|số|cấp|khu|trung|các|và|có|thuộc|trực|trên|nơi|liên|được|đã|tại|trong|ở|chưa|đang)$/u.test(
          tail,
        )
      )
        continue;
      const prefix = words.slice(0, k).join(" ");
      const hit = AgencyDirectory.match(dir, prefix, ctx.issuedOn, matchOptions);
      const outside =
        hit.kind === "agency" && scope !== null && IssuerScope.isOutside(dir, scope, hit.agency.id);
      if ((hit.kind === "agency" && !outside) || hit.kind === "collective") {
        found = hit;
        m.name = prefix;
        span.end = Math.min(span.end, span.start + prefix.length);
        break;
      }
    }
  }
  switch (found.kind) {
    case "agency":
      if (scope !== null && IssuerScope.isOutside(dir, scope, found.agency.id)) {
        // “Sở Xây dựng” in a Lào Cai notice is Lào Cai's, not the one province the directory holds.
        ctx.warnings.push({
          code: "agency-out-of-scope",
          message: `“${m.name}” chỉ khớp với cơ quan ngoài tỉnh, thành phố của cơ quan ban hành (${found.agency.name}): cần chọn đúng cơ quan hoặc bổ sung danh mục.`,
          span,
        });
        return { name: m.name, agencyId: null, collective: m.collective, groupId: null, span };
      }
      return { name: m.name, agencyId: found.agency.id, collective: false, groupId: null, span };
    case "collective":
      return { name: m.name, agencyId: null, collective: true, groupId: found.group.id, span };
    case "ambiguous":
      ctx.warnings.push({
        code: "ambiguous-agency",
        message: `“${m.name}” khớp với nhiều cơ quan (${found.candidates.map((a) => a.name).join("; ")}): cần chọn đúng cơ quan.`,
        span,
      });
      return { name: m.name, agencyId: null, collective: m.collective, groupId: null, span };
    default:
      ctx.warnings.push({
        code: "unknown-agency",
        message: `Không tìm thấy “${m.name}” trong danh mục cơ quan: cần chọn cơ quan hoặc bổ sung danh mục.`,
        span,
      });
      return { name: m.name, agencyId: null, collective: m.collective, groupId: null, span };
  }
};

const NONE: DeadlineRule.DeadlineRule = { kind: "none", phrase: null };

export const deadlineOf = (ctx: Context, found: DeadlinePhrase.Candidate | null): Deadline => {
  if (found === null) return resolved(ctx, NONE, null);
  for (const w of found.warnings) ctx.warnings.push(w);
  if (found.rule === null) {
    return {
      phrase: found.phrase,
      kind: found.kind,
      rule: null,
      dueOn: null,
      recurrence: null,
      derivation: null,
      span: found.span,
    };
  }
  return resolved(ctx, found.rule, found.span);
};

const resolved = (ctx: Context, rule: DeadlineRule.DeadlineRule, span: Deadline["span"]): Deadline => {
  const r = DeadlineRule.resolve(rule, {
    anchor: ctx.issuedOn,
    calendar: calendarOf(ctx.options),
    policy: ctx.options.policy ?? PolicyPack.national,
  });
  const recurrence = rule.kind === "recurring" ? [...rule.frequencies] : null;
  if (Result.isFailure(r)) {
    ctx.warnings.push({
      code: "deadline-unresolved",
      message: `Không tính được hạn của “${rule.phrase ?? ""}”: ${r.failure.message}`,
      span,
    });
    return { phrase: rule.phrase, kind: rule.kind, rule, dueOn: null, recurrence, derivation: null, span };
  }
  const ok = r.success;
  return {
    phrase: rule.phrase,
    kind: rule.kind,
    rule,
    dueOn: ok.dueOn,
    recurrence,
    derivation: ok.derivation,
    span,
  };
};

/** Turns drafts into tasks: agencies resolved, deadline read from each task's own stretch. */
export const tasksOf = (ctx: Context, drafts: ReadonlyArray<Assignment.Draft>): Task[] => {
  const out: Task[] = [];
  const seen = new Set<string>();
  for (const d of drafts) {
    const key = `${d.lead.name}|${d.start}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const scope = ctx.text.slice(d.scopeStart, d.scopeEnd);
    const found = DeadlinePhrase.candidates(scope, { issuedOn: ctx.issuedOn, offset: d.scopeStart });
    const dated = found.filter((c) => c.priority < 5);
    const recurring = distinctDuties(found.filter((c) => c.kind === "recurring"));
    const choices = dated.length === 0 && recurring.length > 1 ? recurring : [DeadlinePhrase.pick(found)];
    const lead = agencyOf(ctx, d.lead);
    const coordinators = d.coordinators.map((c) => agencyOf(ctx, c));
    for (const choice of choices) {
      out.push({
        lead,
        coordinators,
        mode: d.mode,
        action: d.action,
        deadline: deadlineOf(ctx, choice),
        span: { start: d.start, end: Math.max(d.start, trimEnd(ctx.text, d.end)) },
      });
    }
  }
  return out;
};

const frequencyKey = (c: DeadlinePhrase.Candidate): string =>
  c.rule?.kind === "recurring" ? [...c.rule.frequencies].sort().join(",") : "";

/**
 * One candidate per recurring duty: “Định kỳ hằng tháng …, gửi UBND tỉnh trước ngày 25 hằng tháng”
 * states one monthly duty twice, the second time with its day; duties of different frequencies
 * (“báo cáo quý …; báo cáo năm …”) stay apart. The one that names its day wins.
 */
const distinctDuties = (candidates: ReadonlyArray<DeadlinePhrase.Candidate>): DeadlinePhrase.Candidate[] => {
  const byFrequency = new Map<string, DeadlinePhrase.Candidate>();
  for (const c of candidates) {
    const key = frequencyKey(c);
    const kept = byFrequency.get(key);
    const hasDay = (x: DeadlinePhrase.Candidate) => x.rule?.kind === "recurring" && x.rule.dueDay !== null;
    if (kept === undefined || (!hasDay(kept) && hasDay(c))) byFrequency.set(key, c);
  }
  return candidates.filter((c) => byFrequency.get(frequencyKey(c)) === c);
};

const trimEnd = (text: string, end: number): number => {
  let e = end;
  while (e > 0 && /\s/u.test(text.charAt(e - 1))) e--;
  return e;
};
