import react from "@vitejs/plugin-react";
import { defineConfig } from "vitest/config";

export default defineConfig({
  plugins: [react()],
  resolve: { conditions: ["@dondoc/source"] },
  ssr: { resolve: { conditions: ["@dondoc/source"] } },
  test: {
    include: ["src/**/*.test.ts", "src/**/*.test.tsx"],
    environment: "happy-dom",
    setupFiles: ["./src/test/setup.ts"],
    typecheck: { enabled: false },
  },
});
