/**
 * Derivation — diễn giải: the human-readable account of how a due date was computed, in Vietnamese
 * for the clerk and in English. Its own module so the recurrence can use it without loading the
 * whole deadline rule. Re-exported by `deadline-rule.ts`.
 */
import { z } from "zod";

/** A human-readable account of how a due date was computed, in Vietnamese and in English. */
export const Derivation = z.object({
  vi: z
    .string()
    .describe("Diễn giải bằng tiếng Việt, ví dụ “trong tháng 01/2023 → cuối tháng 01/2023 → 31/01/2023”"),
  en: z.string().describe("The same derivation in English"),
});
export type Derivation = z.infer<typeof Derivation>;
