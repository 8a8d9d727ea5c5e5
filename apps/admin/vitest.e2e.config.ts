import { defineConfig } from "vitest/config";

/** End-to-end: the built SPA served by the real API on PGlite, driven by Debian's Chromium. */
export default defineConfig({
  resolve: { conditions: ["@dondoc/source"] },
  ssr: { resolve: { conditions: ["@dondoc/source"] } },
  test: {
    include: ["e2e/**/*.e2e.ts"],
    environment: "node",
    testTimeout: 120_000,
    hookTimeout: 180_000,
    fileParallelism: false,
    typecheck: { enabled: false },
  },
});
