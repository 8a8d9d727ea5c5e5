/**
 * JSON-lines logging: one object per line on stdout, with the level, the time, a message and
 * structured fields (the request id among them), so logs can be shipped and queried as is.
 */
export type Level = "debug" | "info" | "warn" | "error";
const rank: Record<Level | "silent", number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 99 };

export interface Logger {
  readonly log: (level: Level, msg: string, fields?: Record<string, unknown>) => void;
}

export const create = (
  threshold: Level | "silent",
  write: (line: string) => void = (line) => process.stdout.write(`${line}\n`),
): Logger => ({
  log: (level, msg, fields = {}) => {
    if (rank[level] < rank[threshold]) return;
    write(JSON.stringify({ level, time: new Date().toISOString(), msg, ...fields }));
  },
});
