/**
 * The API's configuration, read and validated once from the environment. Nothing else in the
 * package reads `process.env`: the server, the CLI and the tests pass an `Env` down.
 */
import { z } from "zod";

import { decode as decodeSecretKey } from "./auth/secret-key.js";
import { isAllowEntry } from "./integrations/webhook-target.js";

export const Env = z.object({
  /** PostgreSQL server URL; when absent the embedded PGlite store in `DATA_DIR` is used. */
  DATABASE_URL: z.url().optional(),
  /** Folder of the embedded database and the uploaded attachments. */
  DATA_DIR: z.string().min(1).default("./data"),
  HOST: z.string().min(1).default("127.0.0.1"),
  /**
   * The origin clients reach this server at (`https://dondoc.example`), without a trailing slash,
   * when a proxy changes it; problem `type` URIs are built on it. Default: the request's origin.
   */
  PUBLIC_URL: z
    .url()
    .transform((u) => u.replace(/\/+$/, ""))
    .optional(),
  PORT: z.coerce.number().int().min(0).max(65535).default(8787),
  /**
   * `true` marks every session cookie `Secure`. Otherwise (`auto`, the default; `false` means the
   * same) a cookie is `Secure` whenever the request came over HTTPS — directly, or by a trusted
   * proxy's `X-Forwarded-Proto: https`.
   */
  COOKIE_SECURE: z
    .enum(["true", "false", "auto"])
    .default("auto")
    .transform((v) => v === "true"),
  /**
   * `true` when a reverse proxy stands in front and the server is reachable only through it: the
   * client address is then the last `X-Forwarded-For` entry and HTTPS is read from
   * `X-Forwarded-Proto`. Never set it on a server clients reach directly — they could claim any
   * address and escape the sign-in limiter.
   */
  TRUST_PROXY: z
    .enum(["true", "false"])
    .default("false")
    .transform((v) => v === "true"),
  /** Largest accepted attachment, in bytes. */
  MAX_UPLOAD_BYTES: z.coerce
    .number()
    .int()
    .positive()
    .default(20 * 1024 * 1024),
  /**
   * Largest JSON body of an ordinary request, in bytes (1 MiB). Uploads (multipart: attachments,
   * sheets, notice files) and notice texts (`POST /v1/notices`, `/v1/notices/parse`) take
   * `MAX_UPLOAD_BYTES` instead.
   */
  MAX_JSON_BYTES: z.coerce
    .number()
    .int()
    .positive()
    .default(1024 * 1024),
  /**
   * How long an `Idempotency-Key` is remembered, in hours (24): a retry within it gets the first
   * answer back; afterwards the key runs as a new request and its record is purged.
   */
  IDEMPOTENCY_TTL_HOURS: z.coerce
    .number()
    .positive()
    .max(24 * 30)
    .default(24),
  /** Folder of the built admin SPA, served at `/` when it exists. */
  ADMIN_DIST: z.string().optional(),
  LOG_LEVEL: z.enum(["debug", "info", "warn", "error", "silent"]).default("info"),
  /** `json` (one object per line), `pretty` (for a person), or `auto`: pretty on a terminal, JSON otherwise. */
  LOG_FORMAT: z.enum(["json", "pretty", "auto"]).default("auto"),
  /** Runs the outbox/webhook worker and the reminder scheduler in this process (safe on several). */
  INTEGRATIONS_WORKER: z
    .enum(["true", "false"])
    .default("true")
    .transform((v) => v === "true"),
  /** Memory for cached pages of GET /v1/tasks, in MiB per process; 0 turns the cache off. */
  TASK_PAGE_CACHE_MB: z.coerce.number().int().min(0).max(4096).default(64),
  /**
   * The most tasks one report (POST /v1/reports, after its period's window) or one export (GET
   * /v1/reports/export) reads; past it the caller gets a `report-too-large` problem (422).
   */
  REPORT_MAX_TASKS: z.coerce.number().int().min(1).max(10_000_000).default(200_000),
  /**
   * Key of the secrets kept encrypted at rest (webhook signing secrets): 32 random bytes as base64
   * or hex (`openssl rand -base64 32`). Required with `DATABASE_URL` (the same on every process);
   * an embedded install without it generates `<DATA_DIR>/secret.key` (mode 0600) on first start.
   */
  DONDOC_SECRET_KEY: z
    .string()
    .refine(
      (v) => decodeSecretKey(v) !== null,
      "cần 32 byte dạng base64 hoặc hex / must be 32 bytes as base64 or hex",
    )
    .optional(),
  /**
   * Private hosts a webhook may target (an on-premises receiver), comma-separated: host names
   * (`ioffice.local`), addresses (`10.1.2.3`, `::1`) or ranges (`10.1.0.0/16`). Every other loopback,
   * private, link-local or otherwise non-public target is refused, at subscription and at delivery.
   */
  WEBHOOK_ALLOW_PRIVATE_HOSTS: z
    .string()
    .default("")
    .transform((v) =>
      v
        .split(",")
        .map((h) => h.trim())
        .filter((h) => h !== ""),
    )
    .refine(
      (hosts) => hosts.every(isAllowEntry),
      "mỗi mục là tên máy, địa chỉ IP hoặc dải CIDR / each entry is a host name, an IP address or a CIDR range",
    ),
  /** How often the worker polls the outbox when idle, in milliseconds. */
  WORKER_INTERVAL_MS: z.coerce.number().int().min(50).max(600_000).default(1_000),
});
export type Env = z.infer<typeof Env>;

/** Reads the environment; throws a readable error listing every invalid variable. */
export const fromProcess = (source: Record<string, string | undefined> = process.env): Env => {
  const result = Env.safeParse(source);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Cấu hình không hợp lệ (invalid configuration):\n${lines.join("\n")}`);
  }
  return result.data;
};
