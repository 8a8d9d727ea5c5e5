/**
 * The one error shape of the API: RFC 9457 problem details (`application/problem+json`) with a
 * closed list of codes, one exhaustive mapping from code to HTTP status, a Vietnamese `title` and
 * `detail` (English follows after “ / ”), and for validation failures the field path.
 */
import { z } from "@hono/zod-openapi";

export const ProblemCode = z
  .enum([
    "validation-failed",
    "unauthenticated",
    "invalid-credentials",
    "forbidden",
    "csrf-failed",
    "password-change-required",
    "not-found",
    "conflict",
    "invalid-transition",
    "rule-violated",
    "unresolved-agency",
    "precondition-failed",
    "precondition-required",
    "idempotency-key-reused",
    "idempotency-in-progress",
    "unsafe-target",
    "idempotency-secret-shown-once",
    "payload-too-large",
    "report-too-large",
    "unsupported-media-type",
    "rate-limited",
    "internal",
    "unavailable",
  ])
  .openapi({ description: "Mã lỗi ổn định (closed list of error codes)", example: "not-found" });
export type ProblemCode = z.infer<typeof ProblemCode>;

const statusOf = {
  "validation-failed": 400,
  unauthenticated: 401,
  "invalid-credentials": 401,
  forbidden: 403,
  "csrf-failed": 403,
  "password-change-required": 403,
  "not-found": 404,
  conflict: 409,
  "invalid-transition": 409,
  "rule-violated": 422,
  "unresolved-agency": 409,
  "precondition-failed": 412,
  "precondition-required": 428,
  "idempotency-key-reused": 422,
  "idempotency-in-progress": 409,
  "unsafe-target": 422,
  "idempotency-secret-shown-once": 409,
  "payload-too-large": 413,
  "report-too-large": 422,
  "unsupported-media-type": 415,
  "rate-limited": 429,
  internal: 500,
  unavailable: 503,
} as const satisfies Record<ProblemCode, number>;

export type ProblemStatus = (typeof statusOf)[ProblemCode];

/** Seconds a client waits after a 429 (the sign-in lock window), sent as `Retry-After`. */
export const RETRY_AFTER_SECONDS = 900;

/** The challenge sent with every 401 (`http/errors.ts`) and documented on every 401 response. */
export const WWW_AUTHENTICATE = 'Bearer realm="dondoc"';

/** The path, under the server's origin, of the page that explains problem type `code`. */
export const typePath = (code: ProblemCode): string => `/problems/${code}`;

/** The bilingual title of each code: Vietnamese, then English after “ / ”. */
export const titleOf: Record<ProblemCode, string> = {
  "validation-failed": "Dữ liệu gửi lên không hợp lệ / Invalid request",
  unauthenticated: "Chưa đăng nhập / Authentication required",
  "invalid-credentials": "Sai tên đăng nhập hoặc mật khẩu / Invalid username or password",
  forbidden: "Không có quyền thực hiện / Forbidden",
  "csrf-failed": "Thiếu hoặc sai mã chống giả mạo (CSRF) / CSRF token missing or wrong",
  "password-change-required": "Cần đổi mật khẩu trước / Password change required",
  "not-found": "Không tìm thấy / Not found",
  conflict: "Xung đột dữ liệu / Conflict",
  "invalid-transition": "Không thể chuyển trạng thái / Invalid state transition",
  "rule-violated": "Trái quy chế theo dõi, đôn đốc / Refused by the follow-up rules",
  "unresolved-agency": "Còn cơ quan chưa xác định / Unresolved agency",
  "precondition-failed": "Dữ liệu đã bị người khác thay đổi / Stale version (If-Match)",
  "precondition-required": "Thiếu tiêu đề If-Match / If-Match header required",
  "idempotency-key-reused": "Idempotency-Key đã dùng cho yêu cầu khác / Idempotency-Key reused",
  "idempotency-in-progress": "Yêu cầu cùng Idempotency-Key đang xử lý / Request in progress",
  "unsafe-target": "Địa chỉ nhận nằm trong mạng nội bộ / Target address is not public",
  "idempotency-secret-shown-once":
    "Yêu cầu đã thực hiện; bí mật chỉ hiện một lần / Already done; the secret was shown once",
  "payload-too-large": "Tệp hoặc dữ liệu quá lớn / Payload too large",
  "report-too-large":
    "Báo cáo vượt quá số nhiệm vụ tối đa: chọn kỳ ngắn hơn hoặc phạm vi hẹp hơn / Report over the task limit: choose a shorter period or a narrower scope",
  "unsupported-media-type": "Loại tệp không được chấp nhận / Unsupported media type",
  "rate-limited": "Thử quá nhiều lần, vui lòng đợi / Too many attempts",
  internal: "Lỗi hệ thống / Internal error",
  unavailable: "Hệ thống tạm thời không sẵn sàng / Service unavailable",
};

