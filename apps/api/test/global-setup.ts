/**
 * Once per test run: an empty migrated PGlite database dumped to a temporary file, which every
 * in-memory test database starts from (the harness injects its path) instead of running initdb
 * and the migrations again in each test file — the same template `dondoc serve` starts from.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";

import * as PgliteTemplate from "../src/db/pglite-template.js";

declare module "vitest" {
  export interface ProvidedContext {
    pgliteTemplate: string;
  }
}

const dir = mkdtempSync(join(tmpdir(), "dondoc-test-template-"));

export async function setup(project: TestProject): Promise<void> {
  const file = join(dir, "pglite-template.tar.gz");
  await PgliteTemplate.write(file);
  project.provide("pgliteTemplate", file);
}

export function teardown(): void {
  rmSync(dir, { recursive: true, force: true });
}
