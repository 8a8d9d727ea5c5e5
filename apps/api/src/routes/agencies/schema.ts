/** Schemas of the agency directory. */
import { Agency } from "@dondoc/domain";
import { z } from "@hono/zod-openapi";

import { IsoDay } from "../../http/schemas.js";

/** Loại cơ quan: the domain's `AgencyKind`. */
export const AgencyKind = Agency.AgencyKind.meta({ description: "Loại cơ quan", example: "department" });

export const AgencyView = z
  .object({
    id: z.string().openapi({ description: "Mã cơ quan (ổn định)", example: "brvt.so-tc" }),
    name: z.string().openapi({ description: "Tên chính thức", example: "Sở Tài chính" }),
    shortNames: z.array(z.string()).openapi({ description: "Tên viết tắt", example: ["STC"] }),
    aliases: z
      .array(z.string())
      .openapi({ description: "Cách viết khác trong văn bản", example: ["Sở Tài chính tỉnh"] }),
    parentId: z.string().nullable().openapi({ description: "Cơ quan cấp trên", example: "brvt.ubnd" }),
    kind: AgencyKind,
    groups: z
      .array(z.string())
      .openapi({ description: "Nhóm (chủ thể tập hợp) mà cơ quan thuộc về", example: ["brvt.so-ban-nganh"] }),
    validFrom: IsoDay.nullable().openapi({ description: "Ngày bắt đầu hoạt động", example: null }),
    validTo: IsoDay.nullable().openapi({
      description: "Ngày cuối cùng hoạt động (sáp nhập, giải thể)",
      example: null,
    }),
    successorId: z.string().nullable().openapi({ description: "Cơ quan kế thừa", example: null }),
    version: z.number().int().openapi({ description: "Phiên bản (ETag)", example: 1 }),
  })
  .openapi("Agency");
export type AgencyView = z.infer<typeof AgencyView>;

export const AgencyGroupView = z
  .object({
    id: z.string().openapi({ description: "Mã nhóm", example: "brvt.so-ban-nganh" }),
    name: z.string().openapi({ description: "Tên nhóm", example: "Các sở, ban, ngành tỉnh" }),
    phrases: z
      .array(z.string())
      .openapi({ description: "Cụm từ văn bản dùng", example: ["Các sở, ban, ngành"] }),
    ownerId: z.string().nullable().openapi({ description: "Cơ quan chủ quản", example: "brvt.ubnd" }),
    includes: z.array(z.string()).openapi({ description: "Nhóm con", example: [] }),
    memberIds: z.array(z.string()).openapi({ description: "Thành viên trực tiếp", example: ["brvt.so-tc"] }),
    version: z.number().int().openapi({ description: "Phiên bản (ETag)", example: 1 }),
  })
  .openapi("AgencyGroup");
