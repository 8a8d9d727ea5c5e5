import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { conditions: ["@dondoc/source"] },
  ssr: { resolve: { conditions: ["@dondoc/source"] } },
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    globalSetup: ["test/global-setup.ts"],
    typecheck: { enabled: false },
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: true,
    maxWorkers: 2,
  },
});
