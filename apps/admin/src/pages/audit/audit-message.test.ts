/**
 * Every audit action the API writes has its sentence here, in Vietnamese and English: the actions
 * are read from the API's audit writes (`Audit.record`, `TaskRepository.save`, `updateVersioned`
 * and their action tables), so a new action without words fails this test.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

import { en } from "../../i18n/en.js";
import { vi } from "../../i18n/vi.js";
import { auditMessages, messageKey, messageValues } from "./audit-message.js";

const apiSource = join(import.meta.dirname, "../../../../api/src");

const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return path.endsWith(".ts") && !path.endsWith(".test.ts") ? [path] : [];
  });

/** The entity prefixes of audit actions (`task.`, `notice.`…). */
const ENTITY =
  /"((?:task|notice|directive|progress|attachment|extension|explanation|agency|directory|calendar|policy|resolution|user|apikey|feed|import|webhook)\.[a-z_]+)"/g;

/** The actions the API writes to the audit log, found in the files that write it. */
function actionsWritten(): Set<string> {
  const out = new Set<string>();
  for (const path of files(apiSource)) {
    const source = readFileSync(path, "utf8");
    if (!/Audit\.record|TaskRepository\.save|updateVersioned\(|extensionAudit/.test(source)) continue;
    if (path.includes("/integrations/outbox") || path.includes("/integrations/events")) continue;
    for (const m of source.matchAll(ENTITY)) {
      const action = m[1] ?? "";
      // Permissions (`tasks.read`) and table columns (`tasks.id`) are no actions.
      if (
        !/^(tasks|notices|agencies|users|resolutions|audit|reports|calendar\.(read|write)|policy\.(read|write))/.test(
          action,
        )
      )
        out.add(action);
    }
    // `action: \`task.${cmd.action}\`` over the state changes a route allows.
    const template = /type StateChange = ([^;]+);/.exec(source);
    if (template?.[1] && /`task\.\$\{cmd\.action\}`/.test(source))
      for (const s of template[1].matchAll(/"([a-z]+)"/g)) out.add(`task.${s[1]}`);
  }
  return out;
}

const lookup = (messages: object, key: string): unknown =>
  key.split(".").reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], messages);

describe("audit sentences", () => {
  it("has a sentence for every action the API writes", () => {
    const written = actionsWritten();
    expect(written.size).toBeGreaterThan(40);
    expect(written).toContain("notice.published");
    expect(written).toContain("task.pause");
    expect(written).toContain("extension.approved");
    const missing = [...written].filter((a) => messageKey(a) === null);
    expect(missing).toEqual([]);
  });

  it("has the words of every sentence in Vietnamese and English", () => {
    for (const action of Object.keys(auditMessages)) {
      const key = messageKey(action) ?? "";
      expect(typeof lookup(vi, key), `${key} (vi)`).toBe("string");
      expect(typeof lookup(en, key), `${key} (en)`).toBe("string");
    }
  });

  it("names the notice, the task and the new deadline", () => {
    const entry = {
      id: "1",
      at: "2026-06-01T02:00:00.000Z",
      actor: "user:usr_1",
      actorKind: "user" as const,
      actorName: "Nguyễn Thị Lan",
      action: "task.deadline_extended",
      entity: "task",
      entityId: "tsk_1",
      subject: {
        label: "Bố trí kinh phí",
        noticeId: "ntc_1",
        noticeLabel: "12/TB-UBND",
        taskId: "tsk_1",
        taskLabel: "Bố trí kinh phí",
      },
      changes: [],
      before: { due_on: "2026-05-31" },
      after: { due_on: "2026-06-30" },
      requestId: null,
    };
    expect(messageKey(entry.action)).toBe("auditLog.what.task_deadline_extended");
    expect(messageValues(entry, "…")).toMatchObject({
      notice: "12/TB-UBND",
      task: "Bố trí kinh phí",
      date: "30/06/2026",
    });
  });
});
