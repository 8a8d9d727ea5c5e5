// Regenerates src/schema.gen.ts from openapi.json (written by `pnpm --filter @dondoc/api openapi`).
// openapi-typescript needs the classic TypeScript compiler API, hence typescript@6 in this package.
import { writeFileSync } from "node:fs";
import openapiTS, { astToString } from "openapi-typescript";

const source = new URL("../openapi.json", import.meta.url);
// defaultNonNullable: false — a request field with a default may be left out, so it is optional
// (the 27 defaulted fields of openapi.json are all in request bodies).
const ast = await openapiTS(source, { exportType: true, defaultNonNullable: false });
const banner = "// Generated from openapi.json by scripts/generate.mjs — do not edit.\n";
writeFileSync(new URL("../src/schema.gen.ts", import.meta.url), banner + astToString(ast));
console.log("wrote src/schema.gen.ts");
