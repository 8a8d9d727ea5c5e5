/** Schemas of resolutions (Nghị quyết, Chỉ thị, Kế hoạch… that tasks contribute to). */
import { z } from "@hono/zod-openapi";

import { IsoDay } from "../../http/schemas.js";

export const ResolutionView = z
  .object({
    id: z.string().openapi({ description: "Mã", example: "res_2k1" }),
    code: z.string().openapi({ description: "Số, ký hiệu", example: "02-NQ/TU" }),
    issuer: z.string().openapi({ description: "Cơ quan ban hành", example: "Ban Chấp hành Đảng bộ tỉnh" }),
    issuedOn: IsoDay.nullable().openapi({ description: "Ngày ban hành", example: "2021-05-28" }),
    title: z.string().openapi({ description: "Trích yếu", example: "Về chuyển đổi số tỉnh đến năm 2025" }),
    goals: z
      .array(z.string())
      .openapi({ description: "Mục tiêu, chỉ tiêu", example: ["100% hồ sơ xử lý trên môi trường mạng"] }),
    version: z.number().int().openapi({ description: "Phiên bản (ETag)", example: 1 }),
  })
  .openapi("Resolution");

export const ResolutionInput = z
  .object({
    code: z.string().trim().min(1).max(100).openapi({ description: "Số, ký hiệu", example: "02-NQ/TU" }),
    issuer: z
      .string()
      .trim()
      .min(1)
      .max(300)
      .openapi({ description: "Cơ quan ban hành", example: "Ban Chấp hành Đảng bộ tỉnh" }),
    issuedOn: IsoDay.nullable()
      .default(null)
      .openapi({ description: "Ngày ban hành", example: "2021-05-28" }),
    title: z
      .string()
      .trim()
      .min(1)
      .max(2000)
      .openapi({ description: "Trích yếu", example: "Về chuyển đổi số" }),
    goals: z
      .array(z.string().trim().min(1).max(2000))
      .max(100)
      .default([])
      .openapi({ description: "Mục tiêu", example: [] }),
  })
  .strict()
  .openapi("ResolutionInput");

export const resolutionView = (r: {
  id: string;
  code: string;
  issuer: string;
  issued_on: string | null;
  title: string;
  goals: string[];
  version: number;
}) => ({
  id: r.id,
  code: r.code,
  issuer: r.issuer,
  issuedOn: r.issued_on,
  title: r.title,
  goals: r.goals,
  version: r.version,
});
