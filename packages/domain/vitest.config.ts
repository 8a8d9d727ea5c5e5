import { defineConfig } from "vitest/config";

export default defineConfig(({ mode }) => ({
  resolve: { conditions: ["@dondoc/source"] },
  ssr: { resolve: { conditions: ["@dondoc/source"] } },
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    typecheck: { enabled: false },
    // Benchmarks run one file at a time so they do not compete for this 2-core machine.
    ...(mode === "benchmark" ? { fileParallelism: false } : {}),
    benchmark: { include: ["src/**/*.bench.ts"] },
  },
}));
