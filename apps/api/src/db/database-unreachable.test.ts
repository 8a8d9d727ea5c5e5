import { describe, expect, it } from "vitest";

import { open } from "./connect.js";
import * as DatabaseUnreachable from "./database-unreachable.js";

describe("DatabaseUnreachable", () => {
  it("names where it tried and the server's reason, never the password", async () => {
    const failure = await open({
      kind: "postgres",
      url: "postgres://postgres:bí-mật@127.0.0.1:1/dondoc",
    }).then(
      () => null,
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(DatabaseUnreachable.DatabaseUnreachable);
    const message = (failure as Error).message;
    expect(message).toContain("127.0.0.1:1/dondoc");
    expect(message).toContain("người dùng postgres");
    expect(message).toContain("ECONNREFUSED");
    expect(message).not.toContain("bí-mật");
  });

  it("says that the URL has no user name when it has none", () => {
    const error = DatabaseUnreachable.of(
      "postgres://127.0.0.1:5432/test",
      new Error("no PostgreSQL user name specified in startup packet"),
    );
    expect(error.user).toBeNull();
    expect(error.message).toContain("no PostgreSQL user name specified in startup packet");
    expect(error.message).toContain("DATABASE_URL has no user name");
  });
});