export const Problem = z
  .object({
    type: z.string().openapi({
      description:
        "URI định danh loại lỗi; mở được: trang giải thích (HTML, tiếng Việt hoặc ?lang=en) / problem type URI, served by this server",
      example: "https://dondoc.example/problems/not-found",
    }),
    title: z
      .string()
      .openapi({ description: "Tiêu đề lỗi (Vietnamese / English)", example: titleOf["not-found"] }),
    status: z.number().int().openapi({ description: "Mã trạng thái HTTP", example: 404 }),
    code: ProblemCode,
    detail: z.string().openapi({
      description: "Giải thích cụ thể, tiếng Việt trước (detail, Vietnamese first)",
      example: "Không tìm thấy nhiệm vụ tsk_01 / Task tsk_01 not found",
    }),
    instance: z
      .string()
      .optional()
      .openapi({ description: "Đường dẫn gây lỗi", example: "/v1/tasks/tsk_01" }),
    requestId: z
      .string()
      .optional()
      .openapi({ description: "Mã yêu cầu trong nhật ký", example: "req_5f2c" }),
    rule: z.string().optional().openapi({
      description:
        "Quy tắc nghiệp vụ đã từ chối yêu cầu (mã ổn định của miền, ví dụ limit-reached, too-late, deadline-unresolved)",
      example: "limit-reached",
    }),
    errors: z
      .array(
        z.object({
          path: z.string().openapi({ description: "Đường dẫn trường lỗi", example: "body.dueOn" }),
          message: z.string().openapi({ description: "Lý do", example: "Ngày phải có dạng YYYY-MM-DD" }),
        }),
      )
      .optional()
      .openapi({ description: "Các trường không hợp lệ (validation-failed)" }),
  })
  .openapi("Problem", { description: "RFC 9457 problem details" });
export type Problem = z.infer<typeof Problem>;

export interface FieldError {
  readonly path: string;
  readonly message: string;
}

/** Thrown by services and middleware; the error handler turns it into problem+json. */
export class ApiError extends Error {
  readonly code: ProblemCode;
  readonly detail: string;
  readonly errors: readonly FieldError[] | undefined;
  readonly headers: Record<string, string> | undefined;
  /** The domain rule that refused the request (`limit-reached`), when one did. */
  readonly rule: string | undefined;

  constructor(
    code: ProblemCode,
    detail: string,
    options: { errors?: readonly FieldError[]; headers?: Record<string, string>; rule?: string } = {},
  ) {
    super(detail);
    this.code = code;
    this.detail = detail;
    this.errors = options.errors;
    this.headers = options.headers;
    this.rule = options.rule;
  }

  get status(): ProblemStatus {
    return statusOf[this.code];
  }
}

export const status = (code: ProblemCode): ProblemStatus => statusOf[code];

/**
 * Builds the problem body for a code. `origin` is where this server is reached (`https://host`):
 * the `type` URI is its page about the code (`routes/system/problem-pages.ts`).
 */
export const body = (
  code: ProblemCode,
  detail: string,
  extra: {
    origin?: string;
    instance?: string;
    requestId?: string;
    errors?: readonly FieldError[];
    rule?: string;
  } = {},
): Problem => ({
  type: `${extra.origin ?? ""}${typePath(code)}`,
  title: titleOf[code],
  status: statusOf[code],
  code,
  detail,
  ...(extra.instance === undefined ? {} : { instance: extra.instance }),
  ...(extra.requestId === undefined ? {} : { requestId: extra.requestId }),
  ...(extra.rule === undefined ? {} : { rule: extra.rule }),
  ...(extra.errors === undefined ? {} : { errors: [...extra.errors] }),
});

export const notFound = (what: string, id: string): ApiError =>
  new ApiError("not-found", `Không tìm thấy ${what} ${id} / ${what} ${id} not found`);
