import react from "@vitejs/plugin-react";
import { defaultClientConditions, defineConfig } from "vite";

/** The API listens here in development (`dondoc serve`); the SPA calls relative `/v1/...` URLs. */
const apiOrigin = process.env.DONDOC_API_ORIGIN ?? "http://127.0.0.1:8787";

export default defineConfig({
  plugins: [react()],
  resolve: { conditions: ["@dondoc/source", ...defaultClientConditions] },
  server: { proxy: { "/v1": apiOrigin, "/healthz": apiOrigin } },
  preview: { proxy: { "/v1": apiOrigin } },
  build: {
    target: "es2022",
    sourcemap: true,
    chunkSizeWarningLimit: 600,
    rollupOptions: {
      output: {
        // A cold first screen in few requests (issue 17 point 13): what index.html loads is one
        // shell chunk (React, the router, the query cache, translations, the layout), the Mantine
        // components the lazy screens share are one more, and the app's shared helpers one more;
        // every screen stays its own lazy chunk.
        codeSplitting: {
          groups: [
            { name: "shell", tags: ["$initial"], priority: 3 },
            { name: "mantine", test: /node_modules[\\/]@mantine[\\/](core|hooks)[\\/]/, priority: 2 },
            { name: "common", test: /src[\\/](api|components|lib|auth)[\\/]/, minShareCount: 2, priority: 1 },
          ],
        },
      },
    },
  },
});
