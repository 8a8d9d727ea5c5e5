import react from "@vitejs/plugin-react";
import { defaultClientConditions, defineConfig } from "vite";

/** The API listens here in development (`dondoc serve`); the SPA calls relative `/v1/...` URLs. */
const apiOrigin = process.env.DONDOC_API_ORIGIN ?? "http://127.0.0.1:8787";

export default defineConfig({
  plugins: [react()],
  resolve: { conditions: ["@dondoc/source", ...defaultClientConditions] },
  server: { proxy: { "/v1": apiOrigin, "/healthz": apiOrigin } },
  preview: { proxy: { "/v1": apiOrigin } },
  build: { target: "es2022", sourcemap: true, chunkSizeWarningLimit: 600 },
});
