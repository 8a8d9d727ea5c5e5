// Regenerates src/schema.gen.ts from openapi.json (written by `pnpm --filter @dondoc/api openapi`).
// openapi-typescript needs the classic TypeScript compiler API, hence typescript@6 in this package.
import { writeFileSync } from "node:fs";
import openapiTS, { astToString } from "openapi-typescript";

const source = new URL("../openapi.json", import.meta.url);
const ast = await openapiTS(source, { exportType: true });
const banner = "// Generated from openapi.json by scripts/generate.mjs — do not edit.\n";
writeFileSync(new URL("../src/schema.gen.ts", import.meta.url), banner + astToString(ast));
console.log("wrote src/schema.gen.ts");
