import { describe, expectTypeOf, it } from "vitest";

import type { DondocClient, Schema } from "./index.js";

type Data<T> = NonNullable<Awaited<T> extends { data?: infer D } ? D : never>;

declare const api: DondocClient;

// Never called: the compiler checks these (`pnpm typecheck`), nothing runs them.
const summary = () => api.GET("/v1/summary");
const task = () => api.GET("/v1/tasks/{id}", { params: { path: { id: "tsk_1" } } });
const storeDraft = (parsed: Schema<"ParsedNotice">) =>
  api.POST("/v1/notices", { body: { parsed, resolutionId: null, issuerAgencyId: null } });

describe("Schema<Name>", () => {
  it("is exactly what a response's data is typed as", () => {
    expectTypeOf<Data<ReturnType<typeof summary>>>().toEqualTypeOf<Schema<"Summary">>();
    expectTypeOf<Data<ReturnType<typeof task>>>().toEqualTypeOf<Schema<"Task">>();
  });

  it("types the parse result fully, down to a task's deadline rule", () => {
    type Deadline = Schema<"ParsedNotice">["directives"][number]["tasks"][number]["deadline"];
    expectTypeOf<Deadline["dueOn"]>().toEqualTypeOf<string | null>();
    expectTypeOf<NonNullable<Deadline["rule"]>["kind"]>().toEqualTypeOf<
      "on-date" | "end-of-period" | "within" | "recurring" | "ongoing" | "urgent" | "follow-schedule" | "none"
    >();
  });

  it("lets a parse result be sent back as the draft to store", () => {
    expectTypeOf(storeDraft).returns.resolves.toHaveProperty("response");
  });
});
