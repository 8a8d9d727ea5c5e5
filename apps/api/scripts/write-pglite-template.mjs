// Writes dist/pglite-template.tar.gz: an empty PGlite database with every migration applied, the
// starting point of a fresh `dondoc serve` data folder (see src/db/pglite-template.ts).
import { defaultFile, write } from "../dist/db/pglite-template.js";

const bytes = await write();
console.log(`${defaultFile}: ${(bytes / 1024 / 1024).toFixed(1)} MiB`);
