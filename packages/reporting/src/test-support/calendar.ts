/**
 * The calendar the tests use: the domain's official Vietnamese public-service calendar (2024:
 * Monday 29/04 swapped, Saturday 04/05 a make-up working day — Công văn 2450/VPCP-KGVX).
 */
import { WorkingCalendar } from "@dondoc/domain";

export const calendar: WorkingCalendar.WorkingCalendar = WorkingCalendar.vietnam();
