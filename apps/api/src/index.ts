/**
 * @dondoc/api — the dondoc HTTP API as a library: `App.create(deps)` builds the Hono app,
 * `Server.prepare(env)` opens the database, `Server.listen(deps)` serves it, `Bootstrap.firstStart`
 * seeds a fresh installation. `dondoc serve` and the tests use exactly these.
 */
export * as App from "./app.js";
export * as Env from "./env.js";
export * as Server from "./server.js";
