#!/usr/bin/env node
// Thin launcher kept in the repository so package managers can link the bin before the build;
// the program itself is built to dist/ (`pnpm build`).
import module from "node:module";

// Node 22.1+ keeps the compiled code of the modules between runs (a no-op on older Node).
module.enableCompileCache?.();
try {
  await import("../dist/bin.js");
} catch (error) {
  if (error?.code === "ERR_MODULE_NOT_FOUND" && String(error.message).includes("dist/bin.js")) {
    process.stderr.write(
      "dondoc: chưa build — chạy `pnpm build` ở thư mục gốc trước (not built yet: run `pnpm build`).\n",
    );
    process.exit(1);
  }
  throw error;
}
