/**
 * Structured logging with pino: one JSON object per line on stdout (level label, ISO time, message
 * and fields — the request id among them) so logs can be shipped and queried as they are; on a
 * terminal, or with `LOG_FORMAT=pretty`, the same records printed for a person by pino-pretty.
 */
import { createRequire } from "node:module";
import { pino } from "pino";
import type PinoPretty from "pino-pretty";

/** pino-pretty (and its colour and date libraries) only when a person reads the log. */
const loadPretty = (): typeof PinoPretty =>
  createRequire(import.meta.url)("pino-pretty") as typeof PinoPretty;

export type Level = "debug" | "info" | "warn" | "error";
export type Format = "json" | "pretty" | "auto";

export interface Logger {
  readonly log: (level: Level, msg: string, fields?: Record<string, unknown>) => void;
}

/** Where the lines go: a function taking one line (tests), or stdout. */
export type Sink = (line: string) => void;

const options: pino.LoggerOptions = {
  base: null,
  timestamp: pino.stdTimeFunctions.isoTime,
  formatters: { level: (label) => ({ level: label }) },
};

const destinationOf = (format: Format, sink: Sink | undefined): pino.DestinationStream => {
  if (sink !== undefined) return { write: (chunk: string) => sink(chunk.replace(/\n$/, "")) };
  const isPretty = format === "pretty" || (format === "auto" && process.stdout.isTTY === true);
  return isPretty
    ? loadPretty()({
        sync: true,
        colorize: true,
        translateTime: "SYS:dd/mm/yyyy HH:MM:ss",
        ignore: "pid,hostname",
      })
    : pino.destination({ dest: 1, sync: true });
};

export const create = (threshold: Level | "silent", sink?: Sink, format: Format = "auto"): Logger => {
  if (threshold === "silent") return { log: () => {} };
  const logger = pino({ ...options, level: threshold }, destinationOf(format, sink));
  return { log: (level, msg, fields = {}) => logger[level](fields, msg) };
};
