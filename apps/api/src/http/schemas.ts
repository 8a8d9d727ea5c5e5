/**
 * Shared field schemas built with the OpenAPI-aware `z` (schemas imported from the domain lack
 * `.openapi()`, so the API rebuilds the few it documents field by field).
 */
import { z } from "@hono/zod-openapi";

/** The years the working-day calendar covers: a date outside them is refused as input. */
export const FIRST_YEAR = 1900;
export const LAST_YEAR = 2199;

/** An ISO date `YYYY-MM-DD` (a valid calendar date, in 1900–2199). */
export const IsoDay = z.iso.date().refine(
  (d) => {
    const year = Number(d.slice(0, 4));
    return year >= FIRST_YEAR && year <= LAST_YEAR;
  },
  {
    message: `Ngày phải trong các năm ${FIRST_YEAR}–${LAST_YEAR} / The date must fall in ${FIRST_YEAR}–${LAST_YEAR}`,
  },
);
