/** Schemas of the sign-in routes. */
import { z } from "@hono/zod-openapi";

import { Role } from "../../auth/permission.js";

export const SessionView = z
  .object({
    user: z
      .object({
        id: z.string().openapi({ description: "Mã người dùng", example: "usr_2k9d8f" }),
        username: z.string().openapi({ description: "Tên đăng nhập", example: "vanthu.vp" }),
        displayName: z.string().openapi({ description: "Họ tên hiển thị", example: "Nguyễn Thị Lan" }),
        role: Role,
        agencyId: z
          .string()
          .nullable()
          .openapi({ description: "Cơ quan của cán bộ", example: "so-tai-chinh" }),
        mustChangePassword: z.boolean().openapi({ description: "Phải đổi mật khẩu một lần", example: false }),
      })
      .openapi({ description: "Người dùng đang đăng nhập" }),
    permissions: z.array(z.string()).openapi({ description: "Các quyền của phiên", example: ["tasks.read"] }),
    csrfToken: z.string().openapi({
      description: "Gửi lại trong tiêu đề X-CSRF-Token với mọi yêu cầu POST/PATCH/PUT/DELETE",
      example: "Jw3o0mP1sW3cRnq2bWlq0Q",
    }),
  })
  .openapi("Session");
