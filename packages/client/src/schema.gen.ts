// Generated from openapi.json by scripts/generate.mjs — do not edit.
export type paths = {
    "/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Đăng nhập (sign in) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            /** @description Nội dung yêu cầu */
            requestBody: {
                content: {
                    "application/json": components["schemas"]["Login"];
                };
            };
            responses: {
                /** @description Đã đăng nhập; cookie phiên được đặt */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Session"];
                    };
                };
                /** @description Dữ liệu không hợp lệ (validation-failed) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Chưa đăng nhập (unauthenticated) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Không có quyền (forbidden, csrf-failed) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Không tìm thấy (not-found) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Xung đột (conflict, invalid-transition) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Phiên bản đã cũ (precondition-failed) */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Idempotency-Key dùng lại cho yêu cầu khác */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Thiếu If-Match (precondition-required) */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Quá nhiều yêu cầu (rate-limited) */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Lỗi hệ thống (internal) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Đăng xuất (sign out) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Đã đăng xuất */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * @description Đã đăng xuất
                             * @example true
                             */
                            ok: boolean;
                        };
                    };
                };
                /** @description Dữ liệu không hợp lệ (validation-failed) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Chưa đăng nhập (unauthenticated) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Không có quyền (forbidden, csrf-failed) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Không tìm thấy (not-found) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Xung đột (conflict, invalid-transition) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Phiên bản đã cũ (precondition-failed) */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Idempotency-Key dùng lại cho yêu cầu khác */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Thiếu If-Match (precondition-required) */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Quá nhiều yêu cầu (rate-limited) */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Lỗi hệ thống (internal) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Phiên đăng nhập hiện tại (current session) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Phiên hiện tại */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Session"];
                    };
                };
                /** @description Dữ liệu không hợp lệ (validation-failed) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Chưa đăng nhập (unauthenticated) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Không có quyền (forbidden, csrf-failed) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Không tìm thấy (not-found) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Xung đột (conflict, invalid-transition) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Phiên bản đã cũ (precondition-failed) */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Idempotency-Key dùng lại cho yêu cầu khác */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Thiếu If-Match (precondition-required) */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Quá nhiều yêu cầu (rate-limited) */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Lỗi hệ thống (internal) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Đổi mật khẩu (change own password) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            /** @description Nội dung yêu cầu */
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ChangePassword"];
                };
            };
            responses: {
                /** @description Đã đổi mật khẩu */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * @description Đã đổi
                             * @example true
                             */
                            ok: boolean;
                        };
                    };
                };
                /** @description Dữ liệu không hợp lệ (validation-failed) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Chưa đăng nhập (unauthenticated) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Không có quyền (forbidden, csrf-failed) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Không tìm thấy (not-found) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Xung đột (conflict, invalid-transition) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Phiên bản đã cũ (precondition-failed) */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Idempotency-Key dùng lại cho yêu cầu khác */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Thiếu If-Match (precondition-required) */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Quá nhiều yêu cầu (rate-limited) */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Lỗi hệ thống (internal) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
};
export type webhooks = Record<string, never>;
export type components = {
    schemas: {
        Session: {
            user: {
                /**
                 * @description Mã người dùng
                 * @example usr_2k9d8f
                 */
                id: string;
                /**
                 * @description Tên đăng nhập
                 * @example vanthu.vp
                 */
                username: string;
                /**
                 * @description Họ tên hiển thị
                 * @example Nguyễn Thị Lan
                 */
                displayName: string;
                /**
                 * @description Vai trò người dùng
                 * @example secretariat
                 * @enum {string}
                 */
                role: "admin" | "secretariat" | "agency_officer" | "leader" | "integrator";
                /**
                 * @description Cơ quan của cán bộ
                 * @example so-tai-chinh
                 */
                agencyId: string | null;
                /**
                 * @description Phải đổi mật khẩu một lần
                 * @example false
                 */
                mustChangePassword: boolean;
            };
            /**
             * @description Các quyền của phiên
             * @example [
             *       "tasks.read"
             *     ]
             */
            permissions: string[];
            /**
             * @description Gửi lại trong tiêu đề X-CSRF-Token với mọi yêu cầu POST/PATCH/PUT/DELETE
             * @example Jw3o0mP1sW3cRnq2bWlq0Q
             */
            csrfToken: string;
        };
        /** @description RFC 9457 problem details */
        Problem: {
            /**
             * @description URI định danh loại lỗi (problem type URI)
             * @example https://dondoc.vn/problems/not-found
             */
            type: string;
            /**
             * @description Tiêu đề lỗi (Vietnamese / English)
             * @example Không tìm thấy / Not found
             */
            title: string;
            /**
             * @description Mã trạng thái HTTP
             * @example 404
             */
            status: number;
            /**
             * @description Mã lỗi ổn định (closed list of error codes)
             * @example not-found
             * @enum {string}
             */
            code: "validation-failed" | "unauthenticated" | "invalid-credentials" | "forbidden" | "csrf-failed" | "not-found" | "conflict" | "invalid-transition" | "unresolved-agency" | "precondition-failed" | "precondition-required" | "idempotency-key-reused" | "idempotency-in-progress" | "payload-too-large" | "unsupported-media-type" | "rate-limited" | "internal" | "unavailable";
            /**
             * @description Giải thích cụ thể, tiếng Việt trước (detail, Vietnamese first)
             * @example Không tìm thấy nhiệm vụ tsk_01 / Task tsk_01 not found
             */
            detail: string;
            /**
             * @description Đường dẫn gây lỗi
             * @example /v1/tasks/tsk_01
             */
            instance?: string;
            /**
             * @description Mã yêu cầu trong nhật ký
             * @example req_5f2c
             */
            requestId?: string;
            /** @description Các trường không hợp lệ (validation-failed) */
            errors?: {
                /**
                 * @description Đường dẫn trường lỗi
                 * @example body.dueOn
                 */
                path: string;
                /**
                 * @description Lý do
                 * @example Ngày phải có dạng YYYY-MM-DD
                 */
                message: string;
            }[];
        };
        Login: {
            /**
             * @description Tên đăng nhập
             * @example admin
             */
            username: string;
            /**
             * @description Mật khẩu
             * @example mat-khau-cua-ban
             */
            password: string;
        };
        ChangePassword: {
            /**
             * @description Mật khẩu hiện tại
             * @example cu
             */
            currentPassword: string;
            /**
             * @description Mật khẩu mới, ít nhất 10 ký tự
             * @example mot-mat-khau-dai
             */
            newPassword: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
};
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
