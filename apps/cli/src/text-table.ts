/**
 * A plain text table for the terminal: columns padded to their widest cell (up to a limit, longer
 * cells wrap), one space-separated row per line. Vietnamese text is NFC, one column per letter.
 */
const width = (s: string): number => [...s.normalize("NFC")].length;

const wrap = (s: string, max: number): string[] => {
  const out: string[] = [];
  let line = "";
  for (const word of s.split(/\s+/u)) {
    if (line.length > 0 && width(line) + 1 + width(word) > max) {
      out.push(line);
      line = word;
    } else line = line.length === 0 ? word : `${line} ${word}`;
  }
  out.push(line);
  return out.flatMap((l) => (width(l) <= max ? [l] : (l.match(new RegExp(`.{1,${max}}`, "gu")) ?? [l])));
};

const pad = (s: string, n: number): string => s + " ".repeat(Math.max(0, n - width(s)));

/** Renders rows under headers; `limits` caps each column's width. */
export const render = (
  headers: ReadonlyArray<string>,
  rows: ReadonlyArray<ReadonlyArray<string>>,
  limits: ReadonlyArray<number>,
): string => {
  const widths = headers.map((h, i) =>
    Math.min(limits[i] ?? 40, Math.max(width(h), ...rows.map((r) => width(r[i] ?? "")))),
  );
  const lines: string[] = [];
  const emit = (cells: ReadonlyArray<string>): void => {
    const wrapped = cells.map((c, i) => wrap(c, widths[i] ?? 40));
    const height = Math.max(...wrapped.map((w) => w.length));
    for (let k = 0; k < height; k++) {
      lines.push(
        wrapped
          .map((w, i) => pad(w[k] ?? "", widths[i] ?? 0))
          .join("  ")
          .trimEnd(),
      );
    }
  };
  emit(headers);
  lines.push(widths.map((w) => "─".repeat(w)).join("  "));
  for (const r of rows) emit(r);
  return lines.join("\n");
};
