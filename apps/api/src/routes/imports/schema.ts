/** Schemas of import jobs and their dry-run report. */
import { z } from "@hono/zod-openapi";
import type { Selectable } from "kysely";

import type { ImportJobTable } from "../../db/schema.js";

const RowError = z
  .object({
    row: z.number().int().openapi({ description: "Số dòng trong tệp (tính cả dòng tiêu đề)", example: 7 }),
    column: z.string().nullable().openapi({ description: "Cột", example: "Thời hạn" }),
    reason: z.string().openapi({ description: "Lý do", example: "Thời hạn “31/02/2024” không đọc được" }),
  })
  .openapi("ImportRowError");

const Planned = z
  .object({
    row: z.number().int().openapi({ description: "Số dòng", example: 3 }),
    externalId: z.string().openapi({ description: "Mã theo dõi", example: "STC-2024-015" }),
    action: z
      .enum(["create", "update", "unchanged"])
      .openapi({ description: "Việc sẽ làm", example: "update" }),
    taskId: z.string().nullable().openapi({ description: "Nhiệm vụ đã có", example: "tsk_8f2k3j" }),
    changes: z
      .array(
        z.object({
          field: z.string().openapi({ description: "Trường", example: "dueOn" }),
          from: z.unknown().openapi({ description: "Giá trị cũ", example: "2024-03-15" }),
          to: z.unknown().openapi({ description: "Giá trị mới", example: "2024-04-15" }),
        }),
      )
      .openapi({ description: "Các thay đổi" }),
  })
  .openapi("ImportPlannedRow");

export const ImportReport = z
  .object({
    total: z.number().int().openapi({ description: "Số dòng dữ liệu", example: 120 }),
    create: z.number().int().openapi({ description: "Sẽ tạo mới", example: 100 }),
    update: z.number().int().openapi({ description: "Sẽ cập nhật", example: 12 }),
    unchanged: z.number().int().openapi({ description: "Không đổi", example: 5 }),
    errorCount: z.number().int().openapi({ description: "Số dòng không đọc được", example: 3 }),
    errors: z.array(RowError).openapi({ description: "Dòng không đọc được và lý do" }),
    changes: z.array(Planned).openapi({ description: "Dòng sẽ tạo hoặc thay đổi (tối đa 1.000)" }),
    mappingProblems: z
      .array(
        z.object({
          field: z.string().openapi({ description: "Trường cần ghép", example: "dueOn" }),
          message: z.string().openapi({ description: "Lý do", example: "Không tìm thấy cột “Thời hạn”" }),
        }),
      )
      .openapi({ description: "Lỗi ghép cột (cần sửa trước khi nhập)" }),
    applied: z
      .object({
        created: z.number().int().openapi({ description: "Nhiệm vụ đã tạo", example: 12 }),
        updated: z.number().int().openapi({ description: "Nhiệm vụ đã cập nhật", example: 3 }),
        noticesCreated: z.number().int().openapi({ description: "Thông báo đã tạo", example: 2 }),
      })
      .nullable()
      .openapi({ description: "Kết quả sau khi nhập (null: mới xem trước)" }),
  })
  .openapi("ImportReport");

export const ImportJobView = z
  .object({
    id: z.string().openapi({ description: "Mã lượt nhập", example: "imp_3k9x" }),
    status: z.enum(["parsing", "previewed", "applying", "applied", "failed"]).openapi({
      description:
        "parsing: đang đọc; previewed: đã có bản xem trước; applying: đang ghi; applied: đã nhập; failed: lỗi, không ghi gì",
      example: "previewed",
    }),
    source: z
      .string()
      .openapi({ description: "Nguồn (mã theo dõi duy nhất trong nguồn)", example: "so-theo-doi-2024" }),
    fileName: z.string().openapi({ description: "Tên tệp", example: "theo-doi-nhiem-vu.xlsx" }),
    issuerAgencyId: z.string().nullable().openapi({
      description: "Cơ quan ban hành của các thông báo trong bảng (văn phòng của cơ quan này theo dõi)",
      example: "brvt.ubnd",
    }),
    total: z.number().int().openapi({ description: "Tổng số dòng", example: 10000 }),
    processed: z.number().int().openapi({ description: "Đã xử lý", example: 4000 }),
    report: ImportReport.nullable().openapi({ description: "Bản xem trước / kết quả" }),
    error: z.string().nullable().openapi({ description: "Lý do thất bại", example: null }),
    version: z.number().int().openapi({ description: "Phiên bản (ETag)", example: 2 }),
    createdAt: z.string().openapi({ description: "Thời điểm tạo", example: "2024-03-01T03:00:00.000Z" }),
    updatedAt: z.string().openapi({ description: "Cập nhật", example: "2024-03-01T03:00:05.000Z" }),
  })
  .openapi("ImportJob");

export const jobView = (row: Omit<Selectable<ImportJobTable>, "rows">): z.infer<typeof ImportJobView> => ({
  id: row.id,
  status: row.status,
  source: row.source,
  fileName: row.file_name,
  issuerAgencyId: row.issuer_agency_id,
  total: row.total,
  processed: row.processed,
  report: (row.report ?? null) as z.infer<typeof ImportReport> | null,
  error: row.error,
  version: row.version,
  createdAt: row.created_at.toISOString(),
  updatedAt: row.updated_at.toISOString(),
});

export const jobColumns = [
  "id",
  "status",
  "source",
  "file_name",
  "mapping",
  "total",
  "processed",
  "report",
  "error",
  "created_by",
  "issuer_agency_id",
  "version",
  "created_at",
  "updated_at",
] as const;
