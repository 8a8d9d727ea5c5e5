/** Generated bad requests never produce a 5xx — on postgres (see `support/fuzz.ts`). */
import { suite } from "./support/fuzz.js";

suite("postgres");
