/**
 * PATCH /v1/users/{id} — change role, agency, the issuers a secretariat follows, name, or lock the
 * account (admin). If-Match. A locked account is signed out everywhere at once.
 */
import { z } from "@hono/zod-openapi";

import { Role } from "../../auth/permission.js";
import type { App } from "../../context.js";
import * as ETag from "../../http/etag.js";
import { deps, principal, tx, who } from "../../http/handler.js";
import { ApiError, notFound } from "../../http/problem.js";
import { body, define, IdParam, IfMatch, json } from "../../http/route.js";
import * as Audit from "../../services/audit.js";
import * as Tasks from "../../services/tasks.js";
import * as UserAgency from "../../services/user-agency.js";
import { UserView, userView } from "./schema.js";

const UserPatch = z
  .object({
    displayName: z
      .string()
      .trim()
      .min(1)
      .max(200)
      .optional()
      .openapi({ description: "Họ tên", example: "Nguyễn Thị Lan" }),
    role: Role.exclude(["integrator"])
      .optional()
      .openapi({ description: "Vai trò", example: "agency_officer" }),
    agencyId: z
      .string()
      .min(1)
      .max(100)
      .nullable()
      .optional()
      .openapi({ description: "Cơ quan", example: "brvt.so-tc" }),
    issuerIds: z
      .array(z.string().min(1).max(100))
      .max(50)
      .optional()
      .openapi({
        description: "Văn phòng: các cơ quan ban hành mà tài khoản theo dõi",
        example: ["brvt.ubnd", "brvt.hdnd"],
      }),
    disabled: z
      .boolean()
      .optional()
      .openapi({ description: "Khoá tài khoản (đăng xuất mọi phiên)", example: false }),
  })
  .strict()
  .openapi("UserPatch");

export const route = define({
  method: "patch",
  operationId: "updateUser",
  path: "/v1/users/{id}",
  permission: "users.manage",
  tags: ["users"],
  summary: "Sửa tài khoản (edit a user)",
  request: { params: IdParam, headers: IfMatch, ...body(UserPatch) },
  responses: { 200: json(UserView, "Tài khoản sau khi sửa") },
});

export const register = (app: App) =>
  app.openapi(route, async (c) => {
    const d = deps(c);
    const expected = ETag.expected(c.req.header("if-match"));
    const input = c.req.valid("json");
    const id = c.req.valid("param").id;
    if (
      id === principal(c).id &&
      (input.disabled === true || (input.role !== undefined && input.role !== "admin"))
    ) {
      throw new ApiError(
        "conflict",
        "Không thể tự khoá hoặc tự bỏ quyền quản trị / You cannot lock or demote yourself",
      );
    }
    const after = await tx(d, async (db) => {
      const before = await db
        .selectFrom("users")
        .selectAll()
        .where("id", "=", id)
        .forUpdate()
        .executeTakeFirst();
      if (before === undefined) throw notFound("tài khoản", id);
      Tasks.ensureVersion(before, expected, "Tài khoản");
      const role = input.role ?? before.role;
      const reach = await UserAgency.resolve(db, {
        role,
        agencyId: input.agencyId === undefined ? before.agency_id : input.agencyId,
        // A secretariat keeps the issuers it follows unless they or its agency are changed.
        issuerIds:
          input.issuerIds ??
          (role === "secretariat" && before.role === "secretariat" && input.agencyId === undefined
            ? before.issuer_ids
            : undefined),
      });
      const after = await db
        .updateTable("users")
        .set({
          display_name: input.displayName ?? before.display_name,
          role,
          agency_id: reach.agencyId,
          issuer_ids: JSON.stringify(reach.issuerIds),
          disabled: input.disabled ?? before.disabled,
          version: before.version + 1,
          updated_at: d.now(),
        })
        .where("id", "=", id)
        .returningAll()
        .executeTakeFirstOrThrow();
      if (after.disabled || after.role !== before.role)
        await db.deleteFrom("sessions").where("user_id", "=", id).execute();
      await Audit.record(db, who(c), {
        action: "user.updated",
        entity: "user",
        entityId: id,
        before: { ...before, password_hash: undefined },
        after: { ...after, password_hash: undefined },
      });
      return after;
    });
    // Signed out here at once; other processes hear it from the database.
    d.db.changes.touch("session", id);
    c.header("ETag", ETag.of(after.version));
    return c.json(userView(after), 200);
  });
