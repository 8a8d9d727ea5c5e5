/**
 * Source spans: where in the (NFC-normalised) notice text a value was read from, so a clerk can
 * check every extracted field against the original.
 */
import { z } from "zod";

/** Half-open character range `[start, end)` in the normalised source text. */
export const Span = z
  .object({
    start: z.number().int().nonnegative().describe("Vị trí bắt đầu (tính theo ký tự, từ 0)"),
    end: z.number().int().nonnegative().describe("Vị trí kết thúc (không bao gồm)"),
  })
  .refine((s) => s.end >= s.start, { message: "end phải ≥ start" });
export type Span = z.infer<typeof Span>;

export const make = (start: number, end: number): Span => ({ start, end });

/** The text a span covers. */
export const slice = (text: string, span: Span): string => text.slice(span.start, span.end);

/** Whether `inner` lies within `outer`. */
export const contains = (outer: Span, inner: Span): boolean =>
  inner.start >= outer.start && inner.end <= outer.end;
