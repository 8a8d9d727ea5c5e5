import { describe, expect, it } from "vitest";

import { createDondocClient } from "./index.js";

const recorder = () => {
  const seen: Request[] = [];
  const fetch = async (input: Request | string | URL, init?: RequestInit) => {
    const request = input instanceof Request ? input : new Request(input, init);
    seen.push(request);
    return new Response(JSON.stringify({ items: [], nextCursor: null }), {
      status: 200,
      headers: { "content-type": "application/json" },
    });
  };
  return { seen, fetch };
};

describe("createDondocClient", () => {
  it("sends the CSRF token on writes made with the session cookie, not on reads", async () => {
    const r = recorder();
    const api = createDondocClient({ baseUrl: "http://127.0.0.1:8787", fetch: r.fetch });
    api.setCsrfToken("csrf-123");
    await api.GET("/v1/tasks", { params: { query: { timeliness: "overdue" } } });
    await api.POST("/v1/tasks/{id}/progress", {
      params: { path: { id: "tsk_1" } },
      body: { body: "Đã dự thảo", percent: 30 },
    });
    expect(r.seen[0]?.url).toBe("http://127.0.0.1:8787/v1/tasks?timeliness=overdue");
    expect(r.seen[0]?.headers.get("x-csrf-token")).toBeNull();
    expect(r.seen[1]?.method).toBe("POST");
    expect(r.seen[1]?.headers.get("x-csrf-token")).toBe("csrf-123");
  });

  it("authenticates an integrator with its API key and no CSRF token", async () => {
    const r = recorder();
    const api = createDondocClient({
      baseUrl: "https://dondoc.example",
      apiKey: "ddk_abcd1234_secret",
      fetch: r.fetch,
    });
    api.setCsrfToken("ignored");
    await api.POST("/v1/tasks/{id}/complete", {
      params: { path: { id: "tsk_1" }, header: { "if-match": '"3"' } },
      body: {},
    });
    expect(r.seen[0]?.headers.get("authorization")).toBe("Bearer ddk_abcd1234_secret");
    expect(r.seen[0]?.headers.get("x-csrf-token")).toBeNull();
    expect(r.seen[0]?.headers.get("if-match")).toBe('"3"');
  });
});
