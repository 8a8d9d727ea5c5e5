/**
 * Frequency — how often a recurring duty falls due (kỳ báo cáo: tuần, tháng, quý, 6 tháng, 9 tháng,
 * năm; Decree 09/2019/NĐ-CP art. 12). Its own module so that the recurrence and the reporting
 * periods can use it without loading the whole deadline rule. Re-exported by `deadline-rule.ts`.
 */
import { z } from "zod";

/** Reporting frequencies (Decree 09/2019/NĐ-CP art. 12). */
export const Frequency = z.enum(["weekly", "monthly", "quarterly", "semiannual", "nine-months", "annual"]);
export type Frequency = z.infer<typeof Frequency>;
