/**
 * POST /v1/users — creates an account with a one-time password (shown once; the user must change
 * it at first sign-in). An agency officer belongs to an agency, a secretariat to the issuing bodies it
 * follows up (one or more issuing bodies). Accepts Idempotency-Key; a replay does not show the
 * password again (409).
 */
import { z } from "@hono/zod-openapi";
import * as PasswordPolicy from "../../auth/password-policy.js";
import { Role } from "../../auth/permission.js";
import { hashPassword, oneTimePassword } from "../../auth/secret.js";
import type { App } from "../../context.js";
import * as ETag from "../../http/etag.js";
import { deps, tx, who } from "../../http/handler.js";
import { ApiError } from "../../http/problem.js";
import { body, define, IdempotencyKey, json } from "../../http/route.js";
import * as Audit from "../../services/audit.js";
import * as Ids from "../../services/ids.js";
import * as UserAgency from "../../services/user-agency.js";
import { UserWithPassword, userView } from "./schema.js";

const CreateUser = z
  .object({
    username: z
      .string()
      .trim()
      .normalize("NFC")
      .toLowerCase()
      .regex(/^[a-z0-9._-]{3,60}$/, "3–60 ký tự: chữ không dấu, số, . _ -")
      .openapi({ description: "Tên đăng nhập", example: "lan.vp" }),
    displayName: z
      .string()
      .trim()
      .min(1)
      .max(200)
      .openapi({ description: "Họ tên", example: "Nguyễn Thị Lan" }),
    role: Role.exclude(["integrator"]).openapi({
      description: "Vai trò (khoá API dùng cho tích hợp)",
      example: "secretariat",
    }),
    agencyId: z.string().min(1).max(100).nullable().default(null).openapi({
      description:
        "Cơ quan: bắt buộc với cán bộ cơ quan (cơ quan của họ) và văn phòng (cơ quan ban hành mà văn phòng theo dõi)",
      example: "brvt.so-tc",
    }),
    issuerIds: z
      .array(z.string().min(1).max(100))
      .max(50)
      .optional()
      .openapi({
        description:
          "Văn phòng: các cơ quan ban hành mà tài khoản theo dõi (ví dụ HĐND và UBND tỉnh); bỏ trống thì là cơ quan ở agencyId",
        example: ["brvt.ubnd", "brvt.hdnd"],
      }),
  })
  .strict()
  .openapi("CreateUser");

export const route = define({
  carriesSecret: true,
  method: "post",
  operationId: "createUser",
  path: "/v1/users",
  permission: "users.manage",
  tags: ["users"],
  summary: "Tạo tài khoản (create a user)",
  request: { headers: IdempotencyKey, ...body(CreateUser) },
  responses: { 201: json(UserWithPassword, "Tài khoản và mật khẩu dùng một lần") },
});

export const register = (app: App) =>
  app.openapi(route, async (c) => {
    const input = c.req.valid("json");
    const password = oneTimePassword();
    PasswordPolicy.check(password, input.username, "oneTimePassword");
    const hash = await hashPassword(password);
    const row = await tx(deps(c), async (db) => {
      const taken = await db
        .selectFrom("users")
        .select("id")
        .where("username", "=", input.username)
        .executeTakeFirst();
      if (taken !== undefined)
        throw new ApiError("conflict", `Tên đăng nhập ${input.username} đã có / Username taken`);
      const reach = await UserAgency.resolve(db, {
        role: input.role,
        agencyId: input.agencyId,
        issuerIds: input.issuerIds,
      });
      const row = await db
        .insertInto("users")
        .values({
          id: Ids.make("usr"),
          username: input.username,
          display_name: input.displayName,
          password_hash: hash,
          role: input.role,
          agency_id: reach.agencyId,
          issuer_ids: JSON.stringify(reach.issuerIds),
          must_change_password: true,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      await Audit.record(db, who(c), {
        action: "user.created",
        entity: "user",
        entityId: row.id,
        after: { ...row, password_hash: undefined },
      });
      return row;
    });
    c.header("ETag", ETag.of(row.version));
    return c.json({ user: userView(row), oneTimePassword: password }, 201);
  });
