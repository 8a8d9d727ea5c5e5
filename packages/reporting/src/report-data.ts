/**
 * ReportData — the plain JSON export the reports are computed from. The API (from its database)
 * and the CLI (`dondoc report --input export.json`) both produce this shape, so the reporting
 * package stays a pure function of data + instant + calendar. Each task is flat: the deadline
 * already reflects approved extensions (`currentDueOn`), and the lead agency carries its name as
 * it should be printed.
 */
import { IsoDate as IsoDateModule, TaskLifecycle as TaskLifecycleModule } from "@dondoc/domain";
import * as Result from "effect/Result";
import { z } from "zod";

import { InvalidReportData, issuesOf } from "./errors.js";

const IsoDate = IsoDateModule.IsoDate;

/** Text as printed: Unicode NFC, so a decomposed “ệ” from another system prints as one glyph. */
const Text = z.string().transform((s) => s.normalize("NFC"));
const Label = z
  .string()
  .min(1)
  .transform((s) => s.normalize("NFC"));
const TaskLifecycle = TaskLifecycleModule.TaskLifecycle;

/** A reference to a task of an earlier notice that this task continues (chuyển tiếp). */
export const CarriedOverFrom = z.object({
  noticeId: z.string().min(1),
  taskId: z.string().min(1).nullable().default(null),
});
export type CarriedOverFrom = z.infer<typeof CarriedOverFrom>;

/** One task (nhiệm vụ) as the reports see it. */
export const ReportTask = z.object({
  id: z.string().min(1),
  noticeId: z.string().min(1),
  /** Directive number in the notice (`1`, `2.a`). */
  directivePath: Text.default(""),
  /** What the lead agency must do (nội dung nhiệm vụ). */
  action: Label,
  /** Lead agency (cơ quan chủ trì). */
  lead: z.object({ id: z.string().min(1), name: Label }),
  assignedOn: IsoDate,
  /** The deadline first set by the notice (thời hạn ban đầu); `null` when none. */
  originalDueOn: IsoDate.nullable().default(null),
  /** The deadline in force after approved extensions (thời hạn sau gia hạn); `null` when none. */
  currentDueOn: IsoDate.nullable().default(null),
  /** Whether an extension (gia hạn, điều chỉnh thời hạn) was approved. */
  extended: z.boolean().default(false),
  lifecycle: TaskLifecycle,
  /** Day the task was completed; required when `lifecycle` is `done`. */
  completedOn: IsoDate.nullable().default(null),
  /** Resolutions (nghị quyết …) the task contributes to. */
  resolutionIds: z.array(z.string().min(1)).default([]),
  carriedOverFrom: CarriedOverFrom.nullable().default(null),
});
export type ReportTask = z.infer<typeof ReportTask>;

/** A notice of conclusions (thông báo kết luận). `code` is the number/symbol, e.g. `12/TB-UBND`. */
export const ReportNotice = z.object({
  id: z.string().min(1),
  code: Label,
  title: Text.default(""),
  issuedOn: IsoDate,
  /** The body that issued the notice (cơ quan ban hành), for reports scoped to one issuer. */
  issuer: z
    .object({ id: z.string().min(1), name: Label })
    .nullable()
    .default(null),
});
export type ReportNotice = z.infer<typeof ReportNotice>;

/** A resolution or other guiding document (nghị quyết, chương trình, kế hoạch…). */
export const ReportResolution = z.object({
  id: z.string().min(1),
  code: Label,
  title: Text.default(""),
  issuer: Text.default(""),
  issuedOn: IsoDate.nullable().default(null),
});
export type ReportResolution = z.infer<typeof ReportResolution>;

/** An agency of the directory; listing it makes it appear in tables even with no task. */
export const ReportAgency = z.object({
  id: z.string().min(1),
  name: Label,
  shortName: Text.nullable().default(null),
});
export type ReportAgency = z.infer<typeof ReportAgency>;

const duplicates = (ids: readonly string[]): string[] => {
  const seen = new Set<string>();
  const dup = new Set<string>();
  for (const id of ids) (seen.has(id) ? dup : seen).add(id);
  return [...dup];
};

/** The whole export. */
export const ReportData = z
  .object({
    version: z.literal(1).default(1),
    agencies: z.array(ReportAgency).default([]),
    notices: z.array(ReportNotice).default([]),
    resolutions: z.array(ReportResolution).default([]),
    tasks: z.array(ReportTask).default([]),
  })
  .superRefine((data, ctx) => {
    for (const id of duplicates(data.tasks.map((t) => t.id))) {
      ctx.addIssue({ code: "custom", path: ["tasks"], message: `Mã nhiệm vụ “${id}” bị trùng` });
    }
    for (const id of duplicates(data.notices.map((n) => n.id))) {
      ctx.addIssue({ code: "custom", path: ["notices"], message: `Mã thông báo “${id}” bị trùng` });
    }
    const notices = new Set(data.notices.map((n) => n.id));
    const resolutions = new Set(data.resolutions.map((r) => r.id));
    data.tasks.forEach((t, i) => {
      if (!notices.has(t.noticeId)) {
        ctx.addIssue({
          code: "custom",
          path: ["tasks", i, "noticeId"],
          message: `Thông báo “${t.noticeId}” không có trong danh sách notices`,
        });
      }
      for (const r of t.resolutionIds) {
        if (!resolutions.has(r)) {
          ctx.addIssue({
            code: "custom",
            path: ["tasks", i, "resolutionIds"],
            message: `Nghị quyết “${r}” không có trong danh sách resolutions`,
          });
        }
      }
      if (t.lifecycle === "done" && t.completedOn === null) {
        ctx.addIssue({
          code: "custom",
          path: ["tasks", i, "completedOn"],
          message: "Nhiệm vụ đã hoàn thành phải có ngày hoàn thành",
        });
      }
      if (t.completedOn !== null && t.completedOn < t.assignedOn) {
        ctx.addIssue({
          code: "custom",
          path: ["tasks", i, "completedOn"],
          message: "Ngày hoàn thành không thể trước ngày giao nhiệm vụ",
        });
      }
    });
  });
export type ReportData = z.infer<typeof ReportData>;
/** The export as written by a producer (defaults not yet applied). */
export type ReportDataInput = z.input<typeof ReportData>;

/**
 * Validates an export (already parsed from JSON).
 *
 * Errors: `InvalidReportData` listing each problem with its field path and a Vietnamese message.
 */
export const parse = (input: unknown): Result.Result<ReportData, InvalidReportData> => {
  const parsed = ReportData.safeParse(input, { error: z.locales.vi().localeError });
  if (parsed.success) return Result.succeed(parsed.data);
  return Result.fail(new InvalidReportData({ issues: issuesOf(parsed.error) }));
};

/**
 * Validates an export given as JSON text.
 *
 * Errors: `InvalidReportData` (also when the text is not JSON).
 */
export const parseJson = (text: string): Result.Result<ReportData, InvalidReportData> => {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    return Result.fail(
      new InvalidReportData({ issues: [{ path: "", message: `Tệp không phải JSON hợp lệ (${why})` }] }),
    );
  }
  return parse(value);
};

/**
 * The JSON Schema (draft 2020-12) of the export as producers write it (defaults optional), for
 * the API's OpenAPI document and for other systems that produce exports.
 */
export const jsonSchema = (): Record<string, unknown> =>
  z.toJSONSchema(ReportData, { io: "input", unrepresentable: "any" }) as Record<string, unknown>;
