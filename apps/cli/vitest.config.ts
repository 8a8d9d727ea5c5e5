import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { conditions: ["@dondoc/source"] },
  ssr: { resolve: { conditions: ["@dondoc/source"] } },
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    typecheck: { enabled: false },
    // The CLI tests start the built program as a subprocess; on a loaded 2-core machine that takes seconds.
    testTimeout: 30_000,
  },
});
