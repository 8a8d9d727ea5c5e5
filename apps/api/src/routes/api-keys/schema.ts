/** Schemas of API keys. */
import { z } from "@hono/zod-openapi";

import { Permission } from "../../auth/permission.js";

export const ApiKeyView = z
  .object({
    id: z.string().openapi({ description: "Mã khoá", example: "key_7d2k" }),
    name: z
      .string()
      .openapi({ description: "Tên gợi nhớ (hệ thống tích hợp)", example: "iOffice Sở Tài chính" }),
    prefix: z.string().openapi({ description: "Tiền tố nhận diện (phần đầu của khoá)", example: "a1b2c3d4" }),
    scopes: z.array(Permission).openapi({ description: "Phạm vi quyền", example: ["tasks.read"] }),
    agencyId: z
      .string()
      .nullable()
      .openapi({ description: "Giới hạn trong nhiệm vụ của một cơ quan", example: "brvt.so-tc" }),
    issuerIds: z.array(z.string()).openapi({
      description:
        "Phạm vi: các cơ quan ban hành mà khoá được đọc, ghi văn bản và nhiệm vụ (rỗng: không thấy gì)",
      example: ["brvt.ubnd"],
    }),
    createdAt: z.string().openapi({ description: "Thời điểm tạo", example: "2024-03-01T03:00:00.000Z" }),
    lastUsedAt: z.string().nullable().openapi({ description: "Lần dùng gần nhất", example: null }),
    revokedAt: z.string().nullable().openapi({ description: "Thời điểm thu hồi", example: null }),
  })
  .openapi("ApiKey");

export const apiKeyView = (k: {
  id: string;
  name: string;
  prefix: string;
  scopes: string[];
  agency_id: string | null;
  issuer_ids: string[];
  created_at: Date;
  last_used_at: Date | null;
  revoked_at: Date | null;
}) => ({
  id: k.id,
  name: k.name,
  prefix: k.prefix,
  scopes: k.scopes.filter((s): s is z.infer<typeof Permission> => Permission.safeParse(s).success),
  agencyId: k.agency_id,
  issuerIds: k.issuer_ids,
  createdAt: k.created_at.toISOString(),
  lastUsedAt: k.last_used_at === null ? null : k.last_used_at.toISOString(),
  revokedAt: k.revoked_at === null ? null : k.revoked_at.toISOString(),
});
