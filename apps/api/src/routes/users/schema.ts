/** Schemas of user accounts. */
import { z } from "@hono/zod-openapi";

import { Role } from "../../auth/permission.js";
import { issuersOf } from "../../auth/principal.js";

export const UserView = z
  .object({
    id: z.string().openapi({ description: "Mã người dùng", example: "usr_2k9d8f" }),
    username: z.string().openapi({ description: "Tên đăng nhập", example: "lan.vp" }),
    displayName: z.string().openapi({ description: "Họ tên", example: "Nguyễn Thị Lan" }),
    role: Role,
    agencyId: z
      .string()
      .nullable()
      .openapi({ description: "Cơ quan (bắt buộc với cán bộ cơ quan)", example: "brvt.so-tc" }),
    issuerIds: z.array(z.string()).openapi({
      description:
        "Phạm vi của văn phòng: các cơ quan ban hành mà tài khoản theo dõi (rỗng với các vai trò khác)",
      example: ["brvt.ubnd", "brvt.hdnd"],
    }),
    mustChangePassword: z
      .boolean()
      .openapi({ description: "Phải đổi mật khẩu ở lần đăng nhập tới", example: true }),
    disabled: z.boolean().openapi({ description: "Đã khoá", example: false }),
    version: z.number().int().openapi({ description: "Phiên bản (ETag)", example: 1 }),
    createdAt: z.string().openapi({ description: "Thời điểm tạo", example: "2024-03-01T03:00:00.000Z" }),
  })
  .openapi("User");

export const UserWithPassword = z
  .object({
    user: UserView,
    oneTimePassword: z
      .string()
      .openapi({ description: "Mật khẩu dùng một lần; chỉ hiện một lần", example: "abcd-efgh-jkmn-pqrs" }),
  })
  .openapi("UserWithPassword");

export const userView = (u: {
  id: string;
  username: string;
  display_name: string;
  role: z.infer<typeof Role>;
  agency_id: string | null;
  issuer_ids: string[];
  must_change_password: boolean;
  disabled: boolean;
  version: number;
  created_at: Date;
}) => ({
  id: u.id,
  username: u.username,
  displayName: u.display_name,
  role: u.role,
  agencyId: u.agency_id,
  issuerIds: [...(issuersOf(u) ?? [])],
  mustChangePassword: u.must_change_password,
  disabled: u.disabled,
  version: u.version,
  createdAt: u.created_at.toISOString(),
});
