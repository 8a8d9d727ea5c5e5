/** Generated bad requests never produce a 5xx — on pglite (see `support/fuzz.ts`). */
import { suite } from "./support/fuzz.js";

suite("pglite");
