/**
 * Type-level guarantees of the generated client, checked by `pnpm typecheck`: a request body may
 * leave out every field the API gives a default (openapi-typescript's `defaultNonNullable: false`),
 * while the fields without a default stay required.
 */
import { expectTypeOf } from "vitest";

import { createDondocClient } from "./index.js";
import type { paths } from "./schema.gen.js";

type CreateAgency = NonNullable<paths["/v1/agencies"]["post"]["requestBody"]>["content"]["application/json"];

// Never called: the point is that these calls type-check.
export const createsAnAgencyWithOnlyIdNameAndKind = async () => {
  const api = createDondocClient({ baseUrl: "http://127.0.0.1:8787", apiKey: "ddk_test" });
  return api.POST("/v1/agencies", { body: { id: "so-tc", name: "Sở Tài chính", kind: "department" } });
};

expectTypeOf<{ id: string; name: string; kind: "department" }>().toExtend<CreateAgency>();
expectTypeOf<CreateAgency["groups"]>().toEqualTypeOf<string[] | undefined>();
expectTypeOf<CreateAgency["id"]>().toEqualTypeOf<string>();
// @ts-expect-error — `kind` has no default: leaving it out does not type-check.
export const missingKind: CreateAgency = { id: "so-tc", name: "Sở Tài chính" };
