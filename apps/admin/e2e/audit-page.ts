/**
 * Checks run on a screen as it is shown: axe-core's accessibility rules (WCAG 2.x A/AA and best
 * practices), and the visible text for words a Vietnamese reader should never see — a raw
 * translation key (`task.created`), an internal id (`usr_…`) or an English date pattern.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Page } from "playwright-core";

const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

export interface Violation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly nodes: readonly { readonly target: string; readonly summary: string }[];
}

/** The axe-core violations of the page as it is now (axe is injected once per document). */
export async function axeViolations(page: Page): Promise<Violation[]> {
  // Evaluated through the DevTools protocol, so the server's Content-Security-Policy does not apply.
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(`${axeSource}\n;0`);
  return page.evaluate(async () => {
    // biome-ignore lint/suspicious/noExplicitAny: axe is injected as a global.
    const axe = (window as any).axe;
    const result = await axe.run(document, { resultTypes: ["violations"] });
    return (
      result.violations as {
        id: string;
        impact: string | null;
        help: string;
        nodes: { target: unknown[]; failureSummary?: string }[];
      }[]
    ).map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({
        target: n.target.map(String).join(" "),
        summary: (n.failureSummary ?? "").replace(/\s+/g, " ").trim(),
      })),
    }));
  });
}

/** Critical and serious violations only, printed (rule, target, summary) when there are any. */
export async function seriousViolations(page: Page, screen: string): Promise<string[]> {
  const found = (await axeViolations(page)).filter((v) => v.impact === "critical" || v.impact === "serious");
  const lines = found.flatMap((v) =>
    v.nodes
      .slice(0, 8)
      .map((n) => `${screen}: [${v.impact}] ${v.id} (${v.help}) at ${n.target} — ${n.summary}`),
  );
  if (lines.length > 0) console.error(lines.join("\n"));
  return found.map((v) => `${v.id} ×${v.nodes.length}`);
}

/** File names, web addresses and the like that look like `word.word` but are data, not keys. */
const dataLike = /\.(pdf|docx?|xlsx?|csv|txt|ics|json|png|jpe?g|zip|vn|com|org|net|gov)$/i;

/**
 * Visible text that a reader should never see: raw translation keys (`task.created`,
 * `json.username`), internal ids (`usr_…`) or a month-first date pattern. `allowed` lists data
 * values that look like keys (usernames such as `lan.vp`, agency ids).
 */
export async function rawTextProblems(page: Page, allowed: readonly string[] = []): Promise<string[]> {
  const { text, placeholders } = await page.evaluate(() => ({
    text: document.body.innerText,
    placeholders: [...document.querySelectorAll("input[placeholder], textarea[placeholder]")].map(
      (e) => e.getAttribute("placeholder") ?? "",
    ),
  }));
  const problems = new Set<string>();
  for (const m of text.matchAll(/(?<![\w@/.-])[a-z]+(?:\.[a-z][A-Za-z_-]*)+(?![\w@/-])/g)) {
    const token = m[0];
    if (!dataLike.test(token) && !allowed.includes(token)) problems.add(token);
  }
  for (const m of text.matchAll(/\b(?:usr|tsk|ntc|agc|key)_[A-Za-z0-9]+/g)) problems.add(m[0]);
  for (const p of [text, ...placeholders])
    for (const m of p.matchAll(/\bmm\/dd\/yyyy\b/gi)) problems.add(m[0]);
  return [...problems];
}
