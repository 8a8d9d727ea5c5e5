/**
 * The state of an import review: the parsed notice as the clerk edits it, which warnings they
 * have dealt with, and the checks that must pass before it can be published.
 */
import type { ParsedAgency, ParsedNotice, ParsedTask, ParseWarning, Span } from "../../api/types.js";

export interface ReviewState {
  readonly parsed: ParsedNotice;
  /** Indexes of warnings the clerk marked as dealt with. */
  readonly acknowledged: readonly number[];
  /**
   * The issuing body whose office follows the notice up: a secretariat's own, or the one an
   * administrator picks. Absent in drafts saved before it existed.
   */
  readonly issuerAgencyId?: string | null;
}

export function updateTask(
  parsed: ParsedNotice,
  directiveIndex: number,
  taskIndex: number,
  patch: (task: ParsedTask) => ParsedTask,
): ParsedNotice {
  return {
    ...parsed,
    directives: parsed.directives.map((d, i) =>
      i !== directiveIndex
        ? d
        : { ...d, tasks: d.tasks.map((task, j) => (j === taskIndex ? patch(task) : task)) },
    ),
  };
}

export function updateDirective(
  parsed: ParsedNotice,
  directiveIndex: number,
  patch: Partial<Pick<ParsedNotice["directives"][number], "text" | "informational">>,
): ParsedNotice {
  return {
    ...parsed,
    directives: parsed.directives.map((d, i) => (i === directiveIndex ? { ...d, ...patch } : d)),
  };
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

function isIdentified(agency: ParsedAgency): boolean {
  return agency.agencyId !== null || (agency.collective && agency.groupId !== null);
}

/** Every agency mention in the draft. */
function mentions(parsed: ParsedNotice): ParsedAgency[] {
  return parsed.directives.flatMap((d) => d.tasks.flatMap((t) => [t.lead, ...t.coordinators]));
}

/**
 * A warning is resolved when the clerk marked it, or when it is about an agency and every agency
 * mention it covers is now identified in the directory.
 */
export function isResolved(state: ReviewState, warning: ParseWarning, index: number): boolean {
  if (state.acknowledged.includes(index)) return true;
  if (!warning.code.includes("agency") || warning.span === null) return false;
  const span = warning.span;
  const covered = mentions(state.parsed).filter((m) => m.span !== null && overlaps(m.span, span));
  return covered.length > 0 && covered.every(isIdentified);
}

export interface PublishCheck {
  readonly openWarnings: number;
  /** Tasks whose lead agency is not in the directory yet. */
  readonly unidentifiedLeads: number;
  /** No issuing body is chosen yet. */
  readonly missingIssuer: boolean;
  readonly tasks: number;
  readonly canPublish: boolean;
}

export function publishCheck(state: ReviewState): PublishCheck {
  const openWarnings = state.parsed.warnings.filter((w, i) => !isResolved(state, w, i)).length;
  const tasks = state.parsed.directives.flatMap((d) => (d.informational ? [] : d.tasks));
  const unidentifiedLeads = tasks.filter((t) => !isIdentified(t.lead)).length;
  const missingIssuer = !state.issuerAgencyId;
  return {
    openWarnings,
    unidentifiedLeads,
    missingIssuer,
    tasks: tasks.length,
    canPublish: openWarnings === 0 && unidentifiedLeads === 0 && !missingIssuer && tasks.length > 0,
  };
}

/** A blank task added by the clerk to a directive (the parser missed it), read from the directive's text. */
export function addTask(parsed: ParsedNotice, directiveIndex: number): ParsedNotice {
  return {
    ...parsed,
    directives: parsed.directives.map((d, i) =>
      i !== directiveIndex
        ? d
        : {
            ...d,
            informational: false,
            tasks: [
              ...d.tasks,
              {
                lead: { name: "", agencyId: null, collective: false, groupId: null, span: null },
                coordinators: [],
                mode: "assigned",
                action: d.text,
                deadline: {
                  phrase: null,
                  kind: "none",
                  rule: null,
                  dueOn: null,
                  recurrence: null,
                  derivation: null,
                  span: null,
                },
                span: d.span,
              },
            ],
          },
    ),
  };
}

/** Removes a task the parser read wrongly. */
export function removeTask(parsed: ParsedNotice, directiveIndex: number, taskIndex: number): ParsedNotice {
  return {
    ...parsed,
    directives: parsed.directives.map((d, i) =>
      i !== directiveIndex ? d : { ...d, tasks: d.tasks.filter((_, j) => j !== taskIndex) },
    ),
  };
}
