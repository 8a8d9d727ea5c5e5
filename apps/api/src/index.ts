/**
 * @dondoc/api — the dondoc HTTP API as a library: `App.create(deps)` builds the Hono app,
 * `Server.prepare(env)` opens the database, `Server.listen(deps)` serves it, `Bootstrap.run`
 * seeds a fresh installation, and `Serve.start(env)` does all of it for `dondoc serve`.
 * `Admin.resetPassword` and `Admin.verifyAudit` serve `dondoc admin reset-password` and
 * `dondoc audit verify`.
 */
export * as Admin from "./admin.js";
export * as App from "./app.js";
export * as Env from "./env.js";
export * as Serve from "./serve.js";
export * as Server from "./server.js";
export * as Bootstrap from "./services/bootstrap.js";
