import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { conditions: ["@dondoc/source"] },
  ssr: { resolve: { conditions: ["@dondoc/source"] } },
  test: { include: ["src/**/*.test.ts", "test/**/*.test.ts"], typecheck: { enabled: false } },
});
