/**
 * Starts the real dondoc server for end-to-end tests — `dondoc serve` from the CLI's source, on
 * PGlite in a temporary data folder, on a free port, serving the built SPA — then, as the first
 * administrator (one-time password read from the console), creates the accounts the tests use.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export interface Account {
  readonly username: string;
  readonly password: string;
}

export interface Server {
  readonly url: string;
  readonly users: { readonly admin: Account; readonly secretariat: Account; readonly officer: Account };
  readonly stop: () => Promise<void>;
}

const root = new URL("../../../", import.meta.url).pathname;
const tsx = join(root, "apps/admin/node_modules/.bin/tsx");
const cliBin = join(root, "apps/cli/src/bin.ts");

/** The agency of the officer account: the lead of tasks 2.a and 3 of the first seed. */
export const officerAgency = "brvt.so-tttt";
const password = "mat-khau-kiem-thu-e2e";

function waitForStart(child: ChildProcess): Promise<{ url: string; admin: Account }> {
  return new Promise((resolve, reject) => {
    let output = "";
    const timer = setTimeout(
      () => reject(new Error(`dondoc serve did not start in 120 s:\n${output}`)),
      120_000,
    );
    const onData = (chunk: Buffer) => {
      output += chunk.toString("utf8");
      const url = /đang chạy tại (http:\/\/\S+)/.exec(output)?.[1];
      const username = /Tài khoản quản trị đầu tiên:\s*(\S+)/.exec(output)?.[1];
      const oneTime = /Mật khẩu dùng một lần:\s*(\S+)/.exec(output)?.[1];
      if (url && username && oneTime) {
        clearTimeout(timer);
        resolve({ url, admin: { username, password: oneTime } });
      }
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
    child.on("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`dondoc serve exited with ${code}:\n${output}`));
    });
  });
}

/** A signed-in API session (cookie + CSRF token), for setting up accounts and data. */
export async function session(url: string, account: Account) {
  const login = await fetch(`${url}/v1/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(account),
  });
  if (!login.ok) throw new Error(`login ${account.username}: ${login.status} ${await login.text()}`);
  const cookie = (login.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  const call = async (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) => {
    const response = await fetch(`${url}${path}`, {
      method,
      headers: { cookie, "x-csrf-token": csrfToken, "content-type": "application/json", ...headers },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
    return (await response.json()) as Record<string, unknown>;
  };
  /** The session's headers, with an `If-Match` for a conditional write. */
  const headers = async (ifMatch: string): Promise<Record<string, string>> => ({
    cookie,
    "x-csrf-token": csrfToken,
    "content-type": "application/json",
    "if-match": ifMatch,
  });
  return Object.assign(call, { headers });
}

export async function createUser(
  url: string,
  asAdmin: Awaited<ReturnType<typeof session>>,
  user: { username: string; displayName: string; role: string; agencyId: string | null },
): Promise<Account> {
  const created = (await asAdmin("POST", "/v1/users", user)) as { oneTimePassword: string };
  const call = await session(url, { username: user.username, password: created.oneTimePassword });
  await call("POST", "/v1/auth/password", {
    currentPassword: created.oneTimePassword,
    newPassword: password,
  });
  return { username: user.username, password };
}

export interface ServerOptions {
  /** The policy pack asks the office to accept an agency's completion report (a province's Quy chế). */
  readonly requiresAcceptance?: boolean;
}

export async function startServer(options: ServerOptions = {}): Promise<Server> {
  if (!existsSync(join(root, "apps/admin/dist/index.html"))) {
    throw new Error("apps/admin/dist is missing: run `pnpm build` in apps/admin before the end-to-end tests");
  }
  const dataDir = mkdtempSync(join(tmpdir(), "dondoc-e2e-"));
  const child = spawn(
    tsx,
    ["--conditions=@dondoc/source", cliBin, "serve", "--host", "127.0.0.1", "--port", "0", "--data", dataDir],
    {
      cwd: root,
      // The webhook receiver of the integration tests listens on loopback, which a default server refuses.
      env: { ...process.env, LOG_LEVEL: "warn", WEBHOOK_ALLOW_PRIVATE_HOSTS: "127.0.0.1" },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((done) => child.once("exit", done));
      child.kill("SIGTERM");
      await Promise.race([exited, new Promise((done) => setTimeout(done, 10_000))]);
      if (child.exitCode === null) child.kill("SIGKILL");
    }
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    const { url, admin: first } = await waitForStart(child);
    // The first administrator must replace the one-time password.
    const firstCall = await session(url, first);
    await firstCall("POST", "/v1/auth/password", { currentPassword: first.password, newPassword: password });
    const admin = { username: first.username, password };
    const asAdmin = await session(url, admin);
    const secretariat = await createUser(url, asAdmin, {
      username: "lan.vp",
      displayName: "Nguyễn Thị Lan",
      role: "secretariat",
      // The office of UBND tỉnh Bà Rịa - Vũng Tàu, the issuer of the first seed notice.
      agencyId: "brvt.ubnd",
    });
    const officer = await createUser(url, asAdmin, {
      username: "binh.stttt",
      displayName: "Trần Văn Bình",
      role: "agency_officer",
      agencyId: officerAgency,
    });
    if (options.requiresAcceptance === true) {
      // Through the policy route, as the settings screen saves it.
      const policy = (await asAdmin("GET", "/v1/policy")) as {
        pack: Record<string, unknown>;
        version: number;
      };
      const response = await fetch(`${url}/v1/policy`, {
        method: "PUT",
        headers: await asAdmin.headers(`"${policy.version}"`),
        body: JSON.stringify({ pack: { ...policy.pack, completion: { requiresAcceptance: true } } }),
      });
      if (!response.ok) throw new Error(`PUT /v1/policy: ${response.status} ${await response.text()}`);
    }
    return { url, users: { admin, secretariat, officer }, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
