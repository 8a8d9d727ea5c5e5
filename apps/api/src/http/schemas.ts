/**
 * Shared field schemas built with the OpenAPI-aware `z` (schemas imported from the domain lack
 * `.openapi()`, so the API rebuilds the few it documents field by field).
 */
import { z } from "@hono/zod-openapi";

/** An ISO date `YYYY-MM-DD` (a valid calendar date). */
export const IsoDay = z.iso.date();
