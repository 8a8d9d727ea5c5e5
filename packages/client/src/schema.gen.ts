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
        post: operations["login"];
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
        post: operations["logout"];
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
        get: operations["getSession"];
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
        post: operations["changePassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/agencies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Danh mục cơ quan (list agencies)
         * @description Quyền: `agencies.read`
         */
        get: operations["listAgencies"];
        put?: never;
        /**
         * Thêm cơ quan (create an agency)
         * @description Quyền: `agencies.add`
         */
        post: operations["createAgency"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/agencies/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Chi tiết cơ quan (get an agency)
         * @description Quyền: `agencies.read`
         */
        get: operations["getAgency"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Sửa cơ quan (edit an agency)
         * @description Quyền: `agencies.write`
         */
        patch: operations["updateAgency"];
        trace?: never;
    };
    "/v1/agencies/{id}/merge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sáp nhập vào cơ quan kế thừa (merge into a successor)
         * @description Quyền: `agencies.write`
         */
        post: operations["mergeAgency"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/agencies/{id}/reminders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Đôn đốc cơ quan: mọi nhiệm vụ quá hạn, sắp đến hạn (remind an agency)
         * @description Quyền: `tasks.manage`
         */
        post: operations["remindAgency"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/agency-groups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Nhóm cơ quan (list agency groups)
         * @description Quyền: `agencies.read`
         */
        get: operations["listAgencyGroups"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/agencies/{id}/officers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Cán bộ của cơ quan (the officers a task can be given to)
         * @description Quyền: `tasks.report`
         */
        get: operations["listAgencyOfficers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/resolutions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Danh sách nghị quyết (list resolutions)
         * @description Quyền: `resolutions.read`
         */
        get: operations["listResolutions"];
        put?: never;
        /**
         * Thêm nghị quyết (create a resolution)
         * @description Quyền: `resolutions.write`
         */
        post: operations["createResolution"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/resolutions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Chi tiết nghị quyết (get a resolution)
         * @description Quyền: `resolutions.read`
         */
        get: operations["getResolution"];
        /**
         * Sửa nghị quyết (replace a resolution)
         * @description Quyền: `resolutions.write`
         */
        put: operations["updateResolution"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/notices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Danh sách thông báo (list notices)
         * @description Quyền: `notices.read`
         */
        get: operations["listNotices"];
        put?: never;
        /**
         * Tạo bản nháp thông báo từ kết quả phân tích (create a draft notice)
         * @description Quyền: `notices.write`
         */
        post: operations["createNotice"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/notices/parse": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Phân tích văn bản, không lưu (parse a notice)
         * @description Quyền: `notices.write`
         */
        post: operations["parseNotice"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/notices/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Chi tiết thông báo (get a notice)
         * @description Quyền: `notices.read`
         */
        get: operations["getNotice"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Sửa bản nháp thông báo (edit a draft)
         * @description Quyền: `notices.write`
         */
        patch: operations["updateNotice"];
        trace?: never;
    };
    "/v1/notices/{id}/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Thêm nhiệm vụ vào bản nháp (add a task to a draft)
         * @description Quyền: `notices.write`
         */
        post: operations["addNoticeTask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/directives/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Sửa kết luận trong bản nháp (edit a directive)
         * @description Quyền: `notices.write`
         */
        patch: operations["updateDirective"];
        trace?: never;
    };
    "/v1/tasks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Chi tiết nhiệm vụ (get a task)
         * @description Quyền: `tasks.read`
         */
        get: operations["getTask"];
        put?: never;
        post?: never;
        /**
         * Xoá nhiệm vụ khỏi bản nháp (delete a draft task)
         * @description Quyền: `notices.write`
         */
        delete: operations["deleteDraftTask"];
        options?: never;
        head?: never;
        /**
         * Sửa nhiệm vụ (edit a task)
         * @description Quyền: `tasks.manage`
         */
        patch: operations["updateTask"];
        trace?: never;
    };
    "/v1/notices/{id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ban hành thông báo (publish)
         * @description Quyền: `notices.write`
         */
        post: operations["publishNotice"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/notices/{id}/archive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Lưu trữ thông báo (archive)
         * @description Quyền: `notices.write`
         */
        post: operations["archiveNotice"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Danh sách nhiệm vụ (list tasks)
         * @description Quyền: `tasks.read`
         */
        get: operations["listTasks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Số liệu tổng quan (dashboard summary)
         * @description Số nhiệm vụ theo tình hình thực hiện, quá hạn theo cơ quan chủ trì và tỷ lệ đúng hạn của kỳ báo cáo tháng hiện tại (Nghị định 09/2019/NĐ-CP, trừ khi bộ quy tắc chọn tháng dương lịch). Phạm vi và bộ lọc như GET /v1/tasks: `counts.overdue` bằng số nhiệm vụ của GET /v1/tasks?timeliness=overdue.
         *
         *     Quyền: `tasks.read`
         */
        get: operations["getSummary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tasks/{id}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Báo cáo hoàn thành (mark done)
         * @description Quyền: `tasks.report`
         */
        post: operations["completeTask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tasks/{id}/completion/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Xác nhận báo cáo hoàn thành (accept a completion report)
         * @description Quyền: `tasks.decide`
         */
        post: operations["acceptTaskCompletion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tasks/{id}/completion/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Trả lại báo cáo hoàn thành (return a completion report)
         * @description Quyền: `tasks.decide`
         */
        post: operations["returnTaskCompletion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tasks/{id}/transitions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Tạm dừng, tiếp tục, huỷ, mở lại (change state)
         * @description Quyền: `tasks.manage`
         */
        post: operations["transitionTask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tasks/{id}/delegate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Giao lại cho đơn vị cấp dưới (delegate down)
         * @description Quyền: `tasks.report`
         */
        post: operations["delegateTask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tasks/{id}/handler": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Giao chuyên viên xử lý (name the handling officer)
         * @description Quyền: `tasks.report`
         */
        put: operations["assignTaskHandler"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tasks/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Lịch sử thay đổi của nhiệm vụ (task history)
         * @description Quyền: `tasks.read`
         */
        get: operations["listTaskHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tasks/{id}/watchers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Người theo dõi nhiệm vụ (list watchers)
         * @description Quyền: `tasks.read`
         */
        get: operations["listTaskWatchers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tasks/{id}/watchers/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Theo dõi nhiệm vụ (watch)
         * @description Quyền: `tasks.read`
         */
        put: operations["watchTask"];
        post?: never;
        /**
         * Bỏ theo dõi nhiệm vụ (unwatch)
         * @description Quyền: `tasks.read`
         */
        delete: operations["unwatchTask"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tasks/{id}/progress": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Các báo cáo tiến độ (list progress reports)
         * @description Quyền: `tasks.read`
         */
        get: operations["listTaskProgress"];
        put?: never;
        /**
         * Báo cáo tiến độ (report progress)
         * @description Quyền: `tasks.report`
         */
        post: operations["reportTaskProgress"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/progress/{id}/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Đính kèm tệp vào báo cáo tiến độ (upload an attachment)
         * @description Quyền: `tasks.report`
         */
        post: operations["uploadAttachment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/attachments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Tải tệp đính kèm (download an attachment)
         * @description Quyền: `tasks.read`
         */
        get: operations["downloadAttachment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tasks/{id}/extensions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Lịch sử gia hạn của nhiệm vụ (list extension requests)
         * @description Quyền: `tasks.read`
         */
        get: operations["listTaskExtensions"];
        put?: never;
        /**
         * Đề nghị gia hạn (request an extension)
         * @description Quyền: `tasks.report`
         */
        post: operations["requestTaskExtension"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/extensions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Các đề nghị gia hạn theo trạng thái (extension queue)
         * @description Quyền: `tasks.read`
         */
        get: operations["listExtensions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/extensions/{id}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Quyết định gia hạn (decide an extension)
         * @description Quyền: `tasks.decide`
         */
        post: operations["decideExtension"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tasks/{id}/explanations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Các yêu cầu giải trình (list explanation requests)
         * @description Quyền: `tasks.read`
         */
        get: operations["listTaskExplanations"];
        put?: never;
        /**
         * Yêu cầu giải trình (request an explanation)
         * @description Quyền: `tasks.decide`
         */
        post: operations["requestTaskExplanation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/explanations/{id}/answer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Trả lời yêu cầu giải trình (answer)
         * @description Quyền: `tasks.report`
         */
        post: operations["answerExplanation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tasks/{id}/reminders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Các lần đôn đốc nhiệm vụ (list reminders)
         * @description Quyền: `tasks.read`
         */
        get: operations["listTaskReminders"];
        put?: never;
        /**
         * Đôn đốc nhiệm vụ (remind the lead agency)
         * @description Quyền: `tasks.manage`
         */
        post: operations["remindTask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tasks/{id}/comments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Trao đổi về nhiệm vụ (list comments)
         * @description Quyền: `tasks.read`
         */
        get: operations["listTaskComments"];
        put?: never;
        /**
         * Trao đổi về nhiệm vụ (add a comment)
         * @description Quyền: `tasks.report`
         */
        post: operations["addTaskComment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/comments/{id}/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Đính kèm tệp vào trao đổi (attach a file to a comment)
         * @description Quyền: `tasks.report`
         */
        post: operations["uploadCommentAttachment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tasks/{id}/audience": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Những người xem được nhiệm vụ (who may be mentioned)
         * @description Quyền: `tasks.read`
         */
        get: operations["listTaskAudience"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/calendar/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Lịch nghỉ của một năm (get a year's calendar)
         * @description Quyền: `calendar.read`
         */
        get: operations["getCalendarYear"];
        /**
         * Nhập lịch nghỉ chính thức của một năm (set a year's calendar)
         * @description Quyền: `calendar.write`
         */
        put: operations["putCalendarYear"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/policy": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Quy chế đang áp dụng (get the policy pack)
         * @description Quyền: `policy.read`
         */
        get: operations["getPolicy"];
        /**
         * Thay quy chế (set the policy pack)
         * @description Quyền: `policy.write`
         */
        put: operations["putPolicy"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Danh sách tài khoản (list users)
         * @description Quyền: `users.manage`
         */
        get: operations["listUsers"];
        put?: never;
        /**
         * Tạo tài khoản (create a user)
         * @description Quyền: `users.manage`
         */
        post: operations["createUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Sửa tài khoản (edit a user)
         * @description Quyền: `users.manage`
         */
        patch: operations["updateUser"];
        trace?: never;
    };
    "/v1/users/{id}/password-reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cấp lại mật khẩu (reset a password)
         * @description Quyền: `users.manage`
         */
        post: operations["resetUserPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/api-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Danh sách khoá API (list API keys)
         * @description Quyền: `apikeys.manage`
         */
        get: operations["listApiKeys"];
        put?: never;
        /**
         * Cấp khoá API (create an API key)
         * @description Quyền: `apikeys.manage`
         */
        post: operations["createApiKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/api-keys/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Thu hồi khoá API (revoke)
         * @description Quyền: `apikeys.manage`
         */
        delete: operations["revokeApiKey"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Nhật ký thay đổi (audit log)
         * @description Quyền: `audit.read`
         */
        get: operations["listAuditEntries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/audit/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Kiểm tra chuỗi băm nhật ký (verify the audit hash chain)
         * @description Quyền: `audit.verify`
         */
        get: operations["verifyAuditChain"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/reports/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Xuất dữ liệu báo cáo (ReportData export)
         * @description Mọi nhiệm vụ người gọi được xem, tối đa REPORT_MAX_TASKS (mặc định 200.000); vượt quá: 422 report-too-large. / Every task the caller may see, at most REPORT_MAX_TASKS (default 200,000), else 422 report-too-large.
         *
         *     Quyền: `reports.read`
         */
        get: operations["exportReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Lập báo cáo định kỳ (make a periodic report)
         * @description Chỉ đọc các nhiệm vụ có thể có mặt trong báo cáo của kỳ (giao trước ngày chốt số liệu, chưa hoàn thành trước kỳ đầu tiên của xu hướng, hoặc thuộc một nghị quyết), tối đa REPORT_MAX_TASKS (mặc định 200.000); vượt quá: 422 report-too-large. Tệp được gửi dần khi đang lập. / Reads only the tasks the period's report can show, at most REPORT_MAX_TASKS (default 200,000), else 422 report-too-large; the body is streamed.
         *
         *     Quyền: `reports.read`
         */
        post: operations["createPeriodicReport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Danh sách webhook (list subscriptions)
         * @description Quyền: `apikeys.manage`
         */
        get: operations["listWebhooks"];
        put?: never;
        /**
         * Đăng ký webhook (subscribe a URL to events)
         * @description Mỗi sự kiện được POST tới `url` dưới dạng JSON `{ id, type, occurredAt, data }`, ký theo Standard Webhooks (https://www.standardwebhooks.com): tiêu đề `webhook-id` (mã sự kiện, giữ nguyên khi gửi lại), `webhook-timestamp` (giây unix) và `webhook-signature: v1,<base64 HMAC-SHA256(khoá, id + "." + timestamp + "." + body)>`; bên nhận kiểm tra bằng `new Webhook(secret).verify(body, headers)` của thư viện `standardwebhooks` (từ chối lệch quá 5 phút) và dùng `webhook-id` để bỏ qua bản trùng. Tiêu đề cũ `X-Dondoc-Signature: t=<unix>,v1=<hex>` vẫn được gửi (không khuyến dùng). Kèm `X-Dondoc-Event`, `X-Dondoc-Event-Id`, `X-Dondoc-Delivery`. Phản hồi 2xx là đã nhận; lỗi khác được gửi lại với thời gian chờ tăng gấp đôi (30 giây, 1 phút, 2 phút…) tối đa 8 lần, sau đó là `failed` và có thể gửi lại từ nhật ký; chuyển hướng (3xx) không được theo. Thứ tự giao không được bảo đảm. Địa chỉ nhận phải là địa chỉ công khai: loopback, mạng riêng, link-local… bị từ chối (422 `unsafe-target`) trừ máy được quản trị cho phép (`WEBHOOK_ALLOW_PRIVATE_HOSTS`); điều kiện này được kiểm tra lại sau khi phân giải DNS trước mỗi lần gửi.
         *
         *     Quyền: `apikeys.manage`
         */
        post: operations["createWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Huỷ đăng ký webhook (delete a subscription)
         * @description Quyền: `apikeys.manage`
         */
        delete: operations["deleteWebhook"];
        options?: never;
        head?: never;
        /**
         * Sửa, tạm dừng webhook (update a subscription)
         * @description Quyền: `apikeys.manage`
         */
        patch: operations["updateWebhook"];
        trace?: never;
    };
    "/v1/webhooks/{id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Nhật ký gửi webhook (delivery log)
         * @description Quyền: `apikeys.manage`
         */
        get: operations["listWebhookDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhook-deliveries/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Chi tiết một lần gửi (delivery with attempts)
         * @description Quyền: `apikeys.manage`
         */
        get: operations["getWebhookDelivery"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhook-deliveries/{id}/replay": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Gửi lại một sự kiện (replay a delivery)
         * @description Quyền: `apikeys.manage`
         */
        post: operations["replayWebhookDelivery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/{id}/replay": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Gửi lại các sự kiện từ một thời điểm (replay from)
         * @description Quyền: `apikeys.manage`
         */
        post: operations["replayWebhookSince"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Thông báo của tôi (my notifications) */
        get: operations["listNotifications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/notifications/unread-count": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Số thông báo chưa đọc (unread count) */
        get: operations["countUnreadNotifications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/notifications/read-all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Đánh dấu tất cả đã đọc (mark all read) */
        post: operations["readAllNotifications"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/notifications/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Đánh dấu đã đọc (mark read) */
        post: operations["readNotification"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/calendar-feeds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Các đường dẫn lịch (list ICS links)
         * @description Quyền: `tasks.read`
         */
        get: operations["listCalendarFeeds"];
        put?: never;
        /**
         * Tạo đường dẫn lịch iCalendar (create an ICS link)
         * @description Quyền: `tasks.read`
         */
        post: operations["createCalendarFeed"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/calendar-feeds/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Thu hồi đường dẫn lịch (revoke an ICS link)
         * @description Quyền: `tasks.read`
         */
        delete: operations["revokeCalendarFeed"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/agencies/{id}/calendar.ics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Lịch hạn của cơ quan (agency ICS feed) */
        get: operations["getAgencyCalendarFeed"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/users/{id}/calendar.ics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Lịch hạn cá nhân (personal ICS feed) */
        get: operations["getUserCalendarFeed"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Các lượt nhập gần đây (list import jobs)
         * @description Quyền: `tasks.manage`
         */
        get: operations["listImports"];
        put?: never;
        /**
         * Tải bảng theo dõi lên để nhập (upload a sheet)
         * @description Quyền: `tasks.manage`
         */
        post: operations["createImport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/imports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Tiến độ và kết quả một lượt nhập (import job)
         * @description Quyền: `tasks.manage`
         */
        get: operations["getImport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/imports/{id}/apply": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Xác nhận nhập (apply a previewed import)
         * @description Quyền: `tasks.manage`
         */
        post: operations["applyImport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/what-if/calendar/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Xem trước thay đổi lịch nghỉ (preview a calendar change)
         * @description Quyền: `calendar.write`
         */
        post: operations["previewCalendarWhatIf"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/what-if/calendar/{year}/apply": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Áp dụng thay đổi lịch nghỉ và dời hạn (apply a calendar change)
         * @description Quyền: `calendar.write`
         */
        post: operations["applyCalendarWhatIf"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/what-if/policy": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Xem trước thay đổi quy chế (preview a policy change)
         * @description Quyền: `policy.write`
         */
        post: operations["previewPolicyWhatIf"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/what-if/policy/apply": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Áp dụng quy chế mới và dời hạn (apply a policy change)
         * @description Quyền: `policy.write`
         */
        post: operations["applyPolicyWhatIf"];
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
            /** @description Người dùng đang đăng nhập */
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
             * @description URI định danh loại lỗi; mở được: trang giải thích (HTML, tiếng Việt hoặc ?lang=en) / problem type URI, served by this server
             * @example https://dondoc.example/problems/not-found
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
            code: "validation-failed" | "unauthenticated" | "invalid-credentials" | "forbidden" | "csrf-failed" | "password-change-required" | "not-found" | "conflict" | "invalid-transition" | "rule-violated" | "unresolved-agency" | "precondition-failed" | "precondition-required" | "idempotency-key-reused" | "idempotency-in-progress" | "unsafe-target" | "idempotency-secret-shown-once" | "payload-too-large" | "report-too-large" | "unsupported-media-type" | "rate-limited" | "internal" | "unavailable";
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
            /**
             * @description Quy tắc nghiệp vụ đã từ chối yêu cầu (mã ổn định của miền, ví dụ limit-reached, too-late, deadline-unresolved)
             * @example limit-reached
             */
            rule?: string;
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
             * @description Tên đăng nhập (không phân biệt hoa thường)
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
             * @description Mật khẩu mới: ít nhất 12 ký tự, khác tên đăng nhập, không thuộc danh sách mật khẩu phổ biến (400 với `rule` password-too-short, password-is-username hoặc password-too-common)
             * @example mot-mat-khau-dai
             */
            newPassword: string;
        };
        AgencyList: {
            /** @description Các phần tử của trang */
            items: components["schemas"]["Agency"][];
            /**
             * @description Con trỏ trang sau; null khi hết
             * @example eyJvIjoxMDB9
             */
            nextCursor: string | null;
            /**
             * @description Tổng số phần tử của danh sách (khi tính được rẻ)
             * @example 111
             */
            total?: number;
        };
        Agency: {
            /**
             * @description Mã cơ quan (ổn định)
             * @example brvt.so-tc
             */
            id: string;
            /**
             * @description Tên chính thức
             * @example Sở Tài chính
             */
            name: string;
            /**
             * @description Tên viết tắt
             * @example [
             *       "STC"
             *     ]
             */
            shortNames: string[];
            /**
             * @description Cách viết khác trong văn bản
             * @example [
             *       "Sở Tài chính tỉnh"
             *     ]
             */
            aliases: string[];
            /**
             * @description Cơ quan cấp trên
             * @example brvt.ubnd
             */
            parentId: string | null;
            /**
             * @description Loại cơ quan
             * @example department
             * @enum {string}
             */
            kind: "people-committee" | "council" | "office" | "department" | "board" | "division" | "party" | "police" | "public-service-unit" | "mass-organisation" | "enterprise" | "other";
            /**
             * @description Nhóm (chủ thể tập hợp) mà cơ quan thuộc về
             * @example [
             *       "brvt.so-ban-nganh"
             *     ]
             */
            groups: string[];
            /**
             * Format: date
             * @description Ngày bắt đầu hoạt động
             * @example null
             */
            validFrom: string | null;
            /**
             * Format: date
             * @description Ngày cuối cùng hoạt động (sáp nhập, giải thể)
             * @example null
             */
            validTo: string | null;
            /**
             * @description Cơ quan kế thừa
             * @example null
             */
            successorId: string | null;
            /**
             * @description Phiên bản (ETag)
             * @example 1
             */
            version: number;
        };
        CreateAgency: {
            /**
             * @description Mã cơ quan (ổn định, không dấu)
             * @example brvt.so-cds
             */
            id: string;
            /**
             * @description Tên chính thức
             * @example Sở Chuyển đổi số
             */
            name: string;
            /**
             * @description Tên viết tắt
             * @default []
             * @example [
             *       "Sở CĐS"
             *     ]
             */
            shortNames?: string[];
            /**
             * @description Cách viết khác
             * @default []
             * @example []
             */
            aliases?: string[];
            /**
             * @description Cơ quan cấp trên
             * @default null
             * @example brvt.ubnd
             */
            parentId?: string | null;
            /**
             * @description Loại cơ quan
             * @example department
             * @enum {string}
             */
            kind: "people-committee" | "council" | "office" | "department" | "board" | "division" | "party" | "police" | "public-service-unit" | "mass-organisation" | "enterprise" | "other";
            /**
             * @description Nhóm
             * @default []
             * @example [
             *       "brvt.so-ban-nganh"
             *     ]
             */
            groups?: string[];
            /**
             * Format: date
             * @description Ngày bắt đầu hoạt động
             * @default null
             * @example 2025-03-01
             */
            validFrom?: string | null;
        };
        AgencyPatch: {
            /**
             * @description Tên chính thức
             * @example Sở Tài chính
             */
            name?: string;
            /**
             * @description Tên viết tắt
             * @example [
             *       "STC"
             *     ]
             */
            shortNames?: string[];
            /**
             * @description Cách viết khác
             * @example [
             *       "Sở Tài chính tỉnh"
             *     ]
             */
            aliases?: string[];
            /**
             * @description Cơ quan cấp trên
             * @example brvt.ubnd
             */
            parentId?: string | null;
            /**
             * @description Loại cơ quan
             * @example department
             * @enum {string}
             */
            kind?: "people-committee" | "council" | "office" | "department" | "board" | "division" | "party" | "police" | "public-service-unit" | "mass-organisation" | "enterprise" | "other";
            /**
             * @description Nhóm
             * @example [
             *       "brvt.so-ban-nganh"
             *     ]
             */
            groups?: string[];
            /**
             * Format: date
             * @description Ngày bắt đầu hoạt động
             * @example null
             */
            validFrom?: string | null;
            /**
             * Format: date
             * @description Ngày cuối cùng hoạt động
             * @example null
             */
            validTo?: string | null;
        };
        MergeResult: {
            agency: components["schemas"]["Agency"];
            /**
             * @description Nhiệm vụ đã chuyển sang cơ quan kế thừa
             * @example [
             *       "tsk_1"
             *     ]
             */
            movedTaskIds: string[];
            /**
             * @description Thông báo do cơ quan ban hành, nay do văn phòng cơ quan kế thừa theo dõi
             * @example [
             *       "ntc_1"
             *     ]
             */
            movedNoticeIds: string[];
        };
        MergeAgency: {
            /**
             * @description Cơ quan kế thừa
             * @example brvt.so-khcn
             */
            successorId: string;
            /**
             * Format: date
             * @description Ngày cuối cùng cơ quan hoạt động
             * @example 2025-02-28
             */
            lastDay: string;
            /**
             * @description Số, ký hiệu văn bản cho phép
             * @example Công văn 123/UBND-TH ngày 05/3/2024
             */
            decisionRef?: string;
        };
        AgencyReminded: {
            /**
             * @description Số nhiệm vụ đã đôn đốc
             * @example 4
             */
            count: number;
            /** @description Các lần đôn đốc vừa gửi */
            items: components["schemas"]["TaskReminder"][];
        };
        TaskReminder: {
            /**
             * @description Mã lần đôn đốc
             * @example rmd_3k2
             */
            id: string;
            /**
             * @description Nhiệm vụ
             * @example tsk_8f2k3j9x
             */
            taskId: string;
            remindedBy: components["schemas"]["PersonRef"];
            /**
             * @description Lời nhắn
             * @example Đề nghị báo cáo kết quả trước 15/3
             */
            message: string | null;
            /**
             * @description Thời điểm đôn đốc
             * @example 2024-03-12T02:15:00.000Z
             */
            createdAt: string;
        };
        PersonRef: {
            /**
             * @description Mã người (user:… hoặc apikey:…)
             * @example user:usr_1
             */
            id: string;
            /**
             * @description Tên hiển thị
             * @example Nguyễn Thị Lan
             */
            name: string;
        };
        RemindAgency: {
            /**
             * @description Lời nhắn (không bắt buộc)
             * @default null
             * @example Đề nghị báo cáo kết quả trước 15/3
             */
            message?: string | null;
            /**
             * @description Chỉ các nhiệm vụ của cơ quan ban hành này
             * @example brvt.ubnd
             */
            issuerId?: string;
            /**
             * @description Chỉ các nhiệm vụ của thông báo này
             * @example ntc_4k2m
             */
            noticeId?: string;
        };
        AgencyGroupList: {
            /** @description Các phần tử của trang */
            items: components["schemas"]["AgencyGroup"][];
            /**
             * @description Con trỏ trang sau; null khi hết
             * @example eyJvIjoxMDB9
             */
            nextCursor: string | null;
            /**
             * @description Tổng số phần tử của danh sách (khi tính được rẻ)
             * @example 111
             */
            total?: number;
        };
        AgencyGroup: {
            /**
             * @description Mã nhóm
             * @example brvt.so-ban-nganh
             */
            id: string;
            /**
             * @description Tên nhóm
             * @example Các sở, ban, ngành tỉnh
             */
            name: string;
            /**
             * @description Cụm từ văn bản dùng
             * @example [
             *       "Các sở, ban, ngành"
             *     ]
             */
            phrases: string[];
            /**
             * @description Cơ quan chủ quản
             * @example brvt.ubnd
             */
            ownerId: string | null;
            /**
             * @description Nhóm con
             * @example []
             */
            includes: string[];
            /**
             * @description Thành viên trực tiếp
             * @example [
             *       "brvt.so-tc"
             *     ]
             */
            memberIds: string[];
            /**
             * @description Phiên bản (ETag)
             * @example 1
             */
            version: number;
        };
        AgencyOfficerPage: {
            /** @description Các phần tử của trang */
            items: components["schemas"]["AgencyOfficer"][];
            /**
             * @description Con trỏ trang sau; null khi hết
             * @example eyJvIjoxMDB9
             */
            nextCursor: string | null;
            /**
             * @description Tổng số phần tử của danh sách (khi tính được rẻ)
             * @example 111
             */
            total?: number;
        };
        AgencyOfficer: {
            /**
             * @description Mã tài khoản
             * @example usr_8f2k
             */
            id: string;
            /**
             * @description Họ tên
             * @example Nguyễn Thị Lan
             */
            displayName: string;
        };
        ResolutionList: {
            /** @description Các phần tử của trang */
            items: components["schemas"]["Resolution"][];
            /**
             * @description Con trỏ trang sau; null khi hết
             * @example eyJvIjoxMDB9
             */
            nextCursor: string | null;
            /**
             * @description Tổng số phần tử của danh sách (khi tính được rẻ)
             * @example 111
             */
            total?: number;
        };
        Resolution: {
            /**
             * @description Mã
             * @example res_2k1
             */
            id: string;
            /**
             * @description Số, ký hiệu
             * @example 02-NQ/TU
             */
            code: string;
            /**
             * @description Cơ quan ban hành
             * @example Ban Chấp hành Đảng bộ tỉnh
             */
            issuer: string;
            /**
             * Format: date
             * @description Ngày ban hành
             * @example 2021-05-28
             */
            issuedOn: string | null;
            /**
             * @description Trích yếu
             * @example Về chuyển đổi số tỉnh đến năm 2025
             */
            title: string;
            /**
             * @description Mục tiêu, chỉ tiêu
             * @example [
             *       "100% hồ sơ xử lý trên môi trường mạng"
             *     ]
             */
            goals: string[];
            /**
             * @description Phiên bản (ETag)
             * @example 1
             */
            version: number;
        };
        ResolutionInput: {
            /**
             * @description Số, ký hiệu
             * @example 02-NQ/TU
             */
            code: string;
            /**
             * @description Cơ quan ban hành
             * @example Ban Chấp hành Đảng bộ tỉnh
             */
            issuer: string;
            /**
             * Format: date
             * @description Ngày ban hành
             * @default null
             * @example 2021-05-28
             */
            issuedOn?: string | null;
            /**
             * @description Trích yếu
             * @example Về chuyển đổi số
             */
            title: string;
            /**
             * @description Mục tiêu
             * @default []
             * @example []
             */
            goals?: string[];
        };
        NoticePage: {
            /** @description Các phần tử của trang */
            items: components["schemas"]["NoticeSummary"][];
            /**
             * @description Con trỏ trang sau; null khi hết
             * @example eyJvIjoxMDB9
             */
            nextCursor: string | null;
            /**
             * @description Tổng số phần tử của danh sách (khi tính được rẻ)
             * @example 111
             */
            total?: number;
        };
        NoticeSummary: {
            /**
             * @description Mã thông báo
             * @example ntc_4k2m9x
             */
            id: string;
            /**
             * @description Số (trống ở bản dự thảo)
             * @example 12
             */
            number: string | null;
            /**
             * @description Ký hiệu
             * @example TB-UBND
             */
            symbol: string | null;
            /**
             * @description Cơ quan ban hành, như ghi trên văn bản
             * @example UBND tỉnh Bà Rịa - Vũng Tàu
             */
            issuer: string | null;
            /**
             * @description Cơ quan ban hành trong danh mục: văn phòng của cơ quan này theo dõi thông báo (null: chưa xác định, chưa ban hành được)
             * @example brvt.ubnd
             */
            issuerAgencyId: string | null;
            /**
             * @description Địa danh
             * @example Bà Rịa - Vũng Tàu
             */
            place: string | null;
            /**
             * Format: date
             * @description Ngày ban hành
             * @example 2023-01-06
             */
            issuedOn: string | null;
            /**
             * Format: date
             * @description Ngày họp
             * @example 2023-01-04
             */
            meetingOn: string | null;
            /**
             * @description Trích yếu
             * @example Kết luận của Chủ tịch UBND tỉnh tại cuộc họp…
             */
            subject: string | null;
            /**
             * @description draft: đang rà soát; published: đã ban hành, nhiệm vụ mở; archived: lưu trữ
             * @example draft
             * @enum {string}
             */
            lifecycle: "draft" | "published" | "archived";
            /**
             * @description Nghị quyết liên quan
             * @example null
             */
            resolutionId: string | null;
            /**
             * @description Số nhiệm vụ (đã tách chủ thể tập hợp)
             * @example 12
             */
            taskCount: number;
            /**
             * @description Thời điểm ban hành trên hệ thống
             * @example null
             */
            publishedAt: string | null;
            /**
             * @description Phiên bản (ETag)
             * @example 1
             */
            version: number;
            /**
             * @description Thời điểm tạo
             * @example 2024-03-01T03:00:00.000Z
             */
            createdAt: string;
        };
        /**
         * @description Kết quả phân tích (ParsedNotice của @dondoc/domain): mọi giá trị kèm vị trí trong văn bản; điều chưa chắc để null kèm cảnh báo
         * @example {
         *       "notice": {
         *         "number": "15",
         *         "symbol": "15/TB-UBND",
         *         "issuer": "UBND tỉnh Bà Rịa - Vũng Tàu",
         *         "place": "Bà Rịa - Vũng Tàu",
         *         "issuedOn": "2024-02-05",
         *         "meetingOn": "2024-01-30",
         *         "subject": "Kết luận của Chủ tịch UBND tỉnh tại cuộc họp về chuyển đổi số",
         *         "chair": {
         *           "name": "Nguyễn Văn A",
         *           "title": "Chủ tịch UBND tỉnh"
         *         },
         *         "attendees": [
         *           "Lãnh đạo Sở Tài chính",
         *           "Lãnh đạo Sở Thông tin và Truyền thông"
         *         ],
         *         "references": [
         *           {
         *             "code": "02-NQ/TU",
         *             "issuedOn": "2021-05-28",
         *             "span": {
         *               "start": 300,
         *               "end": 308
         *             }
         *           }
         *         ],
         *         "recipients": [
         *           "Sở Tài chính",
         *           "Sở Thông tin và Truyền thông"
         *         ],
         *         "signer": {
         *           "authority": "TL. CHỦ TỊCH",
         *           "title": "Chánh Văn phòng",
         *           "name": "Trần Thị B"
         *         }
         *       },
         *       "directives": [],
         *       "warnings": [],
         *       "text": "THÔNG BÁO Kết luận của Chủ tịch UBND tỉnh…"
         *     }
         */
        ParsedNotice: {
            notice: components["schemas"]["ParsedNoticeHeader"];
            /** @description Các kết luận (mục) theo thứ tự */
            directives: components["schemas"]["ParsedDirective"][];
            /** @description Cảnh báo cần rà soát */
            warnings: components["schemas"]["ParseWarning"][];
            /** @description Văn bản đã chuẩn hoá (NFC) mà mọi vị trí (span) tham chiếu */
            text: string;
        };
        /**
         * @description Phần đầu văn bản: số, ký hiệu, cơ quan ban hành, ngày, trích yếu, người ký…
         * @example {
         *       "number": "15",
         *       "symbol": "15/TB-UBND",
         *       "issuer": "UBND tỉnh Bà Rịa - Vũng Tàu",
         *       "place": "Bà Rịa - Vũng Tàu",
         *       "issuedOn": "2024-02-05",
         *       "meetingOn": "2024-01-30",
         *       "subject": "Kết luận của Chủ tịch UBND tỉnh tại cuộc họp về chuyển đổi số",
         *       "chair": {
         *         "name": "Nguyễn Văn A",
         *         "title": "Chủ tịch UBND tỉnh"
         *       },
         *       "attendees": [
         *         "Lãnh đạo Sở Tài chính",
         *         "Lãnh đạo Sở Thông tin và Truyền thông"
         *       ],
         *       "references": [
         *         {
         *           "code": "02-NQ/TU",
         *           "issuedOn": "2021-05-28",
         *           "span": {
         *             "start": 300,
         *             "end": 308
         *           }
         *         }
         *       ],
         *       "recipients": [
         *         "Sở Tài chính",
         *         "Sở Thông tin và Truyền thông"
         *       ],
         *       "signer": {
         *         "authority": "TL. CHỦ TỊCH",
         *         "title": "Chánh Văn phòng",
         *         "name": "Trần Thị B"
         *       }
         *     }
         */
        ParsedNoticeHeader: {
            /** @description Số văn bản (null ở bản chưa ban hành) */
            number: string | null;
            /** @description Ký hiệu, ví dụ TB-UBND */
            symbol: string | null;
            /** @description Cơ quan ban hành, như ghi trên văn bản */
            issuer: string | null;
            /** @description Địa danh */
            place: string | null;
            /**
             * Format: date
             * @description Ngày theo ISO 8601 (YYYY-MM-DD)
             */
            issuedOn: string | null;
            /**
             * Format: date
             * @description Ngày theo ISO 8601 (YYYY-MM-DD)
             */
            meetingOn: string | null;
            /** @description Trích yếu */
            subject: string | null;
            /** @description Người chủ trì cuộc họp */
            chair: {
                name: string | null;
                title: string | null;
            } | null;
            /** @description Thành phần dự họp */
            attendees: string[];
            /** @description Văn bản được viện dẫn */
            references: {
                code: string;
                /**
                 * Format: date
                 * @description Ngày theo ISO 8601 (YYYY-MM-DD)
                 */
                issuedOn: string | null;
                span: {
                    /** @description Vị trí bắt đầu (tính theo ký tự, từ 0) */
                    start: number;
                    /** @description Vị trí kết thúc (không bao gồm) */
                    end: number;
                } | null;
            }[];
            /** @description Nơi nhận */
            recipients: string[];
            /** @description Khối chữ ký */
            signer: {
                authority: string | null;
                title: string | null;
                name: string | null;
            } | null;
        };
        /**
         * @description Một kết luận (mục) và các nhiệm vụ của nó
         * @example {
         *       "path": "2",
         *       "text": "Giao Sở Tài chính bố trí vốn cho đề án chuyển đổi số năm 2024, trước ngày 15/3/2024.",
         *       "informational": false,
         *       "span": {
         *         "start": 370,
         *         "end": 430
         *       },
         *       "tasks": []
         *     }
         */
        ParsedDirective: {
            /** @description Số thứ tự của mục: 1, 2.a, 2.1, II.1.1 */
            path: string;
            /** @description Tiêu đề hoặc câu đầu của mục, như trong văn bản */
            text: string;
            /** @description Chỉ thông tin, không giao việc */
            informational: boolean;
            span: components["schemas"]["Span"];
            /** @description Nhiệm vụ giao trong mục */
            tasks: components["schemas"]["ParsedTask"][];
        };
        /**
         * @description Vị trí [start, end) trong văn bản đã chuẩn hoá (NFC) của thông báo
         * @example {
         *       "start": 120,
         *       "end": 180
         *     }
         */
        Span: {
            /** @description Vị trí bắt đầu (tính theo ký tự, từ 0) */
            start: number;
            /** @description Vị trí kết thúc (không bao gồm) */
            end: number;
        };
        /**
         * @description Một nhiệm vụ: cơ quan chủ trì, phối hợp, nội dung, thời hạn
         * @example {
         *       "lead": {
         *         "name": "Sở Tài chính",
         *         "agencyId": "brvt.so-tc",
         *         "collective": false,
         *         "groupId": null,
         *         "span": null
         *       },
         *       "coordinators": [],
         *       "mode": "assigned",
         *       "action": "Bố trí vốn cho đề án chuyển đổi số năm 2024",
         *       "deadline": {
         *         "phrase": "trước ngày 15/3/2024",
         *         "kind": "on-date",
         *         "rule": {
         *           "kind": "on-date",
         *           "phrase": "trước ngày 15/3/2024",
         *           "date": "2024-03-15",
         *           "reading": "before"
         *         },
         *         "dueOn": "2024-03-15",
         *         "recurrence": null,
         *         "derivation": {
         *           "vi": "trước ngày 15/3/2024 → 15/03/2024",
         *           "en": "by 15 March 2024 → 2024-03-15"
         *         },
         *         "span": {
         *           "start": 410,
         *           "end": 429
         *         }
         *       },
         *       "span": {
         *         "start": 380,
         *         "end": 430
         *       }
         *     }
         */
        ParsedTask: {
            lead: components["schemas"]["ParsedAgency"];
            /** @description Cơ quan phối hợp */
            coordinators: components["schemas"]["ParsedAgency"][];
            /**
             * @description assigned: giao/yêu cầu; requested: đề nghị
             * @enum {string}
             */
            mode: "assigned" | "requested";
            /** @description Tóm tắt nội dung công việc */
            action: string;
            deadline: components["schemas"]["ParsedDeadline"];
            span: components["schemas"]["Span"];
        };
        /**
         * @description Cơ quan như ghi trong văn bản và cơ quan trong danh mục mà nó khớp
         * @example {
         *       "name": "Sở Tài chính",
         *       "agencyId": "brvt.so-tc",
         *       "collective": false,
         *       "groupId": null,
         *       "span": null
         *     }
         */
        ParsedAgency: {
            /** @description Tên cơ quan đúng như trong văn bản */
            name: string;
            /** @description Mã cơ quan trong danh mục; null khi không khớp (kèm cảnh báo) */
            agencyId: string | null;
            /** @description Chủ thể tập hợp (“Các sở, ban, ngành”), tách theo thành viên khi ban hành */
            collective: boolean;
            /** @description Nhóm cơ quan trong danh mục mà chủ thể tập hợp khớp */
            groupId: string | null;
            /** @description Vị trí của tên cơ quan trong văn bản (null nếu không xác định) */
            span: components["schemas"]["Span"] | null;
        };
        /**
         * @description Thời hạn: cụm từ, quy tắc, ngày hạn đã tính (null khi không chắc, kèm cảnh báo)
         * @example {
         *       "phrase": "trong tháng 01/2023",
         *       "kind": "end-of-period",
         *       "rule": null,
         *       "dueOn": "2023-01-31",
         *       "recurrence": null,
         *       "derivation": {
         *         "vi": "trong tháng 01/2023 → 31/01/2023",
         *         "en": "within January 2023 → 2023-01-31"
         *       },
         *       "span": {
         *         "start": 410,
         *         "end": 429
         *       }
         *     }
         */
        ParsedDeadline: {
            /** @description Cụm từ thời hạn đúng như trong văn bản */
            phrase: string | null;
            /**
             * @description Loại thời hạn
             * @enum {string}
             */
            kind: "on-date" | "end-of-period" | "within" | "recurring" | "ongoing" | "urgent" | "follow-schedule" | "none";
            /** @description Quy tắc; null khi có cụm thời hạn mà không đọc được (xem cảnh báo) */
            rule: {
                /** @enum {string} */
                kind: "on-date";
                /** @description Cụm từ thời hạn đúng như trong văn bản */
                phrase: string | null;
                /**
                 * Format: date
                 * @description Ngày theo ISO 8601 (YYYY-MM-DD)
                 */
                date: string;
                /** @enum {string} */
                reading: "by" | "before";
                time?: string | null;
            } | {
                /** @enum {string} */
                kind: "end-of-period";
                /** @description Cụm từ thời hạn đúng như trong văn bản */
                phrase: string | null;
                period: {
                    /** @enum {string} */
                    unit: "month";
                    year: number;
                    month: number;
                } | {
                    /** @enum {string} */
                    unit: "quarter";
                    year: number;
                    quarter: number;
                } | {
                    /** @enum {string} */
                    unit: "half";
                    year: number;
                    half: 1 | 2;
                } | {
                    /** @enum {string} */
                    unit: "nine-months";
                    year: number;
                } | {
                    /** @enum {string} */
                    unit: "year";
                    year: number;
                } | {
                    /** @enum {string} */
                    unit: "part-of-month";
                    year: number;
                    month: number;
                    /** @enum {string} */
                    part: "early" | "mid" | "late";
                } | {
                    /** @enum {string} */
                    unit: "part-of-year";
                    year: number;
                    /** @enum {string} */
                    part: "early" | "mid" | "late";
                } | {
                    /** @enum {string} */
                    unit: "half-of-month";
                    year: number;
                    month: number;
                    half: 1 | 2;
                } | {
                    /** @enum {string} */
                    unit: "part-of-quarter";
                    year: number;
                    quarter: number;
                    /** @enum {string} */
                    part: "early" | "mid" | "late";
                } | {
                    /** @enum {string} */
                    unit: "years";
                    from: number;
                    to: number;
                };
            } | {
                /** @enum {string} */
                kind: "within";
                /** @description Cụm từ thời hạn đúng như trong văn bản */
                phrase: string | null;
                amount: number;
                /** @enum {string} */
                unit: "days" | "working-days" | "weeks" | "months" | "years";
                from: {
                    /** @enum {string} */
                    event: "notice-issued" | "received" | "meeting" | "other";
                    label: string | null;
                    /**
                     * Format: date
                     * @description Ngày theo ISO 8601 (YYYY-MM-DD)
                     */
                    on: string | null;
                };
            } | {
                /** @enum {string} */
                kind: "recurring";
                /** @description Cụm từ thời hạn đúng như trong văn bản */
                phrase: string | null;
                frequencies: ("weekly" | "monthly" | "quarterly" | "semiannual" | "nine-months" | "annual")[];
                /** @enum {string} */
                periods: "decree-09" | "calendar";
                dueDay: number | null;
                /**
                 * Format: date
                 * @description Ngày theo ISO 8601 (YYYY-MM-DD)
                 */
                startsOn: string | null;
                dueMonthOffset?: number;
                /** @enum {string} */
                reading?: "by" | "before";
            } | {
                /** @enum {string} */
                kind: "ongoing";
                /** @description Cụm từ thời hạn đúng như trong văn bản */
                phrase: string | null;
            } | {
                /** @enum {string} */
                kind: "urgent";
                /** @description Cụm từ thời hạn đúng như trong văn bản */
                phrase: string | null;
            } | {
                /** @enum {string} */
                kind: "follow-schedule";
                /** @description Cụm từ thời hạn đúng như trong văn bản */
                phrase: string | null;
            } | {
                /** @enum {string} */
                kind: "none";
                phrase: null;
            } | null;
            /**
             * Format: date
             * @description Ngày theo ISO 8601 (YYYY-MM-DD)
             */
            dueOn: string | null;
            /** @description Tần suất của nhiệm vụ định kỳ (null nếu không định kỳ) */
            recurrence: ("weekly" | "monthly" | "quarterly" | "semiannual" | "nine-months" | "annual")[] | null;
            /** @description Cách tính ra ngày hạn */
            derivation: components["schemas"]["Derivation"] | null;
            /** @description Vị trí của cụm thời hạn trong văn bản (null nếu không xác định) */
            span: components["schemas"]["Span"] | null;
        };
        /**
         * @description Cách tính ra ngày hạn (tiếng Việt và tiếng Anh)
         * @example {
         *       "vi": "trong tháng 01/2023 → cuối tháng 01/2023 → 31/01/2023",
         *       "en": "within January 2023 → end of January 2023 → 2023-01-31"
         *     }
         */
        Derivation: {
            /** @description Diễn giải bằng tiếng Việt, ví dụ “trong tháng 01/2023 → cuối tháng 01/2023 → 31/01/2023” */
            vi: string;
            /** @description The same derivation in English */
            en: string;
        };
        /**
         * @description Điều chưa chắc khi phân tích, cần rà soát
         * @example {
         *       "code": "unknown-agency",
         *       "message": "Không xác định được cơ quan “Sở X”",
         *       "span": null
         *     }
         */
        ParseWarning: {
            /** @description Mã cảnh báo ổn định: unknown-agency, year-missing, ambiguous-date… */
            code: string;
            /** @description Điều chưa chắc, bằng tiếng Việt, cho người rà soát */
            message: string;
            /** @description Vị trí của đoạn văn cần rà soát trong văn bản (null nếu không xác định) */
            span: components["schemas"]["Span"] | null;
        };
        ParseText: {
            /**
             * @description Toàn văn thông báo
             * @example ỦY BAN NHÂN DÂN TỈNH…
             */
            text: string;
        };
        ParseFile: {
            /**
             * Format: binary
             * @description Tệp DOCX, PDF hoặc TXT
             */
            file?: string;
        };
        Notice: components["schemas"]["NoticeSummary"] & {
            /**
             * @description Người chủ trì cuộc họp
             * @example {
             *       "name": "Nguyễn Văn Thọ",
             *       "title": "Chủ tịch UBND tỉnh"
             *     }
             */
            chair: {
                name: string | null;
                title: string | null;
            } | null;
            /**
             * @description Thành phần dự họp
             * @example [
             *       "Sở Tài chính"
             *     ]
             */
            attendees: string[];
            /**
             * @description Văn bản được viện dẫn
             * @example [
             *       {
             *         "code": "923/TB-UBND",
             *         "issuedOn": "2022-11-29"
             *       }
             *     ]
             */
            references: {
                code: string;
                /** Format: date */
                issuedOn: string | null;
            }[];
            /**
             * @description Nơi nhận
             * @example [
             *       "Như trên"
             *     ]
             */
            recipients: string[];
            /**
             * @description Khối chữ ký
             * @example {
             *       "authority": "TL. CHỦ TỊCH",
             *       "title": "CHÁNH VĂN PHÒNG",
             *       "name": "Nguyễn Văn A"
             *     }
             */
            signer: {
                authority: string | null;
                title: string | null;
                name: string | null;
            } | null;
            /**
             * @description Toàn văn (NFC) mà mọi vị trí (span) tham chiếu
             * @example ỦY BAN NHÂN DÂN…
             */
            sourceText: string;
            /** @description Cảnh báo khi phân tích, cần rà soát */
            warnings: components["schemas"]["ParseWarning"][];
            /** @description Các kết luận theo thứ tự */
            directives: components["schemas"]["Directive"][];
        };
        Directive: {
            /**
             * @description Mã kết luận
             * @example dir_1k2
             */
            id: string;
            /**
             * @description Số thứ tự (1, 2.a, II.1)
             * @example 2.a
             */
            path: string;
            /**
             * @description Nội dung kết luận
             * @example Giao Sở Tài chính…
             */
            text: string;
            /**
             * @description Chỉ thông tin, không giao việc
             * @example false
             */
            informational: boolean;
            /** @description Vị trí của mục trong văn bản (null nếu không xác định) */
            span: components["schemas"]["Span"] | null;
            /** @description Nhiệm vụ của kết luận */
            tasks: components["schemas"]["Task"][];
        };
        Task: {
            /**
             * @description Mã nhiệm vụ
             * @example tsk_8f2k3j9x
             */
            id: string;
            /**
             * @description Thông báo giao nhiệm vụ
             * @example ntc_4k2m
             */
            noticeId: string;
            /**
             * @description Kết luận (mục) chứa nhiệm vụ
             * @example dir_91ka
             */
            directiveId: string | null;
            /**
             * @description Cơ quan chủ trì
             * @example brvt.so-tc
             */
            leadAgencyId: string | null;
            /**
             * @description Tên cơ quan chủ trì như trong văn bản
             * @example Sở Tài chính
             */
            leadName: string;
            /**
             * @description Là chủ thể tập hợp chưa tách (chỉ ở bản nháp)
             * @example false
             */
            isCollective: boolean;
            /** @description Cơ quan phối hợp */
            coordinators: components["schemas"]["Coordinator"][];
            /**
             * @description assigned: giao; requested: đề nghị
             * @example assigned
             * @enum {string}
             */
            mode: "assigned" | "requested";
            /**
             * @description Nội dung công việc
             * @example Tham mưu UBND tỉnh ban hành kế hoạch
             */
            action: string;
            deadline: components["schemas"]["TaskDeadline"];
            /**
             * Format: date
             * @description Hạn hiện hành (sau gia hạn)
             * @example 2024-03-15
             */
            dueOn: string | null;
            /**
             * Format: date
             * @description Hạn ban đầu khi giao
             * @example 2024-03-15
             */
            originalDueOn: string | null;
            /**
             * @description Trạng thái xử lý (lưu trữ)
             * @example open
             * @enum {string}
             */
            lifecycle: "draft" | "open" | "submitted" | "done" | "paused" | "cancelled";
            /**
             * @description Tình hình thực hiện so với thời hạn, tính tại thời điểm trả lời (không lưu)
             * @example overdue
             * @enum {string}
             */
            timeliness: "draft" | "cancelled" | "paused" | "no-deadline" | "not-due" | "due-soon" | "overdue" | "done-on-time" | "done-late" | "done";
            /**
             * @description Số ngày quá hạn: đến hôm nay khi đang quá hạn, đến ngày hoàn thành khi hoàn thành quá hạn; null khi không trễ
             * @example {
             *       "workingDays": 2,
             *       "calendarDays": 4
             *     }
             */
            lateness: {
                /** @description Số ngày quá hạn (ngày lịch); 0: trễ trong ngày hạn (theo giờ) */
                calendarDays: number;
                /** @description Số ngày làm việc quá hạn */
                workingDays: number;
            } | null;
            /** @description Nhiệm vụ định kỳ: kỳ báo cáo tiếp theo đến hạn kể từ hôm nay; null với các loại thời hạn khác */
            nextOccurrence: {
                /**
                 * @description Kỳ báo cáo
                 * @example tháng 02/2024
                 */
                label: string;
                /**
                 * @description Kỳ báo cáo (tiếng Anh)
                 * @example February 2024
                 */
                labelEn: string;
                /**
                 * Format: date
                 * @description Ngày chốt số liệu của kỳ
                 * @example 2024-02-14
                 */
                cutOff: string;
                /**
                 * Format: date
                 * @description Hạn báo cáo của kỳ
                 * @example 2024-02-26
                 */
                dueOn: string;
            } | null;
            /**
             * Format: date
             * @description Ngày hoàn thành
             * @example 2024-03-10
             */
            completedOn: string | null;
            completionReport: components["schemas"]["CompletionReport"];
            completionReturn: components["schemas"]["CompletionReturn"];
            /**
             * @description Nghị quyết/chương trình liên quan
             * @example null
             */
            resolutionId: string | null;
            /**
             * @description Đơn vị được giao lại
             * @example null
             */
            delegatedToAgencyId: string | null;
            /**
             * @description Chuyên viên xử lý (mã tài khoản) trong cơ quan chủ trì
             * @example usr_8f2k
             */
            handlerId: string | null;
            /**
             * @description Họ tên chuyên viên xử lý
             * @example Nguyễn Thị Lan
             */
            handlerName: string | null;
            /**
             * @description Văn bản cho phép quyết định gần nhất
             * @example Công văn 123/UBND-TH ngày 05/3/2024
             */
            decisionRef: string | null;
            /**
             * @description Tiến độ (%)
             * @example 40
             */
            progressPercent: number;
            /**
             * @description Số lần đã đôn đốc (reminders sent)
             * @example 3
             */
            reminderCount: number;
            /**
             * @description Tình hình thực hiện cần đôn đốc (quá hạn, sắp đến hạn): nhiệm vụ được đôn đốc khi đôn đốc cả cơ quan
             * @example true
             */
            callsForReminder: boolean;
            /**
             * @description Thời điểm đôn đốc gần nhất; null khi chưa đôn đốc
             * @example 2024-03-12T02:15:00.000Z
             */
            lastRemindedAt: string | null;
            /**
             * @description Phiên bản (ETag)
             * @example 3
             */
            version: number;
            /**
             * @description Thời điểm tạo
             * @example 2024-03-01T03:00:00.000Z
             */
            createdAt: string;
            /**
             * @description Thời điểm cập nhật
             * @example 2024-03-02T03:00:00.000Z
             */
            updatedAt: string;
        };
        Coordinator: {
            /**
             * @description Tên cơ quan phối hợp như trong văn bản
             * @example Sở Tài chính
             */
            name: string;
            /**
             * @description Mã cơ quan trong danh mục
             * @example brvt.so-tc
             */
            agencyId: string | null;
        };
        TaskDeadline: {
            /**
             * @description Cụm thời hạn nguyên văn
             * @example trước ngày 15/3/2024
             */
            phrase: string | null;
            /**
             * @description Loại thời hạn
             * @example on-date
             * @enum {string}
             */
            kind: "on-date" | "end-of-period" | "within" | "recurring" | "ongoing" | "urgent" | "follow-schedule" | "none";
            /** @description Cách tính ra ngày hạn (null khi không có) */
            derivation: components["schemas"]["Derivation"] | null;
        } | null;
        /** @description Báo cáo hoàn thành gần nhất của cơ quan (khi quy chế yêu cầu văn phòng xác nhận); status pending: chờ xác nhận */
        CompletionReport: {
            /**
             * @description pending: chờ xác nhận; accepted: đã xác nhận; returned: đã trả lại
             * @example pending
             * @enum {string}
             */
            status: "pending" | "accepted" | "returned";
            /**
             * Format: date
             * @description Ngày hoàn thành do cơ quan báo cáo (tính đúng hạn theo ngày này khi được xác nhận)
             * @example 2024-03-10
             */
            completedOn: string;
            /**
             * @description Kết quả, văn bản đã ban hành
             * @example Đã ban hành Kế hoạch 45/KH-STTTT
             */
            note: string | null;
            /**
             * @description Tệp minh chứng
             * @example [
             *       "att_7k2m"
             *     ]
             */
            attachmentIds: string[];
            /**
             * @description Người báo cáo
             * @example usr_4k2m
             */
            by: string;
            /**
             * @description Thời điểm báo cáo
             * @example 2024-03-11T09:30:00+07:00
             */
            at: string;
            /**
             * @description Người xác nhận hoặc trả lại
             * @example null
             */
            decidedBy: string | null;
            /**
             * @description Thời điểm xác nhận hoặc trả lại
             * @example null
             */
            decidedAt: string | null;
        } | null;
        /** @description Lần trả lại báo cáo hoàn thành gần nhất, với lý do (giữ lại cả khi đã báo cáo lại) */
        CompletionReturn: {
            /**
             * @description Lý do trả lại
             * @example Thiếu văn bản ban hành kèm theo
             */
            reason: string;
            /**
             * @description Người trả lại
             * @example usr_9x2k
             */
            by: string;
            /**
             * Format: date
             * @description Ngày trả lại
             * @example 2024-03-12
             */
            on: string;
            /**
             * @description Thời điểm trả lại
             * @example 2024-03-12T10:00:00+07:00
             */
            at: string;
        } | null;
        CreateNotice: {
            parsed?: components["schemas"]["ParsedNotice"];
            /**
             * @description Hoặc toàn văn thông báo: máy chủ tự phân tích
             * @example ỦY BAN NHÂN DÂN TỈNH…
             */
            text?: string;
            /**
             * @description Nghị quyết/chương trình mà các nhiệm vụ góp phần thực hiện
             * @default null
             * @example null
             */
            resolutionId?: string | null;
            /**
             * @description Cơ quan ban hành trong danh mục. Bỏ trống: văn phòng dùng cơ quan của mình; quản trị viên dùng cơ quan ghi trên văn bản nếu danh mục nhận ra
             * @default null
             * @example brvt.ubnd
             */
            issuerAgencyId?: string | null;
        };
        NoticePatch: {
            /**
             * @description Số
             * @example 12
             */
            number?: string | null;
            /**
             * @description Ký hiệu
             * @example TB-UBND
             */
            symbol?: string | null;
            /**
             * @description Cơ quan ban hành
             * @example UBND tỉnh Bà Rịa - Vũng Tàu
             */
            issuer?: string | null;
            /**
             * @description Địa danh
             * @example Bà Rịa - Vũng Tàu
             */
            place?: string | null;
            /**
             * @description Trích yếu
             * @example Kết luận của Phó Chủ tịch UBND tỉnh…
             */
            subject?: string | null;
            /**
             * Format: date
             * @description Ngày ban hành
             * @example 2023-01-18
             */
            issuedOn?: string | null;
            /**
             * Format: date
             * @description Ngày họp
             * @example 2023-01-05
             */
            meetingOn?: string | null;
            /**
             * @description Nghị quyết liên quan
             * @example null
             */
            resolutionId?: string | null;
            /**
             * @description Cơ quan ban hành trong danh mục (văn phòng của cơ quan này theo dõi thông báo)
             * @example brvt.ubnd
             */
            issuerAgencyId?: string;
        };
        AddTask: {
            /**
             * @description Kết luận chứa nhiệm vụ
             * @example dir_1k2
             */
            directiveId: string;
            /**
             * @description Cơ quan chủ trì
             * @example brvt.so-tc
             */
            leadAgencyId: string;
            /**
             * @description Cơ quan phối hợp
             * @default []
             */
            coordinators?: components["schemas"]["Coordinator"][];
            /**
             * @description giao / đề nghị
             * @default assigned
             * @example assigned
             * @enum {string}
             */
            mode?: "assigned" | "requested";
            /**
             * @description Nội dung công việc
             * @example Báo cáo kết quả
             */
            action: string;
            /**
             * @description Cụm thời hạn nguyên văn
             * @default null
             * @example trước ngày 15/3/2024
             */
            deadlinePhrase?: string | null;
            /**
             * Format: date
             * @description Hạn
             * @default null
             * @example 2024-03-15
             */
            dueOn?: string | null;
        };
        DirectivePatch: {
            /**
             * @description Nội dung kết luận
             * @example Giao Sở Tài chính…
             */
            text?: string;
            /**
             * @description Chỉ thông tin: các nhiệm vụ của kết luận bị bỏ
             * @example true
             */
            informational?: boolean;
        };
        DeletedTask: {
            /**
             * @description Mã nhiệm vụ đã xoá
             * @example tsk_8f2k3j9x
             */
            id: string;
        };
        PublishNotice: {
            /**
             * @description Nhiệm vụ có cụm thời hạn không xác định được ngày mà cán bộ xác nhận là không có thời hạn
             * @example [
             *       "tsk_0123456789abcdef"
             *     ]
             */
            noDeadline?: string[];
        };
        TaskPage: {
            /** @description Các phần tử của trang */
            items: components["schemas"]["Task"][];
            /**
             * @description Con trỏ trang sau; null khi hết
             * @example eyJvIjoxMDB9
             */
            nextCursor: string | null;
            /**
             * @description Tổng số phần tử của danh sách (khi tính được rẻ)
             * @example 111
             */
            total?: number;
        };
        /** @description Số liệu của trang tổng quan, trong phạm vi người gọi được xem như GET /v1/tasks; mỗi số bằng độ dài danh sách tương ứng */
        Summary: {
            /**
             * Format: date
             * @description Ngày tính (giờ Việt Nam)
             * @example 2024-03-01
             */
            asOf: string;
            /**
             * Format: date
             * @description Hạn muộn nhất còn tính là sắp đến hạn (due-soon) theo bộ quy tắc
             * @example 2024-03-08
             */
            dueSoonUntil: string;
            counts: components["schemas"]["TimelinessCounts"];
            overdueByBand: components["schemas"]["LatenessBandCounts"];
            /** @description Nhiệm vụ quá hạn theo cơ quan chủ trì, nhiều nhất trước */
            overdueByAgency: components["schemas"]["AgencyOverdueCount"][];
            period: components["schemas"]["SummaryPeriod"];
            onTime: components["schemas"]["OnTimeRate"];
        };
        /** @description Số nhiệm vụ theo từng tình hình thực hiện (timeliness), đúng bằng số phần tử của GET /v1/tasks?timeliness=… cho cùng người gọi */
        TimelinessCounts: {
            /**
             * @description Dự thảo — số phần tử của GET /v1/tasks?timeliness=draft
             * @example 0
             */
            draft: number;
            /**
             * @description Đã hủy — số phần tử của GET /v1/tasks?timeliness=cancelled
             * @example 0
             */
            cancelled: number;
            /**
             * @description Tạm dừng — số phần tử của GET /v1/tasks?timeliness=paused
             * @example 0
             */
            paused: number;
            /**
             * @description Không có thời hạn — số phần tử của GET /v1/tasks?timeliness=no-deadline
             * @example 0
             */
            "no-deadline": number;
            /**
             * @description Trong hạn — số phần tử của GET /v1/tasks?timeliness=not-due
             * @example 0
             */
            "not-due": number;
            /**
             * @description Sắp đến hạn — số phần tử của GET /v1/tasks?timeliness=due-soon
             * @example 2
             */
            "due-soon": number;
            /**
             * @description Quá hạn — số phần tử của GET /v1/tasks?timeliness=overdue
             * @example 3
             */
            overdue: number;
            /**
             * @description Hoàn thành đúng hạn — số phần tử của GET /v1/tasks?timeliness=done-on-time
             * @example 0
             */
            "done-on-time": number;
            /**
             * @description Hoàn thành quá hạn — số phần tử của GET /v1/tasks?timeliness=done-late
             * @example 0
             */
            "done-late": number;
            /**
             * @description Đã hoàn thành — số phần tử của GET /v1/tasks?timeliness=done
             * @example 0
             */
            done: number;
        };
        /** @description Số nhiệm vụ quá hạn theo nhóm số ngày quá hạn, đúng bằng số phần tử của GET /v1/tasks?latenessBand=… cho cùng người gọi */
        LatenessBandCounts: {
            /**
             * @description Quá hạn 1–7 ngày — số phần tử của GET /v1/tasks?latenessBand=1-7
             * @example 2
             */
            "1-7": number;
            /**
             * @description Quá hạn 8–30 ngày — số phần tử của GET /v1/tasks?latenessBand=8-30
             * @example 1
             */
            "8-30": number;
            /**
             * @description Quá hạn 31–90 ngày — số phần tử của GET /v1/tasks?latenessBand=31-90
             * @example 0
             */
            "31-90": number;
            /**
             * @description Quá hạn trên 90 ngày — số phần tử của GET /v1/tasks?latenessBand=over-90
             * @example 0
             */
            "over-90": number;
        };
        AgencyOverdueCount: {
            /**
             * @description Cơ quan chủ trì trong danh mục (null: chưa khớp danh mục)
             * @example brvt.so-tc
             */
            agencyId: string | null;
            /**
             * @description Tên cơ quan chủ trì như trong văn bản
             * @example Sở Tài chính
             */
            name: string;
            /**
             * @description Số nhiệm vụ quá hạn
             * @example 3
             */
            count: number;
        };
        /** @description Kỳ báo cáo tháng đang diễn ra, theo bộ quy tắc */
        SummaryPeriod: {
            /**
             * Format: date
             * @description Ngày đầu kỳ
             * @example 2024-02-15
             */
            from: string;
            /**
             * Format: date
             * @description Ngày chốt số liệu (cuối kỳ)
             * @example 2024-03-14
             */
            to: string;
            /**
             * @description Tên kỳ
             * @example tháng 03/2024
             */
            label: string;
            /**
             * @description Tên kỳ (tiếng Anh)
             * @example March 2024
             */
            labelEn: string;
            /**
             * @description decree-09: kỳ theo Nghị định 09/2019/NĐ-CP điều 12 (15 → 14); calendar: tháng dương lịch
             * @example decree-09
             * @enum {string}
             */
            mode: "decree-09" | "calendar";
        };
        /** @description Tỷ lệ đúng hạn của các nhiệm vụ có hạn trong kỳ */
        OnTimeRate: {
            /**
             * @description Hạn trong kỳ, hoàn thành đúng hạn
             * @example 9
             */
            onTime: number;
            /**
             * @description Hạn trong kỳ, hoàn thành trễ hoặc đang quá hạn
             * @example 3
             */
            late: number;
            /**
             * @description Đúng hạn ÷ (đúng hạn + trễ); null khi chưa có nhiệm vụ nào để tính
             * @example 0.75
             */
            rate: number | null;
            /** @description Theo cơ quan chủ trì, tỷ lệ thấp nhất trước (chỉ cơ quan có nhiệm vụ được tính) */
            byAgency: components["schemas"]["AgencyOnTimeRate"][];
        };
        AgencyOnTimeRate: {
            /**
             * @description Cơ quan chủ trì trong danh mục (null: chưa khớp danh mục)
             * @example brvt.so-tc
             */
            agencyId: string | null;
            /**
             * @description Tên cơ quan chủ trì như trong văn bản
             * @example Sở Tài chính
             */
            name: string;
            /**
             * @description Hạn trong kỳ, hoàn thành đúng hạn (done-on-time)
             * @example 3
             */
            onTime: number;
            /**
             * @description Hạn trong kỳ, hoàn thành trễ hoặc đang quá hạn
             * @example 1
             */
            late: number;
            /**
             * @description Đúng hạn ÷ (đúng hạn + trễ); null khi chưa có nhiệm vụ nào để tính
             * @example 0.75
             */
            rate: number | null;
        };
        TaskPatch: {
            /**
             * @description Nội dung công việc
             * @example Báo cáo UBND tỉnh
             */
            action?: string;
            /**
             * @description Cơ quan chủ trì
             * @example brvt.so-tc
             */
            leadAgencyId?: string;
            /** @description Cơ quan phối hợp */
            coordinators?: components["schemas"]["Coordinator"][];
            /**
             * Format: date
             * @description Hạn mới của nhiệm vụ dự thảo (null: không có hạn); nhiệm vụ đã giao chỉ đổi hạn bằng gia hạn
             * @example 2024-04-30
             */
            dueOn?: string | null;
            /**
             * @description Nghị quyết liên quan
             * @example null
             */
            resolutionId?: string | null;
            /**
             * @description Số, ký hiệu văn bản cho phép
             * @example Công văn 123/UBND-TH ngày 05/3/2024
             */
            decisionRef?: string;
        };
        CompleteTask: {
            /**
             * Format: date
             * @description Ngày hoàn thành (mặc định hôm nay; không sau hôm nay, không trước ngày giao)
             * @example 2024-03-10
             */
            completedOn?: string;
            /**
             * @description Ghi chú kết quả; bắt buộc khi nhiệm vụ đã quá hạn lâu hơn mức quy chế cho phép
             * @example Đã trình UBND tỉnh
             */
            note?: string;
            /**
             * @description Tệp minh chứng: mã các tệp đã đính kèm vào báo cáo tiến độ của nhiệm vụ
             * @example [
             *       "att_7k2m"
             *     ]
             */
            attachmentIds?: string[];
        };
        AcceptCompletion: {
            /**
             * @description Ý kiến khi xác nhận (không bắt buộc)
             * @example Đã kiểm tra văn bản ban hành
             */
            note?: string;
        };
        ReturnCompletion: {
            /**
             * @description Lý do trả lại (bắt buộc): cơ quan thực hiện cần làm gì thêm
             * @example Thiếu văn bản ban hành kèm theo
             */
            reason: string;
        };
        TaskTransition: {
            /**
             * @description pause: tạm dừng; resume: tiếp tục; cancel: huỷ (không mở lại được); reopen: mở lại nhiệm vụ đã xong
             * @example cancel
             * @enum {string}
             */
            action: "pause" | "resume" | "cancel" | "reopen";
            /**
             * @description Số, ký hiệu văn bản cho phép
             * @example Công văn 123/UBND-TH ngày 05/3/2024
             */
            decisionRef?: string;
            /**
             * @description Lý do (bắt buộc khi tạm dừng, huỷ, mở lại)
             * @example Theo chỉ đạo tại cuộc họp
             */
            note?: string;
        };
        DelegateTask: {
            /**
             * @description Đơn vị cấp dưới nhận việc (null: thu hồi)
             * @example brvt.so-tttt.phong-cds
             */
            agencyId: string | null;
            /**
             * @description Cán bộ được giao (tuỳ chọn)
             * @default null
             * @example null
             */
            userId?: string | null;
        };
        TaskHandler: {
            /**
             * @description Tài khoản cán bộ của cơ quan chủ trì được giao xử lý (null: thôi giao)
             * @example usr_8f2k
             */
            userId: string | null;
        };
        TaskHistory: {
            /** @description Các phần tử của trang */
            items: components["schemas"]["AuditEntry"][];
            /**
             * @description Con trỏ trang sau; null khi hết
             * @example eyJvIjoxMDB9
             */
            nextCursor: string | null;
            /**
             * @description Tổng số phần tử của danh sách (khi tính được rẻ)
             * @example 111
             */
            total?: number;
        };
        AuditEntry: {
            /**
             * @description Số thứ tự (tăng dần)
             * @example 42
             */
            id: string;
            /**
             * @description Thời điểm
             * @example 2024-03-01T03:00:00.000Z
             */
            at: string;
            /**
             * @description Ai thực hiện (user:… / apikey:…)
             * @example user:usr_1
             */
            actor: string;
            /**
             * @description Loại người thực hiện: người dùng, khoá API, hệ thống
             * @example user
             * @enum {string}
             */
            actorKind: "user" | "apiKey" | "system";
            /**
             * @description Tên hiển thị của người thực hiện (tên người dùng, tên khoá API, hoặc phần hệ thống như `bootstrap`); null nếu không còn
             * @example Nguyễn Thị Lan
             */
            actorName: string | null;
            /**
             * @description Hành động
             * @example task.completed
             */
            action: string;
            /**
             * @description Loại đối tượng
             * @example task
             */
            entity: string;
            /**
             * @description Mã đối tượng
             * @example tsk_8f2k3j9x
             */
            entityId: string;
            /** @description Đối tượng của dòng nhật ký, đã gọi tên */
            subject: {
                /**
                 * @description Tên của đối tượng: nội dung nhiệm vụ, số hiệu thông báo, tên cơ quan, tên người dùng
                 * @example Xây dựng kế hoạch chuyển đổi số năm 2024
                 */
                label: string | null;
                /**
                 * @description Thông báo liên quan
                 * @example ntc_2k3j
                 */
                noticeId: string | null;
                /**
                 * @description Số/ký hiệu thông báo liên quan
                 * @example 12/TB-UBND
                 */
                noticeLabel: string | null;
                /**
                 * @description Nhiệm vụ liên quan
                 * @example tsk_8f2k3j9x
                 */
                taskId: string | null;
                /**
                 * @description Nội dung nhiệm vụ liên quan (rút gọn)
                 * @example Xây dựng kế hoạch chuyển đổi số năm 2024
                 */
                taskLabel: string | null;
            };
            /** @description Các trường đã sửa, trước → sau (rỗng khi không phải một lần sửa) */
            changes: components["schemas"]["AuditFieldChange"][];
            /**
             * @description Trước khi thay đổi
             * @example {
             *       "lifecycle": "open"
             *     }
             */
            before?: unknown;
            /**
             * @description Sau khi thay đổi
             * @example {
             *       "lifecycle": "completed"
             *     }
             */
            after?: unknown;
            /**
             * @description Mã yêu cầu HTTP
             * @example 3f2c…
             */
            requestId: string | null;
        };
        AuditFieldChange: {
            /**
             * @description Trường đã sửa (tên cột)
             * @example action
             */
            field: string;
            /**
             * @description Giá trị trước
             * @example Báo cáo UBND tỉnh
             */
            before?: unknown;
            /**
             * @description Giá trị sau
             * @example Báo cáo UBND tỉnh trước ngày 30
             */
            after?: unknown;
        };
        WatcherPage: {
            /** @description Các phần tử của trang */
            items: components["schemas"]["Watcher"][];
            /**
             * @description Con trỏ trang sau; null khi hết
             * @example eyJvIjoxMDB9
             */
            nextCursor: string | null;
            /**
             * @description Tổng số phần tử của danh sách (khi tính được rẻ)
             * @example 111
             */
            total?: number;
        };
        Watcher: {
            /**
             * @description Người theo dõi
             * @example usr_1
             */
            userId: string;
            /**
             * @description Họ tên
             * @example Nguyễn Thị Lan
             */
            displayName: string;
            /**
             * @description Theo dõi từ
             * @example 2024-03-01T03:00:00.000Z
             */
            since: string;
        };
        Watchers: {
            /** @description Người theo dõi nhiệm vụ */
            items: components["schemas"]["Watcher"][];
        };
        ProgressReport: {
            /**
             * @description Mã báo cáo tiến độ
             * @example prg_8a1
             */
            id: string;
            /**
             * @description Nhiệm vụ
             * @example tsk_8f2k3j9x
             */
            taskId: string;
            /**
             * @description Người báo cáo (user:… hoặc apikey:…)
             * @example user:usr_1
             */
            authorId: string;
            /**
             * @description Nội dung báo cáo
             * @example Đã hoàn thành dự thảo kế hoạch
             */
            body: string;
            /**
             * @description Tiến độ (%)
             * @example 60
             */
            percent: number | null;
            /** @description Tệp đính kèm */
            attachments: components["schemas"]["Attachment"][];
            /**
             * @description Thời điểm báo cáo
             * @example 2024-03-05T02:00:00.000Z
             */
            createdAt: string;
        };
        Attachment: {
            /**
             * @description Mã tệp đính kèm
             * @example att_2k3
             */
            id: string;
            /**
             * @description Tên tệp
             * @example bao-cao-tien-do.pdf
             */
            fileName: string;
            /**
             * @description Kiểu tệp
             * @example application/pdf
             */
            contentType: string;
            /**
             * @description Kích thước (byte)
             * @example 182044
             */
            sizeBytes: number;
            /**
             * @description Mã băm SHA-256
             * @example 9f86d08…
             */
            sha256: string;
            /**
             * @description Đường dẫn tải về
             * @example /v1/attachments/att_2k3
             */
            url: string;
        };
        ReportProgress: {
            /**
             * @description Nội dung báo cáo
             * @example Đã trình dự thảo kế hoạch
             */
            body: string;
            /**
             * @description Tiến độ (%)
             * @default null
             * @example 60
             */
            percent?: number | null;
        };
        ProgressReportList: {
            /** @description Các phần tử của trang */
            items: components["schemas"]["ProgressReport"][];
            /**
             * @description Con trỏ trang sau; null khi hết
             * @example eyJvIjoxMDB9
             */
            nextCursor: string | null;
            /**
             * @description Tổng số phần tử của danh sách (khi tính được rẻ)
             * @example 111
             */
            total?: number;
        };
        AttachmentUpload: {
            /**
             * Format: binary
             * @description Tệp (PDF, DOCX, XLSX, ảnh…)
             */
            file?: string;
        };
        ExtensionRequest: {
            /**
             * @description Mã đề nghị gia hạn
             * @example ext_5k2
             */
            id: string;
            /**
             * @description Nhiệm vụ
             * @example tsk_8f2k3j9x
             */
            taskId: string;
            /**
             * @description Người đề nghị
             * @example user:usr_1
             */
            requestedBy: string;
            /**
             * @description Lý do
             * @example Chờ ý kiến của Bộ Tài chính
             */
            reason: string;
            /**
             * Format: date
             * @description Hạn khi đề nghị
             * @example 2024-03-15
             */
            currentDueOn: string | null;
            /**
             * Format: date
             * @description Hạn đề nghị
             * @example 2024-04-15
             */
            requestedDueOn: string;
            /**
             * @description Trạng thái
             * @example pending
             * @enum {string}
             */
            status: "pending" | "approved" | "rejected" | "withdrawn";
            /**
             * @description Người quyết định
             * @example null
             */
            decidedBy: string | null;
            /**
             * @description Thời điểm quyết định
             * @example null
             */
            decidedAt: string | null;
            /**
             * @description Ý kiến
             * @example null
             */
            decisionNote: string | null;
            /**
             * @description Văn bản cho phép
             * @example Công văn 123/UBND-TH ngày 05/3/2024
             */
            decisionRef: string | null;
            /**
             * Format: date
             * @description Hạn được chấp thuận
             * @example null
             */
            approvedDueOn: string | null;
            /**
             * @description Phiên bản (ETag)
             * @example 1
             */
            version: number;
            /**
             * @description Thời điểm đề nghị
             * @example 2024-03-05T02:00:00.000Z
             */
            createdAt: string;
            task: components["schemas"]["ExtensionTask"];
            /**
             * @description Điểm cần lưu ý khi quyết định, theo bộ quy tắc đang áp dụng: yêu cầu sau hạn, vượt quy chế (thời gian gửi trước hạn, số lần gia hạn), cần ghi lý do
             * @example {
             *       "late": true,
             *       "shortNotice": null,
             *       "capReached": null,
             *       "beyondPolicy": false,
             *       "reasonRequiredAfter": null
             *     }
             */
            flags: {
                /** @description Đề nghị gửi sau khi đã quá hạn (yêu cầu sau hạn) */
                late: boolean;
                /** @description Đề nghị gửi muộn hơn thời gian quy chế yêu cầu trước hạn; null: đúng quy chế */
                shortNotice: {
                    /** @description Số ngày làm việc trước hạn quy chế yêu cầu */
                    required: number;
                    /** @description Số ngày làm việc còn lại đến hạn khi đề nghị (âm: đã quá hạn) */
                    left: number;
                } | null;
                /** @description Đề nghị đang chờ mà nhiệm vụ đã dùng hết số lần gia hạn quy chế cho phép; null: còn */
                capReached: {
                    /** @description Số lần gia hạn tối đa theo quy chế */
                    max: number;
                    /** @description Số lần đã được gia hạn */
                    granted: number;
                } | null;
                /** @description Vượt quy chế: gửi muộn hơn thời gian yêu cầu hoặc quá số lần gia hạn */
                beyondPolicy: boolean;
                /** @description Đề nghị đang chờ của nhiệm vụ quá hạn lâu: số ngày làm việc quá hạn hôm nay, chấp thuận phải ghi lý do; null: không cần */
                reasonRequiredAfter: number | null;
            };
        };
        /** @description Nhiệm vụ của đề nghị gia hạn, tính tại thời điểm trả lời */
        ExtensionTask: {
            /**
             * @description Mã nhiệm vụ
             * @example tsk_8f2k3j9x
             */
            id: string;
            /**
             * @description Nội dung công việc
             * @example Tham mưu UBND tỉnh ban hành kế hoạch
             */
            action: string;
            /**
             * @description Cơ quan chủ trì như trong văn bản
             * @example Sở Tài chính
             */
            leadName: string;
            /**
             * @description Cơ quan chủ trì trong danh mục
             * @example brvt.so-tc
             */
            leadAgencyId: string | null;
            /**
             * Format: date
             * @description Hạn hiện hành
             * @example 2024-03-15
             */
            dueOn: string | null;
            /**
             * @description Tình hình thực hiện so với thời hạn, tính tại thời điểm trả lời (không lưu)
             * @example overdue
             * @enum {string}
             */
            timeliness: "draft" | "cancelled" | "paused" | "no-deadline" | "not-due" | "due-soon" | "overdue" | "done-on-time" | "done-late" | "done";
            /**
             * @description Số ngày quá hạn đến hôm nay; null khi không quá hạn
             * @example {
             *       "workingDays": 2,
             *       "calendarDays": 4
             *     }
             */
            lateness: {
                /** @description Số ngày quá hạn (ngày lịch); 0: trễ trong ngày hạn (theo giờ) */
                calendarDays: number;
                /** @description Số ngày làm việc quá hạn */
                workingDays: number;
            } | null;
            /**
             * @description Số ngày (lịch) còn lại đến hạn hiện hành: 0 vào ngày hạn, âm khi đã quá hạn; null khi không có hạn
             * @example 5
             */
            daysLeft: number | null;
        };
        RequestExtension: {
            /**
             * @description Lý do đề nghị gia hạn
             * @example Chờ ý kiến của Bộ
             */
            reason: string;
            /**
             * Format: date
             * @description Hạn mới đề nghị
             * @example 2024-04-15
             */
            requestedDueOn: string;
        };
        ExtensionList: {
            /** @description Các phần tử của trang */
            items: components["schemas"]["ExtensionRequest"][];
            /**
             * @description Con trỏ trang sau; null khi hết
             * @example eyJvIjoxMDB9
             */
            nextCursor: string | null;
            /**
             * @description Tổng số phần tử của danh sách (khi tính được rẻ)
             * @example 111
             */
            total?: number;
        };
        ExtensionQueue: {
            /** @description Các phần tử của trang */
            items: components["schemas"]["ExtensionRequest"][];
            /**
             * @description Con trỏ trang sau; null khi hết
             * @example eyJvIjoxMDB9
             */
            nextCursor: string | null;
            /**
             * @description Tổng số phần tử của danh sách (khi tính được rẻ)
             * @example 111
             */
            total?: number;
        };
        DecideExtension: {
            /**
             * @description true: chấp thuận; false: không chấp thuận
             * @example true
             */
            approve: boolean;
            /**
             * Format: date
             * @description Hạn chấp thuận (mặc định: hạn đề nghị)
             * @example 2024-04-15
             */
            approvedDueOn?: string;
            /**
             * @description Ý kiến; bắt buộc khi từ chối, và khi chấp thuận gia hạn một nhiệm vụ đã quá hạn lâu
             * @example Đồng ý gia hạn
             */
            note?: string;
            /**
             * @description Số, ký hiệu văn bản cho phép
             * @example Công văn 123/UBND-TH ngày 05/3/2024
             */
            decisionRef?: string;
        };
        ExplanationRequest: {
            /**
             * @description Mã yêu cầu giải trình
             * @example exp_7q1
             */
            id: string;
            /**
             * @description Nhiệm vụ
             * @example tsk_8f2k3j9x
             */
            taskId: string;
            /**
             * @description Người yêu cầu
             * @example user:usr_2
             */
            requestedBy: string;
            /**
             * @description Nội dung yêu cầu giải trình
             * @example Đề nghị giải trình lý do chậm
             */
            question: string;
            /**
             * Format: date
             * @description Hạn trả lời
             * @example 2024-03-08
             */
            replyDueOn: string | null;
            /**
             * @description Nội dung giải trình
             * @example null
             */
            answer: string | null;
            /**
             * @description Người giải trình
             * @example null
             */
            answeredBy: string | null;
            /**
             * @description Thời điểm giải trình
             * @example null
             */
            answeredAt: string | null;
            /**
             * @description Trạng thái
             * @example open
             * @enum {string}
             */
            status: "open" | "answered";
            /**
             * @description Phiên bản (ETag)
             * @example 1
             */
            version: number;
            /**
             * @description Thời điểm yêu cầu
             * @example 2024-03-05T02:00:00.000Z
             */
            createdAt: string;
        };
        RequestExplanation: {
            /**
             * @description Nội dung yêu cầu giải trình
             * @example Đề nghị giải trình lý do chậm tiến độ
             */
            question: string;
            /**
             * Format: date
             * @description Hạn trả lời
             * @default null
             * @example 2024-03-08
             */
            replyDueOn?: string | null;
        };
        ExplanationList: {
            /** @description Các phần tử của trang */
            items: components["schemas"]["ExplanationRequest"][];
            /**
             * @description Con trỏ trang sau; null khi hết
             * @example eyJvIjoxMDB9
             */
            nextCursor: string | null;
            /**
             * @description Tổng số phần tử của danh sách (khi tính được rẻ)
             * @example 111
             */
            total?: number;
        };
        AnswerExplanation: {
            /**
             * @description Nội dung giải trình
             * @example Do chờ ý kiến thẩm định
             */
            answer: string;
        };
        TaskReminded: {
            reminder: components["schemas"]["TaskReminder"];
            task: components["schemas"]["Task"];
        };
        Remind: {
            /**
             * @description Lời nhắn (không bắt buộc)
             * @default null
             * @example Đề nghị báo cáo kết quả trước 15/3
             */
            message?: string | null;
        };
        TaskReminderList: {
            /** @description Các phần tử của trang */
            items: components["schemas"]["TaskReminder"][];
            /**
             * @description Con trỏ trang sau; null khi hết
             * @example eyJvIjoxMDB9
             */
            nextCursor: string | null;
            /**
             * @description Tổng số phần tử của danh sách (khi tính được rẻ)
             * @example 111
             */
            total?: number;
        };
        TaskComment: {
            /**
             * @description Mã trao đổi
             * @example cmt_9k1
             */
            id: string;
            /**
             * @description Nhiệm vụ
             * @example tsk_8f2k3j9x
             */
            taskId: string;
            author: components["schemas"]["PersonRef"];
            /**
             * @description Nội dung
             * @example @lan.so đề nghị bổ sung số liệu quý I
             */
            body: string;
            /** @description Những người được nhắc tên */
            mentions: {
                /**
                 * @description Mã người dùng
                 * @example usr_2
                 */
                id: string;
                /**
                 * @description Tên đăng nhập
                 * @example lan.so
                 */
                username: string;
                /**
                 * @description Tên hiển thị
                 * @example Trần Thị Lan
                 */
                name: string;
            }[];
            /** @description Tệp đính kèm */
            attachments: components["schemas"]["Attachment"][];
            /**
             * @description Thời điểm viết
             * @example 2024-03-12T02:20:00.000Z
             */
            createdAt: string;
        };
        AddComment: {
            /**
             * @description Nội dung; nhắc tên bằng @tên_đăng_nhập (chỉ người xem được nhiệm vụ)
             * @example @lan.so đề nghị bổ sung số liệu quý I
             */
            body: string;
        };
        TaskCommentList: {
            /** @description Các phần tử của trang */
            items: components["schemas"]["TaskComment"][];
            /**
             * @description Con trỏ trang sau; null khi hết
             * @example eyJvIjoxMDB9
             */
            nextCursor: string | null;
            /**
             * @description Tổng số phần tử của danh sách (khi tính được rẻ)
             * @example 111
             */
            total?: number;
        };
        TaskAudience: {
            /** @description Các phần tử của trang */
            items: components["schemas"]["TaskAudienceMember"][];
            /**
             * @description Con trỏ trang sau; null khi hết
             * @example eyJvIjoxMDB9
             */
            nextCursor: string | null;
            /**
             * @description Tổng số phần tử của danh sách (khi tính được rẻ)
             * @example 111
             */
            total?: number;
        };
        TaskAudienceMember: {
            /**
             * @description Mã người dùng
             * @example usr_2
             */
            id: string;
            /**
             * @description Tên đăng nhập (dùng để nhắc tên)
             * @example lan.so
             */
            username: string;
            /**
             * @description Tên hiển thị
             * @example Trần Thị Lan
             */
            displayName: string;
            /**
             * @description Vai trò
             * @example agency_officer
             */
            role: string;
            /**
             * @description Cơ quan
             * @example brvt.so-tc
             */
            agencyId: string | null;
        };
        CalendarYear: {
            /**
             * @description Năm
             * @example 2024
             */
            year: number;
            /**
             * @description Lịch chính thức (false: tính theo luật, chờ thông báo)
             * @example true
             */
            confirmed: boolean;
            /**
             * @description Văn bản công bố lịch nghỉ
             * @example Thông báo 6150/TB-LĐTBXH
             */
            source: string;
            /**
             * @description Năm do quản trị viên nhập (thay lịch có sẵn)
             * @example false
             */
            stored: boolean;
            /** @description Các ngày nghỉ và ngày làm bù trong năm */
            days: {
                /**
                 * Format: date
                 * @description Ngày
                 * @example 2024-02-09
                 */
                date: string;
                /**
                 * @description holiday | day-off | make-up | weekend
                 * @example holiday
                 */
                kind: string;
                /**
                 * @description Tên ngày
                 * @example Tết Nguyên đán
                 */
                name: string;
            }[];
            /**
             * @description Số ngày làm việc trong năm
             * @example 246
             */
            workingDays: number;
            /**
             * @description Phiên bản (ETag; 0 khi chưa lưu)
             * @example 0
             */
            version: number;
        };
        PutCalendarYear: {
            /**
             * @description Văn bản công bố
             * @default
             * @example Thông báo 6150/TB-LĐTBXH
             */
            source?: string;
            /** @description Ngày nghỉ */
            daysOff: {
                /**
                 * Format: date
                 * @description Ngày nghỉ
                 * @example 2024-02-09
                 */
                date: string;
                /**
                 * @description Tên
                 * @example Tết Nguyên đán
                 */
                name: string;
                /**
                 * @description holiday: lễ, tết; day-off: nghỉ bù, hoán đổi
                 * @default holiday
                 * @example holiday
                 * @enum {string}
                 */
                kind?: "holiday" | "day-off";
            }[];
            /**
             * @description Ngày làm bù
             * @default []
             */
            makeUpWorkdays?: {
                /**
                 * Format: date
                 * @description Ngày làm bù
                 * @example 2024-05-04
                 */
                date: string;
                /**
                 * @description Lý do
                 * @example Làm bù cho ngày 29/04/2024
                 */
                name: string;
            }[];
        };
        Policy: {
            /**
             * @description Quy chế đang áp dụng (PolicyPack của @dondoc/domain)
             * @example {
             *       "id": "national",
             *       "name": "Quy chế theo dõi, đôn đốc, kiểm tra việc thực hiện nhiệm vụ (mẫu quốc gia)",
             *       "basedOn": "QĐ 42/2014/QĐ-TTg, sửa đổi bởi QĐ 23/2018/QĐ-TTg; BLDS 2015 (Điều 144–148); Nghị định 09/2019/NĐ-CP (Điều 12, 13)",
             *       "version": 1,
             *       "effectiveFrom": "2018-07-01",
             *       "readingOfTruoc": "day-before",
             *       "rollForward": true,
             *       "dueSoonWorkingDays": 3,
             *       "extension": {
             *         "minWorkingDaysBeforeDeadline": 0,
             *         "maxExtensions": null
             *       },
             *       "completion": {
             *         "requiresAcceptance": false
             *       },
             *       "overdue": {
             *         "reasonAfterWorkingDays": 20
             *       },
             *       "reminders": {
             *         "workingDaysBefore": [
             *           3,
             *           1
             *         ],
             *         "onTheDay": true,
             *         "everyWorkingDaysAfter": 5
             *       },
             *       "reports": {
             *         "completionRate": "tasks-due",
             *         "includePaused": false,
             *         "includeNoDeadline": true
             *       },
             *       "recurringReportDueDay": 25,
             *       "reportingPeriods": "decree-09"
             *     }
             */
            pack: {
                /** @description Mã quy chế, ví dụ “national” hoặc “ba-ria-vung-tau” */
                id: string;
                name: string;
                /** @description Văn bản làm căn cứ */
                basedOn: string;
                version: number;
                /**
                 * Format: date
                 * @description Ngày theo ISO 8601 (YYYY-MM-DD)
                 */
                effectiveFrom: string;
                /**
                 * @default day-before
                 * @enum {string}
                 */
                readingOfTruoc?: "by" | "day-before";
                /** @default true */
                rollForward?: boolean;
                /** @default 3 */
                dueSoonWorkingDays?: number;
                /**
                 * @default {
                 *       "minWorkingDaysBeforeDeadline": 0,
                 *       "maxExtensions": null
                 *     }
                 */
                extension?: {
                    /** @default 0 */
                    minWorkingDaysBeforeDeadline?: number;
                    /** @default null */
                    maxExtensions?: number | null;
                };
                /**
                 * @default {
                 *       "requiresAcceptance": false
                 *     }
                 */
                completion?: {
                    /** @default false */
                    requiresAcceptance?: boolean;
                };
                /**
                 * @default {
                 *       "reasonAfterWorkingDays": 20
                 *     }
                 */
                overdue?: {
                    /** @default 20 */
                    reasonAfterWorkingDays?: number | null;
                };
                /**
                 * @default {
                 *       "workingDaysBefore": [
                 *         3,
                 *         1
                 *       ],
                 *       "onTheDay": true,
                 *       "everyWorkingDaysAfter": 5
                 *     }
                 */
                reminders?: {
                    /**
                     * @default [
                     *       3,
                     *       1
                     *     ]
                     */
                    workingDaysBefore?: number[];
                    /** @default true */
                    onTheDay?: boolean;
                    /** @default 5 */
                    everyWorkingDaysAfter?: number | null;
                };
                /**
                 * @default {
                 *       "completionRate": "tasks-due",
                 *       "includePaused": false,
                 *       "includeNoDeadline": true
                 *     }
                 */
                reports?: {
                    /**
                     * @default tasks-due
                     * @enum {string}
                     */
                    completionRate?: "tasks-due" | "all-tasks";
                    /** @default false */
                    includePaused?: boolean;
                    /** @default true */
                    includeNoDeadline?: boolean;
                };
                /** @default 25 */
                recurringReportDueDay?: number;
                /**
                 * @default decree-09
                 * @enum {string}
                 */
                reportingPeriods?: "decree-09" | "calendar";
            };
            /**
             * @description Phiên bản (ETag; 0: mẫu quốc gia)
             * @example 0
             */
            version: number;
        };
        PutPolicy: {
            /**
             * @description Quy chế mới (PolicyPack)
             * @example {
             *       "id": "brvt-2024",
             *       "name": "Quy chế theo dõi, đôn đốc của UBND tỉnh",
             *       "basedOn": "national",
             *       "version": 1,
             *       "effectiveFrom": "2024-01-01",
             *       "dueSoonWorkingDays": 5
             *     }
             */
            pack: {
                [key: string]: unknown;
            };
        };
        UserList: {
            /** @description Các phần tử của trang */
            items: components["schemas"]["User"][];
            /**
             * @description Con trỏ trang sau; null khi hết
             * @example eyJvIjoxMDB9
             */
            nextCursor: string | null;
            /**
             * @description Tổng số phần tử của danh sách (khi tính được rẻ)
             * @example 111
             */
            total?: number;
        };
        User: {
            /**
             * @description Mã người dùng
             * @example usr_2k9d8f
             */
            id: string;
            /**
             * @description Tên đăng nhập
             * @example lan.vp
             */
            username: string;
            /**
             * @description Họ tên
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
             * @description Cơ quan (bắt buộc với cán bộ cơ quan)
             * @example brvt.so-tc
             */
            agencyId: string | null;
            /**
             * @description Phạm vi của văn phòng: các cơ quan ban hành mà tài khoản theo dõi (rỗng với các vai trò khác)
             * @example [
             *       "brvt.ubnd",
             *       "brvt.hdnd"
             *     ]
             */
            issuerIds: string[];
            /**
             * @description Phải đổi mật khẩu ở lần đăng nhập tới
             * @example true
             */
            mustChangePassword: boolean;
            /**
             * @description Đã khoá
             * @example false
             */
            disabled: boolean;
            /**
             * @description Phiên bản (ETag)
             * @example 1
             */
            version: number;
            /**
             * @description Thời điểm tạo
             * @example 2024-03-01T03:00:00.000Z
             */
            createdAt: string;
        };
        UserWithPassword: {
            user: components["schemas"]["User"];
            /**
             * @description Mật khẩu dùng một lần; chỉ hiện một lần
             * @example abcd-efgh-jkmn-pqrs
             */
            oneTimePassword: string;
        };
        CreateUser: {
            /**
             * @description Tên đăng nhập
             * @example lan.vp
             */
            username: string;
            /**
             * @description Họ tên
             * @example Nguyễn Thị Lan
             */
            displayName: string;
            /**
             * @description Vai trò (khoá API dùng cho tích hợp)
             * @example secretariat
             * @enum {string}
             */
            role: "admin" | "secretariat" | "agency_officer" | "leader";
            /**
             * @description Cơ quan: bắt buộc với cán bộ cơ quan (cơ quan của họ) và văn phòng (cơ quan ban hành mà văn phòng theo dõi)
             * @default null
             * @example brvt.so-tc
             */
            agencyId?: string | null;
            /**
             * @description Văn phòng: các cơ quan ban hành mà tài khoản theo dõi (ví dụ HĐND và UBND tỉnh); bỏ trống thì là cơ quan ở agencyId
             * @example [
             *       "brvt.ubnd",
             *       "brvt.hdnd"
             *     ]
             */
            issuerIds?: string[];
        };
        UserPatch: {
            /**
             * @description Họ tên
             * @example Nguyễn Thị Lan
             */
            displayName?: string;
            /**
             * @description Vai trò
             * @example agency_officer
             * @enum {string}
             */
            role?: "admin" | "secretariat" | "agency_officer" | "leader";
            /**
             * @description Cơ quan
             * @example brvt.so-tc
             */
            agencyId?: string | null;
            /**
             * @description Văn phòng: các cơ quan ban hành mà tài khoản theo dõi
             * @example [
             *       "brvt.ubnd",
             *       "brvt.hdnd"
             *     ]
             */
            issuerIds?: string[];
            /**
             * @description Khoá tài khoản (đăng xuất mọi phiên)
             * @example false
             */
            disabled?: boolean;
        };
        ApiKeyList: {
            /** @description Các phần tử của trang */
            items: components["schemas"]["ApiKey"][];
            /**
             * @description Con trỏ trang sau; null khi hết
             * @example eyJvIjoxMDB9
             */
            nextCursor: string | null;
            /**
             * @description Tổng số phần tử của danh sách (khi tính được rẻ)
             * @example 111
             */
            total?: number;
        };
        ApiKey: {
            /**
             * @description Mã khoá
             * @example key_7d2k
             */
            id: string;
            /**
             * @description Tên gợi nhớ (hệ thống tích hợp)
             * @example iOffice Sở Tài chính
             */
            name: string;
            /**
             * @description Tiền tố nhận diện (phần đầu của khoá)
             * @example a1b2c3d4
             */
            prefix: string;
            /**
             * @description Phạm vi quyền
             * @example [
             *       "tasks.read"
             *     ]
             */
            scopes: ("agencies.read" | "agencies.add" | "agencies.write" | "resolutions.read" | "resolutions.write" | "notices.read" | "notices.write" | "tasks.read" | "tasks.manage" | "tasks.report" | "tasks.decide" | "calendar.read" | "calendar.write" | "policy.read" | "policy.write" | "users.manage" | "apikeys.manage" | "audit.read" | "audit.verify" | "reports.read")[];
            /**
             * @description Giới hạn trong nhiệm vụ của một cơ quan
             * @example brvt.so-tc
             */
            agencyId: string | null;
            /**
             * @description Phạm vi: các cơ quan ban hành mà khoá được đọc, ghi văn bản và nhiệm vụ (rỗng: không thấy gì)
             * @example [
             *       "brvt.ubnd"
             *     ]
             */
            issuerIds: string[];
            /**
             * @description Thời điểm tạo
             * @example 2024-03-01T03:00:00.000Z
             */
            createdAt: string;
            /**
             * @description Lần dùng gần nhất
             * @example null
             */
            lastUsedAt: string | null;
            /**
             * @description Thời điểm thu hồi
             * @example null
             */
            revokedAt: string | null;
        };
        ApiKeyCreated: {
            apiKey: components["schemas"]["ApiKey"];
            /**
             * @description Khoá đầy đủ; chỉ hiện một lần
             * @example ddk_a1b2c3d4_Jw3o0mP1sW3cRnq2bWlq0QxY
             */
            token: string;
        };
        CreateApiKey: {
            /**
             * @description Tên gợi nhớ
             * @example iOffice Sở Tài chính
             */
            name: string;
            /**
             * @description Phạm vi quyền (không gồm quản trị tài khoản, khoá)
             * @example [
             *       "tasks.read",
             *       "tasks.report"
             *     ]
             */
            scopes: ("agencies.read" | "agencies.add" | "agencies.write" | "resolutions.read" | "resolutions.write" | "notices.read" | "notices.write" | "tasks.read" | "tasks.manage" | "tasks.report" | "tasks.decide" | "calendar.read" | "calendar.write" | "policy.read" | "policy.write" | "audit.read" | "audit.verify" | "reports.read")[];
            /**
             * @description Giới hạn theo cơ quan
             * @default null
             * @example null
             */
            agencyId?: string | null;
            /**
             * @description Các cơ quan ban hành mà khoá được phép (bắt buộc, ít nhất một)
             * @example [
             *       "brvt.ubnd"
             *     ]
             */
            issuerIds: string[];
        };
        AuditPage: {
            /** @description Các phần tử của trang */
            items: components["schemas"]["AuditEntry"][];
            /**
             * @description Con trỏ trang sau; null khi hết
             * @example eyJvIjoxMDB9
             */
            nextCursor: string | null;
            /**
             * @description Tổng số phần tử của danh sách (khi tính được rẻ)
             * @example 111
             */
            total?: number;
        };
        AuditVerdict: {
            /**
             * @description Chuỗi băm nguyên vẹn
             * @example false
             */
            ok: boolean;
            /**
             * @description Số mắt xích đã kiểm trước khi dừng
             * @example 41
             */
            links: number;
            /**
             * @description Băm của mắt xích cuối khi chuỗi nguyên vẹn; lưu bản sao ở nơi khác để phát hiện việc viết lại cả chuỗi
             * @example 9f2c…
             */
            head: string | null;
            /**
             * @description Mã dòng nhật ký ở mắt xích hỏng đầu tiên
             * @example 42
             */
            brokenAt: string | null;
            /**
             * @description Lý do hỏng
             * @example row-changed
             * @enum {string|null}
             */
            reason: "row-changed" | "row-missing" | "link-changed" | "link-missing" | "row-unchained" | null;
        };
        /** @description ReportData của @dondoc/reporting */
        ReportExport: {
            /**
             * @description Phiên bản định dạng
             * @example 1
             * @enum {number}
             */
            version: 1;
            /**
             * @description Cơ quan
             * @example [
             *       {
             *         "id": "brvt.so-tc",
             *         "name": "Sở Tài chính"
             *       }
             *     ]
             */
            agencies: {
                [key: string]: unknown;
            }[];
            /**
             * @description Thông báo đã ban hành
             * @example [
             *       {
             *         "id": "ntc_4k2m",
             *         "symbol": "15/TB-UBND"
             *       }
             *     ]
             */
            notices: {
                [key: string]: unknown;
            }[];
            /**
             * @description Nghị quyết
             * @example [
             *       {
             *         "id": "res_1",
             *         "code": "02-NQ/TU"
             *       }
             *     ]
             */
            resolutions: {
                [key: string]: unknown;
            }[];
            /**
             * @description Nhiệm vụ (thời hạn sau gia hạn)
             * @example [
             *       {
             *         "id": "tsk_8f2k3j",
             *         "dueOn": "2024-03-15",
             *         "leadAgencyId": "brvt.so-tc"
             *       }
             *     ]
             */
            tasks: {
                [key: string]: unknown;
            }[];
        };
        /** @description Báo cáo dạng JSON (format: json) */
        ReportJson: {
            /**
             * @description Định danh định dạng
             * @example dondoc-report
             * @enum {string}
             */
            format: "dondoc-report";
            /**
             * @description Phiên bản định dạng
             * @example 1
             * @enum {number}
             */
            version: 1;
            periodic: components["schemas"]["PeriodicReport"];
            /**
             * @description Bảng điểm cơ quan (AgencyScorecard của @dondoc/reporting) hoặc null
             * @example null
             */
            scorecard?: unknown;
            /**
             * @description Nhiệm vụ chuyển kỳ (CarryOver của @dondoc/reporting) hoặc null
             * @example null
             */
            carryOver?: unknown;
            /**
             * @description Tổng hợp theo nghị quyết (ResolutionRollUp của @dondoc/reporting) hoặc null
             * @example null
             */
            resolutions?: unknown;
        };
        /** @description Báo cáo định kỳ (Nghị định 09/2019/NĐ-CP) của @dondoc/reporting */
        PeriodicReport: {
            /**
             * @description Loại báo cáo
             * @example periodic
             * @enum {string}
             */
            kind: "periodic";
            period: components["schemas"]["ReportPeriod"];
            /** @description Phạm vi báo cáo */
            scope: {
                /**
                 * @description Toàn bộ
                 * @example all
                 * @enum {string}
                 */
                kind: "all";
            } | {
                /**
                 * @description Loại phạm vi
                 * @example agency
                 * @enum {string}
                 */
                kind: "agency" | "notice" | "issuer" | "resolution";
                /**
                 * @description Mã của phạm vi
                 * @example brvt.so-tc
                 */
                id: string;
            };
            /** @description Tên phạm vi, hai thứ tiếng */
            scopeLabel: {
                /**
                 * @description Tên phạm vi
                 * @example Toàn tỉnh
                 */
                vi: string;
                /**
                 * @description Scope name
                 * @example Whole province
                 */
                en: string;
            };
            /**
             * Format: date
             * @description Ngày tính nhóm (cuối ngày)
             * @example 2024-03-14
             */
            asOf: string;
            totals: components["schemas"]["ReportCounts"];
            rates: components["schemas"]["ReportRates"];
            /** @description Theo cơ quan chủ trì */
            rows: components["schemas"]["ReportAgencyRow"][];
            /** @description Nhiệm vụ quá hạn chưa hoàn thành, quá hạn lâu nhất trước */
            overdue: components["schemas"]["ReportOverdueLine"][];
            /** @description Số nhiệm vụ quá hạn theo số ngày quá hạn */
            ageBuckets: {
                /**
                 * @description 1–30 ngày
                 * @example 1
                 */
                "1-30": number;
                /**
                 * @description 31–60 ngày
                 * @example 0
                 */
                "31-60": number;
                /**
                 * @description 61–120 ngày
                 * @example 0
                 */
                "61-120": number;
                /**
                 * @description Trên 120 ngày
                 * @example 0
                 */
                "over-120": number;
            };
            /** @description Mọi nhiệm vụ của báo cáo, theo thông báo rồi kết luận */
            tasks: components["schemas"]["ReportTaskLine"][];
        };
        /** @description Kỳ báo cáo */
        ReportPeriod: {
            /**
             * @description Tần suất (custom: khoảng ngày tùy chọn)
             * @example month
             * @enum {string}
             */
            frequency: "month" | "quarter" | "half" | "year" | "custom";
            /**
             * @description Năm
             * @example 2024
             */
            year: number;
            /**
             * @description Thứ tự kỳ trong năm (tháng 1–12, quý 1–4, nửa năm 1–2; 1 cho năm)
             * @example 3
             */
            index: number;
            /**
             * @description Cách tính kỳ (Nghị định 09: 15 → 14)
             * @example decree-09
             * @enum {string}
             */
            mode: "decree-09" | "calendar";
            /**
             * Format: date
             * @description Ngày đầu kỳ
             * @example 2024-02-15
             */
            from: string;
            /**
             * Format: date
             * @description Ngày chốt số liệu
             * @example 2024-03-14
             */
            to: string;
        };
        /** @description Số nhiệm vụ theo nhóm của Nghị định 09 (một dòng hoặc tổng) */
        ReportCounts: {
            /**
             * @description Tổng số nhiệm vụ (năm nhóm cộng lại)
             * @example 12
             */
            total: number;
            /**
             * @description Giao trong kỳ
             * @example 8
             */
            assignedInPeriod: number;
            /**
             * @description Kỳ trước chuyển sang
             * @example 4
             */
            carriedIn: number;
            /**
             * @description Hoàn thành đúng hạn
             * @example 6
             */
            doneOnTime: number;
            /**
             * @description Hoàn thành quá hạn
             * @example 1
             */
            doneLate: number;
            /**
             * @description Chưa hoàn thành, trong hạn
             * @example 3
             */
            openInTime: number;
            /**
             * @description Chưa hoàn thành, quá hạn
             * @example 2
             */
            openOverdue: number;
            /**
             * @description Tạm dừng
             * @example 0
             */
            paused: number;
            /**
             * @description Được gia hạn
             * @example 1
             */
            extended: number;
            /**
             * @description Không có thời hạn
             * @example 0
             */
            noDeadline: number;
        };
        /** @description Hai tỷ lệ công bố của báo cáo */
        ReportRates: {
            /**
             * @description Tỷ lệ hoàn thành: đã xong ÷ (đã xong + quá hạn chưa xong); null khi chưa có gì đến hạn
             * @example 0.8
             */
            completion: number | null;
            /**
             * @description Tỷ lệ đúng hạn: xong đúng hạn ÷ (đã xong + quá hạn chưa xong); null khi chưa có gì đến hạn
             * @example 0.8
             */
            onTime: number | null;
            /**
             * @description Mẫu số chung: nhiệm vụ đã xong hoặc đã quá hạn
             * @example 9
             */
            due: number;
        };
        /** @description Một cơ quan chủ trì */
        ReportAgencyRow: {
            /** @description cơ quan chủ trì */
            agency: {
                /**
                 * @description Mã cơ quan chủ trì
                 * @example brvt.so-tc
                 */
                id: string;
                /**
                 * @description Tên cơ quan chủ trì
                 * @example Sở Tài chính
                 */
                name: string;
            };
            counts: components["schemas"]["ReportCounts"];
            rates: components["schemas"]["ReportRates"];
            /**
             * @description Số ngày làm việc trễ trung bình; null khi không có
             * @example 3.5
             */
            averageWorkingDaysLate: number | null;
        };
        /** @description Nhiệm vụ chưa hoàn thành, quá hạn */
        ReportOverdueLine: {
            /**
             * @description Mã nhiệm vụ
             * @example tsk_8f2k3j9x
             */
            id: string;
            /** @description Thông báo giao nhiệm vụ */
            notice: {
                /**
                 * @description Mã thông báo
                 * @example ntc_4k2m
                 */
                id: string;
                /**
                 * @description Số, ký hiệu thông báo
                 * @example 12/TB-UBND
                 */
                code: string;
            };
            /**
             * @description Số thứ tự của kết luận
             * @example 2.a
             */
            directivePath: string;
            /**
             * @description Nội dung công việc
             * @example Tham mưu kế hoạch chuyển đổi số
             */
            action: string;
            /** @description cơ quan chủ trì */
            lead: {
                /**
                 * @description Mã cơ quan chủ trì
                 * @example brvt.so-tc
                 */
                id: string;
                /**
                 * @description Tên cơ quan chủ trì
                 * @example Sở Tài chính
                 */
                name: string;
            };
            /**
             * Format: date
             * @description Ngày giao
             * @example 2024-02-01
             */
            assignedOn: string;
            /**
             * Format: date
             * @description Hạn ban đầu
             * @example 2024-02-20
             */
            originalDueOn: string | null;
            /**
             * Format: date
             * @description Hạn hiện hành
             * @example 2024-02-20
             */
            dueOn: string;
            /**
             * @description Đã được gia hạn
             * @example false
             */
            extended: boolean;
            /**
             * Format: date
             * @description Ngày hoàn thành
             * @example null
             */
            completedOn: string | null;
            /**
             * @description Nhóm của nhiệm vụ trong báo cáo
             * @example open-overdue
             * @enum {string}
             */
            category: "done-on-time" | "done-late" | "open-in-time" | "open-overdue" | "paused";
            late: components["schemas"]["ReportLateness"];
            /**
             * @description Nhóm số ngày quá hạn
             * @example 1-30
             * @enum {string}
             */
            bucket: "1-30" | "31-60" | "61-120" | "over-120";
        };
        /** @description Mức trễ hạn */
        ReportLateness: {
            /**
             * @description Số ngày làm việc trễ
             * @example 5
             */
            workingDays: number;
            /**
             * @description Số ngày lịch trễ
             * @example 7
             */
            calendarDays: number;
        };
        /** @description Một nhiệm vụ trong báo cáo */
        ReportTaskLine: {
            /**
             * @description Mã nhiệm vụ
             * @example tsk_8f2k3j9x
             */
            id: string;
            /** @description Thông báo giao nhiệm vụ */
            notice: {
                /**
                 * @description Mã thông báo
                 * @example ntc_4k2m
                 */
                id: string;
                /**
                 * @description Số, ký hiệu thông báo
                 * @example 12/TB-UBND
                 */
                code: string;
            };
            /**
             * @description Số thứ tự của kết luận
             * @example 2.a
             */
            directivePath: string;
            /**
             * @description Nội dung công việc
             * @example Tham mưu kế hoạch chuyển đổi số
             */
            action: string;
            /** @description cơ quan chủ trì */
            lead: {
                /**
                 * @description Mã cơ quan chủ trì
                 * @example brvt.so-tc
                 */
                id: string;
                /**
                 * @description Tên cơ quan chủ trì
                 * @example Sở Tài chính
                 */
                name: string;
            };
            /**
             * Format: date
             * @description Ngày giao
             * @example 2024-02-01
             */
            assignedOn: string;
            /**
             * Format: date
             * @description Hạn ban đầu
             * @example 2024-02-20
             */
            originalDueOn: string | null;
            /**
             * Format: date
             * @description Hạn hiện hành
             * @example 2024-02-20
             */
            dueOn: string | null;
            /**
             * @description Đã được gia hạn
             * @example false
             */
            extended: boolean;
            /**
             * Format: date
             * @description Ngày hoàn thành
             * @example null
             */
            completedOn: string | null;
            /**
             * @description Nhóm của nhiệm vụ trong báo cáo
             * @example open-overdue
             * @enum {string}
             */
            category: "done-on-time" | "done-late" | "open-in-time" | "open-overdue" | "paused";
            /** @description Mức trễ (null: không trễ) */
            late: components["schemas"]["ReportLateness"] | null;
        };
        MakeReport: {
            /**
             * @description Kỳ báo cáo: tháng 2024-01, quý 2024-Q1, 6 tháng 2024-H1, năm 2024, hoặc tùy chọn từ ngày..đến ngày 2024-03-01..2024-04-15 (gồm cả hai ngày, không dịch theo ngày chốt số liệu; ngày đầu không sau ngày cuối) / report period: month, quarter, half-year, year, or a custom inclusive range from..to
             * @example 2024-01
             */
            period: string;
            /**
             * @description Phạm vi: all, agency:<mã cơ quan chủ trì>, notice:<mã thông báo>, issuer:<mã cơ quan ban hành>, resolution:<mã nghị quyết>
             * @default all
             * @example all
             */
            scope?: string;
            /**
             * @description Định dạng tệp
             * @default json
             * @example xlsx
             * @enum {string}
             */
            format?: "docx" | "xlsx" | "csv" | "json";
            /**
             * @description Ngôn ngữ
             * @default vi
             * @example vi
             * @enum {string}
             */
            lang?: "vi" | "en";
            /**
             * Format: date
             * @description Tính đến ngày (mặc định hôm nay)
             * @example 2024-01-31
             */
            at?: string;
            /**
             * @description Thông tin văn bản cho DOCX: issuer, place, signer {title, name, authority}…
             * @example {
             *       "issuer": "VĂN PHÒNG UBND TỈNH",
             *       "place": "Bà Rịa - Vũng Tàu",
             *       "signer": {
             *         "authority": "TL. CHỦ TỊCH",
             *         "title": "Chánh Văn phòng",
             *         "name": "Trần Thị B"
             *       }
             *     }
             */
            document?: {
                [key: string]: unknown;
            };
        };
        WebhookList: {
            /** @description Các phần tử của trang */
            items: components["schemas"]["WebhookSubscription"][];
            /**
             * @description Con trỏ trang sau; null khi hết
             * @example eyJvIjoxMDB9
             */
            nextCursor: string | null;
            /**
             * @description Tổng số phần tử của danh sách (khi tính được rẻ)
             * @example 111
             */
            total?: number;
        };
        WebhookSubscription: {
            /**
             * @description Mã đăng ký
             * @example whk_2k9x
             */
            id: string;
            /**
             * Format: uri
             * @description Địa chỉ nhận (http/https)
             * @example https://ioffice.stc.example.gov.vn/hooks/dondoc
             */
            url: string;
            /**
             * @description Loại sự kiện nhận
             * @example [
             *       "task.overdue"
             *     ]
             */
            eventTypes: string[];
            /**
             * @description Chỉ nhận sự kiện của cơ quan này (null: mọi cơ quan)
             * @example brvt.so-tc
             */
            agencyId: string | null;
            /**
             * @description Ghi chú
             * @example iOffice Sở Tài chính
             */
            description: string;
            /**
             * @description Đang hoạt động
             * @example true
             */
            active: boolean;
            /**
             * @description Phiên bản (ETag)
             * @example 1
             */
            version: number;
            /**
             * @description Thời điểm tạo
             * @example 2024-03-01T03:00:00.000Z
             */
            createdAt: string;
        };
        WebhookCreated: {
            subscription: components["schemas"]["WebhookSubscription"];
            /**
             * @description Khoá ký (Standard Webhooks: `whsec_` + base64 của 24 byte), dùng với `new Webhook(secret)` của thư viện standardwebhooks; chỉ hiện một lần
             * @example whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw
             */
            secret: string;
        };
        CreateWebhook: {
            /**
             * Format: uri
             * @description Địa chỉ nhận (http/https)
             * @example https://ioffice.stc.example.gov.vn/hooks/dondoc
             */
            url: string;
            /**
             * @description Loại sự kiện nhận; "*" là tất cả
             * @example [
             *       "task.overdue",
             *       "task.done"
             *     ]
             */
            eventTypes: (("task.created" | "task.due_soon" | "task.overdue" | "task.done" | "task.completion_submitted" | "task.completion_accepted" | "task.completion_returned" | "task.reopened" | "extension.requested" | "extension.decided" | "explanation.requested" | "task.reminded" | "task.commented" | "notice.published" | "agency.merged" | "digest.agency" | "digest.leader") | "*")[];
            /**
             * @description Chỉ nhận sự kiện của cơ quan này
             * @default null
             * @example brvt.so-tc
             */
            agencyId?: string | null;
            /**
             * @description Ghi chú
             * @default
             * @example iOffice
             */
            description?: string;
        };
        UpdateWebhook: {
            /**
             * Format: uri
             * @description Địa chỉ nhận (http/https)
             * @example https://ioffice.stc.example.gov.vn/hooks/dondoc
             */
            url?: string;
            /**
             * @description Loại sự kiện nhận; "*" là tất cả
             * @example [
             *       "task.overdue",
             *       "task.done"
             *     ]
             */
            eventTypes?: (("task.created" | "task.due_soon" | "task.overdue" | "task.done" | "task.completion_submitted" | "task.completion_accepted" | "task.completion_returned" | "task.reopened" | "extension.requested" | "extension.decided" | "explanation.requested" | "task.reminded" | "task.commented" | "notice.published" | "agency.merged" | "digest.agency" | "digest.leader") | "*")[];
            /**
             * @description Chỉ nhận sự kiện của cơ quan này
             * @example brvt.so-tc
             */
            agencyId?: string | null;
            /**
             * @description Ghi chú
             * @example iOffice
             */
            description?: string;
            /**
             * @description false: tạm dừng gửi
             * @example false
             */
            active?: boolean;
        };
        WebhookDeliveryPage: {
            /** @description Các phần tử của trang */
            items: components["schemas"]["WebhookDelivery"][];
            /**
             * @description Con trỏ trang sau; null khi hết
             * @example eyJvIjoxMDB9
             */
            nextCursor: string | null;
            /**
             * @description Tổng số phần tử của danh sách (khi tính được rẻ)
             * @example 111
             */
            total?: number;
        };
        WebhookDelivery: {
            /**
             * @description Mã lần gửi
             * @example dlv_8k2m
             */
            id: string;
            /**
             * @description Mã đăng ký
             * @example whk_2k9x
             */
            subscriptionId: string;
            /**
             * @description Mã sự kiện
             * @example evt_3j9d
             */
            eventId: string;
            /**
             * @description Loại sự kiện
             * @example task.overdue
             */
            eventType: string;
            /**
             * @description pending: chờ gửi/gửi lại; delivered: đã nhận; failed: bỏ sau số lần tối đa
             * @example delivered
             * @enum {string}
             */
            status: "pending" | "delivered" | "failed";
            /**
             * @description Số lần đã thử
             * @example 1
             */
            attempts: number;
            /**
             * @description Lần thử tới
             * @example null
             */
            nextAttemptAt: string | null;
            /**
             * @description Mã HTTP gần nhất
             * @example 200
             */
            lastStatusCode: number | null;
            /**
             * @description Lỗi gần nhất
             * @example null
             */
            lastError: string | null;
            /**
             * @description Thời điểm nhận
             * @example 2024-03-01T03:00:01.000Z
             */
            deliveredAt: string | null;
            /**
             * @description Thời điểm tạo
             * @example 2024-03-01T03:00:00.000Z
             */
            createdAt: string;
            /** @description Nhật ký các lần thử */
            log?: components["schemas"]["WebhookAttempt"][];
        };
        WebhookAttempt: {
            /**
             * @description Lần thử
             * @example 1
             */
            attempt: number;
            /**
             * @description Thời điểm
             * @example 2024-03-01T03:00:01.000Z
             */
            at: string;
            /**
             * @description Mã HTTP nhận được
             * @example 503
             */
            statusCode: number | null;
            /**
             * @description Lỗi
             * @example HTTP 503
             */
            error: string | null;
            /**
             * @description Thời gian (ms)
             * @example 42
             */
            durationMs: number;
        };
        WebhookReplayed: {
            /**
             * @description Số lần gửi xếp hàng lại
             * @example 12
             */
            requeued: number;
        };
        ReplayWebhookSince: {
            /**
             * Format: date-time
             * @description Gửi lại từ thời điểm này
             * @example 2024-03-01T00:00:00Z
             */
            since: string;
        };
        NotificationPage: {
            /** @description Các thông báo */
            items: components["schemas"]["Notification"][];
            /**
             * @description Con trỏ trang sau; null khi hết
             * @example null
             */
            nextCursor: string | null;
            /**
             * @description Tổng số chưa đọc
             * @example 3
             */
            unread: number;
        };
        Notification: {
            /**
             * @description Mã thông báo
             * @example ntf_4k2m
             */
            id: string;
            /**
             * @description Loại sự kiện
             * @example task.overdue
             */
            type: string;
            /**
             * @description Nội dung ngắn
             * @example Quá hạn: Bố trí kinh phí (hạn 2024-02-20)
             */
            title: string;
            /**
             * @description Nhiệm vụ liên quan
             * @example tsk_8f2k3j
             */
            taskId: string | null;
            /**
             * @description Thời điểm
             * @example 2024-03-01T03:00:00.000Z
             */
            createdAt: string;
            /**
             * @description Đã đọc lúc (null: chưa đọc)
             * @example null
             */
            readAt: string | null;
        };
        NotificationUnreadCount: {
            /**
             * @description Số thông báo chưa đọc
             * @example 3
             */
            unread: number;
        };
        NotificationsMarked: {
            /**
             * @description Số thông báo vừa đánh dấu
             * @example 4
             */
            marked: number;
        };
        CalendarFeedList: {
            /** @description Các phần tử của trang */
            items: components["schemas"]["CalendarFeed"][];
            /**
             * @description Con trỏ trang sau; null khi hết
             * @example eyJvIjoxMDB9
             */
            nextCursor: string | null;
            /**
             * @description Tổng số phần tử của danh sách (khi tính được rẻ)
             * @example 111
             */
            total?: number;
        };
        CalendarFeed: {
            /**
             * @description Mã lịch
             * @example fed_2k9x
             */
            id: string;
            /**
             * @description agency: lịch của cơ quan; user: lịch cá nhân
             * @example agency
             * @enum {string}
             */
            kind: "agency" | "user";
            /**
             * @description Cơ quan (lịch cơ quan)
             * @example brvt.so-tc
             */
            agencyId: string | null;
            /**
             * @description Người dùng (lịch cá nhân)
             * @example null
             */
            userId: string | null;
            /**
             * @description Tên gợi nhớ
             * @example Lịch hạn Sở Tài chính
             */
            name: string;
            /**
             * @description Đường dẫn lịch (không gồm mã; thêm ?token=… khi đăng ký)
             * @example /v1/agencies/brvt.so-tc/calendar.ics
             */
            path: string;
            /**
             * @description Thời điểm tạo
             * @example 2024-03-01T03:00:00.000Z
             */
            createdAt: string;
            /**
             * @description Thời điểm thu hồi
             * @example null
             */
            revokedAt: string | null;
        };
        CalendarFeedCreated: {
            feed: components["schemas"]["CalendarFeed"];
            /**
             * @description Mã lịch; chỉ hiện một lần
             * @example ddf_Jw3o0mP1sW3cRnq2bWlq0QxYz
             */
            token: string;
            /**
             * @description Địa chỉ đăng ký lịch (dán vào Outlook, Google Calendar…)
             * @example https://dondoc.example.gov.vn/v1/agencies/brvt.so-tc/calendar.ics?token=ddf_…
             */
            url: string;
        };
        CreateCalendarFeed: {
            /**
             * @description agency: lịch cơ quan; user: lịch của tôi
             * @example agency
             * @enum {string}
             */
            kind: "agency" | "user";
            /**
             * @description Cơ quan (bắt buộc với agency)
             * @example brvt.so-tc
             */
            agencyId?: string;
            /**
             * @description Tên gợi nhớ
             * @default
             * @example Lịch hạn Sở Tài chính
             */
            name?: string;
        };
        ImportJobList: {
            /** @description Các phần tử của trang */
            items: components["schemas"]["ImportJob"][];
            /**
             * @description Con trỏ trang sau; null khi hết
             * @example eyJvIjoxMDB9
             */
            nextCursor: string | null;
            /**
             * @description Tổng số phần tử của danh sách (khi tính được rẻ)
             * @example 111
             */
            total?: number;
        };
        ImportJob: {
            /**
             * @description Mã lượt nhập
             * @example imp_3k9x
             */
            id: string;
            /**
             * @description parsing: đang đọc; previewed: đã có bản xem trước; applying: đang ghi; applied: đã nhập; failed: lỗi, không ghi gì
             * @example previewed
             * @enum {string}
             */
            status: "parsing" | "previewed" | "applying" | "applied" | "failed";
            /**
             * @description Nguồn (mã theo dõi duy nhất trong nguồn)
             * @example so-theo-doi-2024
             */
            source: string;
            /**
             * @description Tên tệp
             * @example theo-doi-nhiem-vu.xlsx
             */
            fileName: string;
            /**
             * @description Cơ quan ban hành của các thông báo trong bảng (văn phòng của cơ quan này theo dõi)
             * @example brvt.ubnd
             */
            issuerAgencyId: string | null;
            /**
             * @description Tổng số dòng
             * @example 10000
             */
            total: number;
            /**
             * @description Đã xử lý
             * @example 4000
             */
            processed: number;
            report: components["schemas"]["ImportReport"];
            /**
             * @description Lý do thất bại
             * @example null
             */
            error: string | null;
            /**
             * @description Phiên bản (ETag)
             * @example 2
             */
            version: number;
            /**
             * @description Thời điểm tạo
             * @example 2024-03-01T03:00:00.000Z
             */
            createdAt: string;
            /**
             * @description Cập nhật
             * @example 2024-03-01T03:00:05.000Z
             */
            updatedAt: string;
        };
        /** @description Bản xem trước / kết quả */
        ImportReport: {
            /**
             * @description Số dòng dữ liệu
             * @example 120
             */
            total: number;
            /**
             * @description Sẽ tạo mới
             * @example 100
             */
            create: number;
            /**
             * @description Sẽ cập nhật
             * @example 12
             */
            update: number;
            /**
             * @description Không đổi
             * @example 5
             */
            unchanged: number;
            /**
             * @description Số dòng không đọc được
             * @example 3
             */
            errorCount: number;
            /** @description Dòng không đọc được và lý do */
            errors: components["schemas"]["ImportRowError"][];
            /** @description Dòng sẽ tạo hoặc thay đổi (tối đa 1.000) */
            changes: components["schemas"]["ImportPlannedRow"][];
            /** @description Lỗi ghép cột (cần sửa trước khi nhập) */
            mappingProblems: {
                /**
                 * @description Trường cần ghép
                 * @example dueOn
                 */
                field: string;
                /**
                 * @description Lý do
                 * @example Không tìm thấy cột “Thời hạn”
                 */
                message: string;
            }[];
            /** @description Kết quả sau khi nhập (null: mới xem trước) */
            applied: {
                /**
                 * @description Nhiệm vụ đã tạo
                 * @example 12
                 */
                created: number;
                /**
                 * @description Nhiệm vụ đã cập nhật
                 * @example 3
                 */
                updated: number;
                /**
                 * @description Thông báo đã tạo
                 * @example 2
                 */
                noticesCreated: number;
            } | null;
        } | null;
        ImportRowError: {
            /**
             * @description Số dòng trong tệp (tính cả dòng tiêu đề)
             * @example 7
             */
            row: number;
            /**
             * @description Cột
             * @example Thời hạn
             */
            column: string | null;
            /**
             * @description Lý do
             * @example Thời hạn “31/02/2024” không đọc được
             */
            reason: string;
        };
        ImportPlannedRow: {
            /**
             * @description Số dòng
             * @example 3
             */
            row: number;
            /**
             * @description Mã theo dõi
             * @example STC-2024-015
             */
            externalId: string;
            /**
             * @description Việc sẽ làm
             * @example update
             * @enum {string}
             */
            action: "create" | "update" | "unchanged";
            /**
             * @description Nhiệm vụ đã có
             * @example tsk_8f2k3j
             */
            taskId: string | null;
            /** @description Các thay đổi */
            changes: {
                /**
                 * @description Trường
                 * @example dueOn
                 */
                field: string;
                /**
                 * @description Giá trị cũ
                 * @example 2024-03-15
                 */
                from?: unknown;
                /**
                 * @description Giá trị mới
                 * @example 2024-04-15
                 */
                to?: unknown;
            }[];
        };
        ImportUpload: {
            /**
             * Format: binary
             * @description Tệp XLSX hoặc CSV
             */
            file?: string;
            /**
             * @description Ghép cột (JSON: trường → tên cột)
             * @example {"dueOn":"Hạn hoàn thành"}
             */
            mapping?: string;
            /**
             * @description Nguồn (mặc định: “sheet”)
             * @example so-theo-doi-2024
             */
            source?: string;
            /**
             * @description Cơ quan ban hành của các thông báo trong bảng; văn phòng bỏ trống (dùng cơ quan của mình), quản trị viên phải chọn
             * @example brvt.ubnd
             */
            issuerAgencyId?: string;
        };
        WhatIfResult: {
            /** @description Nhiệm vụ sẽ đổi hạn */
            moved: components["schemas"]["WhatIfMove"][];
            /** @description Nhiệm vụ giữ hạn nhưng đổi tình trạng hôm nay */
            statusChanged: components["schemas"]["WhatIfMove"][];
            /**
             * @description Số nhiệm vụ có hạn đã xét
             * @example 1200
             */
            examined: number;
            /**
             * @description Số hạn đã đổi (null: chỉ xem trước)
             * @example null
             */
            applied: number | null;
            /**
             * @description Phiên bản mới của lịch/quy chế (ETag)
             * @example null
             */
            version: number | null;
        };
        WhatIfMove: {
            /**
             * @description Nhiệm vụ
             * @example tsk_8f2k3j
             */
            taskId: string;
            /**
             * @description Nội dung
             * @example Bố trí kinh phí
             */
            action: string;
            /**
             * @description Cơ quan chủ trì
             * @example brvt.so-tc
             */
            leadAgencyId: string | null;
            /**
             * @description Tên cơ quan
             * @example Sở Tài chính
             */
            leadName: string;
            /**
             * @description Hạn hiện tại
             * @example 2024-04-30
             */
            dueOnBefore: string;
            /**
             * @description Hạn sau thay đổi
             * @example 2024-05-02
             */
            dueOnAfter: string;
            /**
             * @description Tình trạng hiện tại
             * @example not-due
             */
            timelinessBefore: string;
            /**
             * @description Tình trạng sau thay đổi
             * @example not-due
             */
            timelinessAfter: string;
            /**
             * @description rule: tính lại theo quy tắc thời hạn; roll-forward: ngày hạn thành ngày nghỉ
             * @example roll-forward
             * @enum {string|null}
             */
            how: "rule" | "roll-forward" | null;
        };
        ProposedPolicy: {
            /**
             * @description Quy chế đề xuất (PolicyPack)
             * @example {
             *       "id": "brvt-2024",
             *       "name": "Quy chế theo dõi, đôn đốc của UBND tỉnh",
             *       "basedOn": "national",
             *       "version": 1,
             *       "effectiveFrom": "2024-01-01",
             *       "dueSoonWorkingDays": 5
             *     }
             */
            pack: {
                [key: string]: unknown;
            };
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
};
export type $defs = Record<string, never>;
export interface operations {
    login: {
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
            /** @description Chưa đăng nhập (unauthenticated, invalid-credentials) */
            401: {
                headers: {
                    /** @description Cách xác thực: khoá API gửi trong Authorization: Bearer …; trình duyệt dùng cookie phiên dondoc_session sau POST /v1/auth/login */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền (forbidden, csrf-failed, password-change-required) */
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
            /** @description Xung đột (conflict, invalid-transition, idempotency-in-progress, idempotency-secret-shown-once) */
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
            /** @description Trái quy chế theo dõi, đôn đốc (rule-violated: the `rule` member names the rule) hoặc Idempotency-Key dùng lại cho yêu cầu khác (idempotency-key-reused) hoặc địa chỉ webhook không công khai (unsafe-target: `errors` names the field) hoặc báo cáo vượt quá số nhiệm vụ tối đa (report-too-large) */
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
                    /** @description Số giây cần đợi trước khi thử lại */
                    "Retry-After": string;
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
    logout: {
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
            /** @description Chưa đăng nhập (unauthenticated, invalid-credentials) */
            401: {
                headers: {
                    /** @description Cách xác thực: khoá API gửi trong Authorization: Bearer …; trình duyệt dùng cookie phiên dondoc_session sau POST /v1/auth/login */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền (forbidden, csrf-failed, password-change-required) */
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
            /** @description Xung đột (conflict, invalid-transition, idempotency-in-progress, idempotency-secret-shown-once) */
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
            /** @description Trái quy chế theo dõi, đôn đốc (rule-violated: the `rule` member names the rule) hoặc Idempotency-Key dùng lại cho yêu cầu khác (idempotency-key-reused) hoặc địa chỉ webhook không công khai (unsafe-target: `errors` names the field) hoặc báo cáo vượt quá số nhiệm vụ tối đa (report-too-large) */
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
    getSession: {
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
            /** @description Chưa đăng nhập (unauthenticated, invalid-credentials) */
            401: {
                headers: {
                    /** @description Cách xác thực: khoá API gửi trong Authorization: Bearer …; trình duyệt dùng cookie phiên dondoc_session sau POST /v1/auth/login */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền (forbidden, csrf-failed, password-change-required) */
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
            /** @description Xung đột (conflict, invalid-transition, idempotency-in-progress, idempotency-secret-shown-once) */
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
            /** @description Trái quy chế theo dõi, đôn đốc (rule-violated: the `rule` member names the rule) hoặc Idempotency-Key dùng lại cho yêu cầu khác (idempotency-key-reused) hoặc địa chỉ webhook không công khai (unsafe-target: `errors` names the field) hoặc báo cáo vượt quá số nhiệm vụ tối đa (report-too-large) */
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
    changePassword: {
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
            /** @description Chưa đăng nhập (unauthenticated, invalid-credentials) */
            401: {
                headers: {
                    /** @description Cách xác thực: khoá API gửi trong Authorization: Bearer …; trình duyệt dùng cookie phiên dondoc_session sau POST /v1/auth/login */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền (forbidden, csrf-failed, password-change-required) */
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
            /** @description Xung đột (conflict, invalid-transition, idempotency-in-progress, idempotency-secret-shown-once) */
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
            /** @description Trái quy chế theo dõi, đôn đốc (rule-violated: the `rule` member names the rule) hoặc Idempotency-Key dùng lại cho yêu cầu khác (idempotency-key-reused) hoặc địa chỉ webhook không công khai (unsafe-target: `errors` names the field) hoặc báo cáo vượt quá số nhiệm vụ tối đa (report-too-large) */
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
    listAgencies: {
        parameters: {
            query?: {
                /** @description Con trỏ trang: nextCursor của trang trước / the previous page's nextCursor */
                cursor?: string;
                /** @description Số phần tử mỗi trang (mặc định 100, tối đa 500) */
                limit?: number;
                /** @description Tìm theo tên, tên tắt, bí danh (không dấu) */
                q?: string;
                /** @description Chỉ cơ quan còn hoạt động vào ngày này */
                activeOn?: string;
                /** @description Cơ quan cấp trên */
                parentId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Cơ quan */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgencyList"];
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
            /** @description Chưa đăng nhập (unauthenticated, invalid-credentials) */
            401: {
                headers: {
                    /** @description Cách xác thực: khoá API gửi trong Authorization: Bearer …; trình duyệt dùng cookie phiên dondoc_session sau POST /v1/auth/login */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền (forbidden, csrf-failed, password-change-required) */
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
            /** @description Xung đột (conflict, invalid-transition, idempotency-in-progress, idempotency-secret-shown-once) */
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
            /** @description Trái quy chế theo dõi, đôn đốc (rule-violated: the `rule` member names the rule) hoặc Idempotency-Key dùng lại cho yêu cầu khác (idempotency-key-reused) hoặc địa chỉ webhook không công khai (unsafe-target: `errors` names the field) hoặc báo cáo vượt quá số nhiệm vụ tối đa (report-too-large) */
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
    createAgency: {
        parameters: {
            query?: never;
            header?: {
                /** @description Khoá chống gửi trùng: cùng khoá, cùng nội dung → trả lại đúng phản hồi lần đầu */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        /** @description Nội dung yêu cầu */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateAgency"];
            };
        };
        responses: {
            /** @description Cơ quan đã thêm */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Agency"];
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
            /** @description Chưa đăng nhập (unauthenticated, invalid-credentials) */
            401: {
                headers: {
                    /** @description Cách xác thực: khoá API gửi trong Authorization: Bearer …; trình duyệt dùng cookie phiên dondoc_session sau POST /v1/auth/login */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền (forbidden, csrf-failed, password-change-required) */
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
            /** @description Xung đột (conflict, invalid-transition, idempotency-in-progress, idempotency-secret-shown-once) */
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
            /** @description Trái quy chế theo dõi, đôn đốc (rule-violated: the `rule` member names the rule) hoặc Idempotency-Key dùng lại cho yêu cầu khác (idempotency-key-reused) hoặc địa chỉ webhook không công khai (unsafe-target: `errors` names the field) hoặc báo cáo vượt quá số nhiệm vụ tối đa (report-too-large) */
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
    getAgency: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Mã định danh */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Cơ quan */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Agency"];
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
            /** @description Chưa đăng nhập (unauthenticated, invalid-credentials) */
            401: {
                headers: {
                    /** @description Cách xác thực: khoá API gửi trong Authorization: Bearer …; trình duyệt dùng cookie phiên dondoc_session sau POST /v1/auth/login */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền (forbidden, csrf-failed, password-change-required) */
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
            /** @description Xung đột (conflict, invalid-transition, idempotency-in-progress, idempotency-secret-shown-once) */
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
            /** @description Trái quy chế theo dõi, đôn đốc (rule-violated: the `rule` member names the rule) hoặc Idempotency-Key dùng lại cho yêu cầu khác (idempotency-key-reused) hoặc địa chỉ webhook không công khai (unsafe-target: `errors` names the field) hoặc báo cáo vượt quá số nhiệm vụ tối đa (report-too-large) */
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
    updateAgency: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag của phiên bản đang sửa (bắt buộc; thiếu → 428, cũ → 412) */
                "if-match"?: string;
            };
            path: {
                /** @description Mã định danh */
                id: string;
            };
            cookie?: never;
        };
        /** @description Nội dung yêu cầu */
        requestBody: {
            content: {
                "application/json": components["schemas"]["AgencyPatch"];
            };
        };
        responses: {
            /** @description Cơ quan sau khi sửa */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Agency"];
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
            /** @description Chưa đăng nhập (unauthenticated, invalid-credentials) */
            401: {
                headers: {
                    /** @description Cách xác thực: khoá API gửi trong Authorization: Bearer …; trình duyệt dùng cookie phiên dondoc_session sau POST /v1/auth/login */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền (forbidden, csrf-failed, password-change-required) */
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
            /** @description Xung đột (conflict, invalid-transition, idempotency-in-progress, idempotency-secret-shown-once) */
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
            /** @description Trái quy chế theo dõi, đôn đốc (rule-violated: the `rule` member names the rule) hoặc Idempotency-Key dùng lại cho yêu cầu khác (idempotency-key-reused) hoặc địa chỉ webhook không công khai (unsafe-target: `errors` names the field) hoặc báo cáo vượt quá số nhiệm vụ tối đa (report-too-large) */
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
    mergeAgency: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag của phiên bản đang sửa (bắt buộc; thiếu → 428, cũ → 412) */
                "if-match"?: string;
            };
            path: {
                /** @description Mã định danh */
                id: string;
            };
            cookie?: never;
        };
        /** @description Nội dung yêu cầu */
        requestBody: {
            content: {
                "application/json": components["schemas"]["MergeAgency"];
            };
        };
        responses: {
            /** @description Cơ quan đã sáp nhập và các nhiệm vụ đã chuyển */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MergeResult"];
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
            /** @description Chưa đăng nhập (unauthenticated, invalid-credentials) */
            401: {
                headers: {
                    /** @description Cách xác thực: khoá API gửi trong Authorization: Bearer …; trình duyệt dùng cookie phiên dondoc_session sau POST /v1/auth/login */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền (forbidden, csrf-failed, password-change-required) */
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
            /** @description Xung đột (conflict, invalid-transition, idempotency-in-progress, idempotency-secret-shown-once) */
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
            /** @description Trái quy chế theo dõi, đôn đốc (rule-violated: the `rule` member names the rule) hoặc Idempotency-Key dùng lại cho yêu cầu khác (idempotency-key-reused) hoặc địa chỉ webhook không công khai (unsafe-target: `errors` names the field) hoặc báo cáo vượt quá số nhiệm vụ tối đa (report-too-large) */
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
    remindAgency: {
        parameters: {
            query?: never;
            header?: {
                /** @description Khoá chống gửi trùng: cùng khoá, cùng nội dung → trả lại đúng phản hồi lần đầu */
                "idempotency-key"?: string;
            };
            path: {
                /** @description Mã định danh */
                id: string;
            };
            cookie?: never;
        };
        /** @description Nội dung yêu cầu */
        requestBody: {
            content: {
                "application/json": components["schemas"]["RemindAgency"];
            };
        };
        responses: {
            /** @description Đã đôn đốc */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgencyReminded"];
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
            /** @description Chưa đăng nhập (unauthenticated, invalid-credentials) */
            401: {
                headers: {
                    /** @description Cách xác thực: khoá API gửi trong Authorization: Bearer …; trình duyệt dùng cookie phiên dondoc_session sau POST /v1/auth/login */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền (forbidden, csrf-failed, password-change-required) */
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
            /** @description Xung đột (conflict, invalid-transition, idempotency-in-progress, idempotency-secret-shown-once) */
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
            /** @description Trái quy chế theo dõi, đôn đốc (rule-violated: the `rule` member names the rule) hoặc Idempotency-Key dùng lại cho yêu cầu khác (idempotency-key-reused) hoặc địa chỉ webhook không công khai (unsafe-target: `errors` names the field) hoặc báo cáo vượt quá số nhiệm vụ tối đa (report-too-large) */
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
    listAgencyGroups: {
        parameters: {
            query?: {
                /** @description Con trỏ trang: nextCursor của trang trước / the previous page's nextCursor */
                cursor?: string;
                /** @description Số phần tử mỗi trang (mặc định 100, tối đa 500) */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Nhóm */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgencyGroupList"];
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
            /** @description Chưa đăng nhập (unauthenticated, invalid-credentials) */
            401: {
                headers: {
                    /** @description Cách xác thực: khoá API gửi trong Authorization: Bearer …; trình duyệt dùng cookie phiên dondoc_session sau POST /v1/auth/login */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền (forbidden, csrf-failed, password-change-required) */
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
            /** @description Xung đột (conflict, invalid-transition, idempotency-in-progress, idempotency-secret-shown-once) */
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
            /** @description Trái quy chế theo dõi, đôn đốc (rule-violated: the `rule` member names the rule) hoặc Idempotency-Key dùng lại cho yêu cầu khác (idempotency-key-reused) hoặc địa chỉ webhook không công khai (unsafe-target: `errors` names the field) hoặc báo cáo vượt quá số nhiệm vụ tối đa (report-too-large) */
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
    listAgencyOfficers: {
        parameters: {
            query?: {
                /** @description Con trỏ trang: nextCursor của trang trước / the previous page's nextCursor */
                cursor?: string;
                /** @description Số phần tử mỗi trang (mặc định 100, tối đa 500) */
                limit?: number;
            };
            header?: never;
            path: {
                /** @description Mã định danh */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Các cán bộ đang hoạt động, theo tên */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgencyOfficerPage"];
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
            /** @description Chưa đăng nhập (unauthenticated, invalid-credentials) */
            401: {
                headers: {
                    /** @description Cách xác thực: khoá API gửi trong Authorization: Bearer …; trình duyệt dùng cookie phiên dondoc_session sau POST /v1/auth/login */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền (forbidden, csrf-failed, password-change-required) */
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
            /** @description Xung đột (conflict, invalid-transition, idempotency-in-progress, idempotency-secret-shown-once) */
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
            /** @description Trái quy chế theo dõi, đôn đốc (rule-violated: the `rule` member names the rule) hoặc Idempotency-Key dùng lại cho yêu cầu khác (idempotency-key-reused) hoặc địa chỉ webhook không công khai (unsafe-target: `errors` names the field) hoặc báo cáo vượt quá số nhiệm vụ tối đa (report-too-large) */
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
    listResolutions: {
        parameters: {
            query?: {
                /** @description Con trỏ trang: nextCursor của trang trước / the previous page's nextCursor */
                cursor?: string;
                /** @description Số phần tử mỗi trang (mặc định 100, tối đa 500) */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Nghị quyết */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResolutionList"];
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
            /** @description Chưa đăng nhập (unauthenticated, invalid-credentials) */
            401: {
                headers: {
                    /** @description Cách xác thực: khoá API gửi trong Authorization: Bearer …; trình duyệt dùng cookie phiên dondoc_session sau POST /v1/auth/login */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền (forbidden, csrf-failed, password-change-required) */
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
            /** @description Xung đột (conflict, invalid-transition, idempotency-in-progress, idempotency-secret-shown-once) */
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
            /** @description Trái quy chế theo dõi, đôn đốc (rule-violated: the `rule` member names the rule) hoặc Idempotency-Key dùng lại cho yêu cầu khác (idempotency-key-reused) hoặc địa chỉ webhook không công khai (unsafe-target: `errors` names the field) hoặc báo cáo vượt quá số nhiệm vụ tối đa (report-too-large) */
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
    createResolution: {
        parameters: {
            query?: never;
            header?: {
                /** @description Khoá chống gửi trùng: cùng khoá, cùng nội dung → trả lại đúng phản hồi lần đầu */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        /** @description Nội dung yêu cầu */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResolutionInput"];
            };
        };
        responses: {
            /** @description Nghị quyết đã thêm */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Resolution"];
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
            /** @description Chưa đăng nhập (unauthenticated, invalid-credentials) */
            401: {
                headers: {
                    /** @description Cách xác thực: khoá API gửi trong Authorization: Bearer …; trình duyệt dùng cookie phiên dondoc_session sau POST /v1/auth/login */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền (forbidden, csrf-failed, password-change-required) */
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
            /** @description Xung đột (conflict, invalid-transition, idempotency-in-progress, idempotency-secret-shown-once) */
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
            /** @description Trái quy chế theo dõi, đôn đốc (rule-violated: the `rule` member names the rule) hoặc Idempotency-Key dùng lại cho yêu cầu khác (idempotency-key-reused) hoặc địa chỉ webhook không công khai (unsafe-target: `errors` names the field) hoặc báo cáo vượt quá số nhiệm vụ tối đa (report-too-large) */
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
    getResolution: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Mã định danh */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Nghị quyết */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Resolution"];
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
            /** @description Chưa đăng nhập (unauthenticated, invalid-credentials) */
            401: {
                headers: {
                    /** @description Cách xác thực: khoá API gửi trong Authorization: Bearer …; trình duyệt dùng cookie phiên dondoc_session sau POST /v1/auth/login */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền (forbidden, csrf-failed, password-change-required) */
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
            /** @description Xung đột (conflict, invalid-transition, idempotency-in-progress, idempotency-secret-shown-once) */
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
            /** @description Trái quy chế theo dõi, đôn đốc (rule-violated: the `rule` member names the rule) hoặc Idempotency-Key dùng lại cho yêu cầu khác (idempotency-key-reused) hoặc địa chỉ webhook không công khai (unsafe-target: `errors` names the field) hoặc báo cáo vượt quá số nhiệm vụ tối đa (report-too-large) */
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
    updateResolution: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag của phiên bản đang sửa (bắt buộc; thiếu → 428, cũ → 412) */
                "if-match"?: string;
            };
            path: {
                /** @description Mã định danh */
                id: string;
            };
            cookie?: never;
        };
        /** @description Nội dung yêu cầu */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResolutionInput"];
            };
        };
        responses: {
            /** @description Nghị quyết sau khi sửa */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Resolution"];
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
            /** @description Chưa đăng nhập (unauthenticated, invalid-credentials) */
            401: {
                headers: {
                    /** @description Cách xác thực: khoá API gửi trong Authorization: Bearer …; trình duyệt dùng cookie phiên dondoc_session sau POST /v1/auth/login */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền (forbidden, csrf-failed, password-change-required) */
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
            /** @description Xung đột (conflict, invalid-transition, idempotency-in-progress, idempotency-secret-shown-once) */
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
            /** @description Trái quy chế theo dõi, đôn đốc (rule-violated: the `rule` member names the rule) hoặc Idempotency-Key dùng lại cho yêu cầu khác (idempotency-key-reused) hoặc địa chỉ webhook không công khai (unsafe-target: `errors` names the field) hoặc báo cáo vượt quá số nhiệm vụ tối đa (report-too-large) */
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
    listNotices: {
        parameters: {
            query?: {
                /** @description draft: đang rà soát; published: đã ban hành, nhiệm vụ mở; archived: lưu trữ */
                lifecycle?: "draft" | "published" | "archived";
                /** @description Tìm theo số, ký hiệu, trích yếu (không dấu) */
                q?: string;
                /** @description Con trỏ trang */
                cursor?: string;
                /** @description Số phần tử mỗi trang */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Một trang thông báo */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NoticePage"];
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
            /** @description Chưa đăng nhập (unauthenticated, invalid-credentials) */
            401: {
                headers: {
                    /** @description Cách xác thực: khoá API gửi trong Authorization: Bearer …; trình duyệt dùng cookie phiên dondoc_session sau POST /v1/auth/login */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền (forbidden, csrf-failed, password-change-required) */
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
            /** @description Xung đột (conflict, invalid-transition, idempotency-in-progress, idempotency-secret-shown-once) */
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
            /** @description Trái quy chế theo dõi, đôn đốc (rule-violated: the `rule` member names the rule) hoặc Idempotency-Key dùng lại cho yêu cầu khác (idempotency-key-reused) hoặc địa chỉ webhook không công khai (unsafe-target: `errors` names the field) hoặc báo cáo vượt quá số nhiệm vụ tối đa (report-too-large) */
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
    createNotice: {
        parameters: {
            query?: never;
            header?: {
                /** @description Khoá chống gửi trùng: cùng khoá, cùng nội dung → trả lại đúng phản hồi lần đầu */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        /** @description Nội dung yêu cầu */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateNotice"];
            };
        };
        responses: {
            /** @description Bản nháp đã tạo */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Notice"];
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
            /** @description Chưa đăng nhập (unauthenticated, invalid-credentials) */
            401: {
                headers: {
                    /** @description Cách xác thực: khoá API gửi trong Authorization: Bearer …; trình duyệt dùng cookie phiên dondoc_session sau POST /v1/auth/login */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền (forbidden, csrf-failed, password-change-required) */
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
            /** @description Xung đột (conflict, invalid-transition, idempotency-in-progress, idempotency-secret-shown-once) */
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
            /** @description Trái quy chế theo dõi, đôn đốc (rule-violated: the `rule` member names the rule) hoặc Idempotency-Key dùng lại cho yêu cầu khác (idempotency-key-reused) hoặc địa chỉ webhook không công khai (unsafe-target: `errors` names the field) hoặc báo cáo vượt quá số nhiệm vụ tối đa (report-too-large) */
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
    parseNotice: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Văn bản (JSON) hoặc tệp (multipart, trường `file`) */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["ParseText"];
                "multipart/form-data": components["schemas"]["ParseFile"];
            };
        };
        responses: {
            /** @description Kết quả phân tích */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ParsedNotice"];
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
            /** @description Chưa đăng nhập (unauthenticated, invalid-credentials) */
            401: {
                headers: {
                    /** @description Cách xác thực: khoá API gửi trong Authorization: Bearer …; trình duyệt dùng cookie phiên dondoc_session sau POST /v1/auth/login */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền (forbidden, csrf-failed, password-change-required) */
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
            /** @description Xung đột (conflict, invalid-transition, idempotency-in-progress, idempotency-secret-shown-once) */
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
            /** @description Trái quy chế theo dõi, đôn đốc (rule-violated: the `rule` member names the rule) hoặc Idempotency-Key dùng lại cho yêu cầu khác (idempotency-key-reused) hoặc địa chỉ webhook không công khai (unsafe-target: `errors` names the field) hoặc báo cáo vượt quá số nhiệm vụ tối đa (report-too-large) */
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
    getNotice: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Mã định danh */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Thông báo, các kết luận và nhiệm vụ */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Notice"];
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
            /** @description Chưa đăng nhập (unauthenticated, invalid-credentials) */
            401: {
                headers: {
                    /** @description Cách xác thực: khoá API gửi trong Authorization: Bearer …; trình duyệt dùng cookie phiên dondoc_session sau POST /v1/auth/login */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền (forbidden, csrf-failed, password-change-required) */
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
            /** @description Xung đột (conflict, invalid-transition, idempotency-in-progress, idempotency-secret-shown-once) */
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
            /** @description Trái quy chế theo dõi, đôn đốc (rule-violated: the `rule` member names the rule) hoặc Idempotency-Key dùng lại cho yêu cầu khác (idempotency-key-reused) hoặc địa chỉ webhook không công khai (unsafe-target: `errors` names the field) hoặc báo cáo vượt quá số nhiệm vụ tối đa (report-too-large) */
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
    updateNotice: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag của phiên bản đang sửa (bắt buộc; thiếu → 428, cũ → 412) */
                "if-match"?: string;
            };
            path: {
                /** @description Mã định danh */
                id: string;
            };
            cookie?: never;
        };
        /** @description Nội dung yêu cầu */
        requestBody: {
            content: {
                "application/json": components["schemas"]["NoticePatch"];
            };
        };
        responses: {
            /** @description Thông báo sau khi sửa */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Notice"];
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
            /** @description Chưa đăng nhập (unauthenticated, invalid-credentials) */
            401: {
                headers: {
                    /** @description Cách xác thực: khoá API gửi trong Authorization: Bearer …; trình duyệt dùng cookie phiên dondoc_session sau POST /v1/auth/login */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền (forbidden, csrf-failed, password-change-required) */
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
            /** @description Xung đột (conflict, invalid-transition, idempotency-in-progress, idempotency-secret-shown-once) */
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
            /** @description Trái quy chế theo dõi, đôn đốc (rule-violated: the `rule` member names the rule) hoặc Idempotency-Key dùng lại cho yêu cầu khác (idempotency-key-reused) hoặc địa chỉ webhook không công khai (unsafe-target: `errors` names the field) hoặc báo cáo vượt quá số nhiệm vụ tối đa (report-too-large) */
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
    addNoticeTask: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag của phiên bản đang sửa (bắt buộc; thiếu → 428, cũ → 412) */
                "if-match"?: string;
                /** @description Khoá chống gửi trùng: cùng khoá, cùng nội dung → trả lại đúng phản hồi lần đầu */
                "idempotency-key"?: string;
            };
            path: {
                /** @description Mã định danh */
                id: string;
            };
            cookie?: never;
        };
        /** @description Nội dung yêu cầu */
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddTask"];
            };
        };
        responses: {
            /** @description Thông báo sau khi thêm */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Notice"];
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
            /** @description Chưa đăng nhập (unauthenticated, invalid-credentials) */
            401: {
                headers: {
                    /** @description Cách xác thực: khoá API gửi trong Authorization: Bearer …; trình duyệt dùng cookie phiên dondoc_session sau POST /v1/auth/login */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền (forbidden, csrf-failed, password-change-required) */
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
            /** @description Xung đột (conflict, invalid-transition, idempotency-in-progress, idempotency-secret-shown-once) */
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
            /** @description Trái quy chế theo dõi, đôn đốc (rule-violated: the `rule` member names the rule) hoặc Idempotency-Key dùng lại cho yêu cầu khác (idempotency-key-reused) hoặc địa chỉ webhook không công khai (unsafe-target: `errors` names the field) hoặc báo cáo vượt quá số nhiệm vụ tối đa (report-too-large) */
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
    updateDirective: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag của phiên bản đang sửa (bắt buộc; thiếu → 428, cũ → 412) */
                "if-match"?: string;
            };
            path: {
                /** @description Mã định danh */
                id: string;
            };
            cookie?: never;
        };
        /** @description Nội dung yêu cầu */
        requestBody: {
            content: {
                "application/json": components["schemas"]["DirectivePatch"];
            };
        };
        responses: {
            /** @description Thông báo sau khi sửa */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Notice"];
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
            /** @description Chưa đăng nhập (unauthenticated, invalid-credentials) */
            401: {
                headers: {
                    /** @description Cách xác thực: khoá API gửi trong Authorization: Bearer …; trình duyệt dùng cookie phiên dondoc_session sau POST /v1/auth/login */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền (forbidden, csrf-failed, password-change-required) */
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
            /** @description Xung đột (conflict, invalid-transition, idempotency-in-progress, idempotency-secret-shown-once) */
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
            /** @description Trái quy chế theo dõi, đôn đốc (rule-violated: the `rule` member names the rule) hoặc Idempotency-Key dùng lại cho yêu cầu khác (idempotency-key-reused) hoặc địa chỉ webhook không công khai (unsafe-target: `errors` names the field) hoặc báo cáo vượt quá số nhiệm vụ tối đa (report-too-large) */
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
    getTask: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Mã định danh */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Nhiệm vụ; tiêu đề ETag mang phiên bản */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Task"];
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
            /** @description Chưa đăng nhập (unauthenticated, invalid-credentials) */
            401: {
                headers: {
                    /** @description Cách xác thực: khoá API gửi trong Authorization: Bearer …; trình duyệt dùng cookie phiên dondoc_session sau POST /v1/auth/login */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền (forbidden, csrf-failed, password-change-required) */
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
            /** @description Xung đột (conflict, invalid-transition, idempotency-in-progress, idempotency-secret-shown-once) */
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
            /** @description Trái quy chế theo dõi, đôn đốc (rule-violated: the `rule` member names the rule) hoặc Idempotency-Key dùng lại cho yêu cầu khác (idempotency-key-reused) hoặc địa chỉ webhook không công khai (unsafe-target: `errors` names the field) hoặc báo cáo vượt quá số nhiệm vụ tối đa (report-too-large) */
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
    deleteDraftTask: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag của phiên bản đang sửa (bắt buộc; thiếu → 428, cũ → 412) */
                "if-match"?: string;
            };
            path: {
                /** @description Mã định danh */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Đã xoá */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeletedTask"];
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
            /** @description Chưa đăng nhập (unauthenticated, invalid-credentials) */
            401: {
                headers: {
                    /** @description Cách xác thực: khoá API gửi trong Authorization: Bearer …; trình duyệt dùng cookie phiên dondoc_session sau POST /v1/auth/login */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền (forbidden, csrf-failed, password-change-required) */
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
            /** @description Xung đột (conflict, invalid-transition, idempotency-in-progress, idempotency-secret-shown-once) */
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
            /** @description Trái quy chế theo dõi, đôn đốc (rule-violated: the `rule` member names the rule) hoặc Idempotency-Key dùng lại cho yêu cầu khác (idempotency-key-reused) hoặc địa chỉ webhook không công khai (unsafe-target: `errors` names the field) hoặc báo cáo vượt quá số nhiệm vụ tối đa (report-too-large) */
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
    updateTask: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag của phiên bản đang sửa (bắt buộc; thiếu → 428, cũ → 412) */
                "if-match"?: string;
            };
            path: {
                /** @description Mã định danh */
                id: string;
            };
            cookie?: never;
        };
        /** @description Nội dung yêu cầu */
        requestBody: {
            content: {
                "application/json": components["schemas"]["TaskPatch"];
            };
        };
        responses: {
            /** @description Nhiệm vụ sau khi sửa */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Task"];
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
            /** @description Chưa đăng nhập (unauthenticated, invalid-credentials) */
            401: {
                headers: {
                    /** @description Cách xác thực: khoá API gửi trong Authorization: Bearer …; trình duyệt dùng cookie phiên dondoc_session sau POST /v1/auth/login */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền (forbidden, csrf-failed, password-change-required) */
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
            /** @description Xung đột (conflict, invalid-transition, idempotency-in-progress, idempotency-secret-shown-once) */
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
            /** @description Trái quy chế theo dõi, đôn đốc (rule-violated: the `rule` member names the rule) hoặc Idempotency-Key dùng lại cho yêu cầu khác (idempotency-key-reused) hoặc địa chỉ webhook không công khai (unsafe-target: `errors` names the field) hoặc báo cáo vượt quá số nhiệm vụ tối đa (report-too-large) */
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
    publishNotice: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag của phiên bản đang sửa (bắt buộc; thiếu → 428, cũ → 412) */
                "if-match"?: string;
            };
            path: {
                /** @description Mã định danh */
                id: string;
            };
            cookie?: never;
        };
        /** @description Nội dung yêu cầu (không bắt buộc) */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["PublishNotice"];
            };
        };
        responses: {
            /** @description Thông báo đã ban hành, nhiệm vụ đã mở */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Notice"];
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
            /** @description Chưa đăng nhập (unauthenticated, invalid-credentials) */
            401: {
                headers: {
                    /** @description Cách xác thực: khoá API gửi trong Authorization: Bearer …; trình duyệt dùng cookie phiên dondoc_session sau POST /v1/auth/login */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền (forbidden, csrf-failed, password-change-required) */
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
            /** @description Xung đột (conflict, invalid-transition, idempotency-in-progress, idempotency-secret-shown-once) */
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
            /** @description Trái quy chế theo dõi, đôn đốc (rule-violated: the `rule` member names the rule) hoặc Idempotency-Key dùng lại cho yêu cầu khác (idempotency-key-reused) hoặc địa chỉ webhook không công khai (unsafe-target: `errors` names the field) hoặc báo cáo vượt quá số nhiệm vụ tối đa (report-too-large) */
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
    archiveNotice: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag của phiên bản đang sửa (bắt buộc; thiếu → 428, cũ → 412) */
                "if-match"?: string;
            };
            path: {
                /** @description Mã định danh */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Thông báo đã lưu trữ */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Notice"];
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
            /** @description Chưa đăng nhập (unauthenticated, invalid-credentials) */
            401: {
                headers: {
                    /** @description Cách xác thực: khoá API gửi trong Authorization: Bearer …; trình duyệt dùng cookie phiên dondoc_session sau POST /v1/auth/login */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền (forbidden, csrf-failed, password-change-required) */
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
            /** @description Xung đột (conflict, invalid-transition, idempotency-in-progress, idempotency-secret-shown-once) */
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
            /** @description Trái quy chế theo dõi, đôn đốc (rule-violated: the `rule` member names the rule) hoặc Idempotency-Key dùng lại cho yêu cầu khác (idempotency-key-reused) hoặc địa chỉ webhook không công khai (unsafe-target: `errors` names the field) hoặc báo cáo vượt quá số nhiệm vụ tối đa (report-too-large) */
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
    listTasks: {
        parameters: {
            query?: {
                /** @description Cơ quan chủ trì */
                agencyId?: string;
                /** @description Trạng thái xử lý (lưu trữ) */
                lifecycle?: "draft" | "open" | "submitted" | "done" | "paused" | "cancelled";
                /** @description Tình hình thực hiện so với thời hạn, tính tại thời điểm trả lời (không lưu) */
                timeliness?: "draft" | "cancelled" | "paused" | "no-deadline" | "not-due" | "due-soon" | "overdue" | "done-on-time" | "done-late" | "done";
                /** @description Nhóm số ngày quá hạn của nhiệm vụ đang quá hạn, tính đến hôm nay (ngày lịch, từ ngày sau ngày hạn): 1-7, 8-30, 31-90 hoặc over-90 (trên 90 ngày) */
                latenessBand?: "1-7" | "8-30" | "31-90" | "over-90";
                /** @description Hạn từ ngày (bao gồm) */
                dueFrom?: string;
                /** @description Hạn đến ngày (bao gồm) */
                dueTo?: string;
                /** @description Thông báo */
                noticeId?: string;
                /** @description Nghị quyết */
                resolutionId?: string;
                /** @description Chuyên viên xử lý: mã tài khoản, hoặc `me` cho những việc được giao cho chính người gọi (việc của tôi) */
                handlerId?: string;
                /** @description Tìm theo nội dung, không phân biệt dấu */
                q?: string;
                /** @description Sắp xếp (dấu - là giảm dần) */
                sort?: "dueOn" | "-dueOn" | "createdAt" | "-createdAt";
                /** @description Con trỏ trang từ nextCursor */
                cursor?: string;
                /** @description Số phần tử mỗi trang */
                limit?: number;
            };
            header?: {
                /** @description ETag của trang đã có: không đổi → 304 */
                "if-none-match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Một trang nhiệm vụ (gzip khi Accept-Encoding cho phép) */
            200: {
                headers: {
                    /** @description Định danh yếu của trang, dùng cho If-None-Match */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskPage"];
                };
            };
            /** @description Trang không đổi so với If-None-Match */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description Chưa đăng nhập (unauthenticated, invalid-credentials) */
            401: {
                headers: {
                    /** @description Cách xác thực: khoá API gửi trong Authorization: Bearer …; trình duyệt dùng cookie phiên dondoc_session sau POST /v1/auth/login */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền (forbidden, csrf-failed, password-change-required) */
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
            /** @description Xung đột (conflict, invalid-transition, idempotency-in-progress, idempotency-secret-shown-once) */
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
            /** @description Trái quy chế theo dõi, đôn đốc (rule-violated: the `rule` member names the rule) hoặc Idempotency-Key dùng lại cho yêu cầu khác (idempotency-key-reused) hoặc địa chỉ webhook không công khai (unsafe-target: `errors` names the field) hoặc báo cáo vượt quá số nhiệm vụ tối đa (report-too-large) */
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
    getSummary: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Số liệu tổng quan của người gọi, tính tại thời điểm trả lời */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Summary"];
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
            /** @description Chưa đăng nhập (unauthenticated, invalid-credentials) */
            401: {
                headers: {
                    /** @description Cách xác thực: khoá API gửi trong Authorization: Bearer …; trình duyệt dùng cookie phiên dondoc_session sau POST /v1/auth/login */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền (forbidden, csrf-failed, password-change-required) */
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
            /** @description Xung đột (conflict, invalid-transition, idempotency-in-progress, idempotency-secret-shown-once) */
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
            /** @description Trái quy chế theo dõi, đôn đốc (rule-violated: the `rule` member names the rule) hoặc Idempotency-Key dùng lại cho yêu cầu khác (idempotency-key-reused) hoặc địa chỉ webhook không công khai (unsafe-target: `errors` names the field) hoặc báo cáo vượt quá số nhiệm vụ tối đa (report-too-large) */
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
    completeTask: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag của phiên bản đang sửa (bắt buộc; thiếu → 428, cũ → 412) */
                "if-match"?: string;
            };
            path: {
                /** @description Mã định danh */
                id: string;
            };
            cookie?: never;
        };
        /** @description Nội dung yêu cầu */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CompleteTask"];
            };
        };
        responses: {
            /** @description Nhiệm vụ đã hoàn thành; hoặc chờ xác nhận (lifecycle submitted) khi quy chế yêu cầu văn phòng xác nhận báo cáo của cơ quan */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Task"];
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
            /** @description Chưa đăng nhập (unauthenticated, invalid-credentials) */
            401: {
                headers: {
                    /** @description Cách xác thực: khoá API gửi trong Authorization: Bearer …; trình duyệt dùng cookie phiên dondoc_session sau POST /v1/auth/login */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền (forbidden, csrf-failed, password-change-required) */
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
            /** @description Xung đột (conflict, invalid-transition, idempotency-in-progress, idempotency-secret-shown-once) */
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
            /** @description Trái quy chế theo dõi, đôn đốc (rule-violated: the `rule` member names the rule) hoặc Idempotency-Key dùng lại cho yêu cầu khác (idempotency-key-reused) hoặc địa chỉ webhook không công khai (unsafe-target: `errors` names the field) hoặc báo cáo vượt quá số nhiệm vụ tối đa (report-too-large) */
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
    acceptTaskCompletion: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag của phiên bản đang sửa (bắt buộc; thiếu → 428, cũ → 412) */
                "if-match"?: string;
            };
            path: {
                /** @description Mã định danh */
                id: string;
            };
            cookie?: never;
        };
        /** @description Nội dung yêu cầu */
        requestBody: {
            content: {
                "application/json": components["schemas"]["AcceptCompletion"];
            };
        };
        responses: {
            /** @description Nhiệm vụ đã hoàn thành, tính theo ngày hoàn thành cơ quan báo cáo */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Task"];
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
            /** @description Chưa đăng nhập (unauthenticated, invalid-credentials) */
            401: {
                headers: {
                    /** @description Cách xác thực: khoá API gửi trong Authorization: Bearer …; trình duyệt dùng cookie phiên dondoc_session sau POST /v1/auth/login */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền (forbidden, csrf-failed, password-change-required) */
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
            /** @description Xung đột (conflict, invalid-transition, idempotency-in-progress, idempotency-secret-shown-once) */
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
            /** @description Trái quy chế theo dõi, đôn đốc (rule-violated: the `rule` member names the rule) hoặc Idempotency-Key dùng lại cho yêu cầu khác (idempotency-key-reused) hoặc địa chỉ webhook không công khai (unsafe-target: `errors` names the field) hoặc báo cáo vượt quá số nhiệm vụ tối đa (report-too-large) */
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
    returnTaskCompletion: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag của phiên bản đang sửa (bắt buộc; thiếu → 428, cũ → 412) */
                "if-match"?: string;
            };
            path: {
                /** @description Mã định danh */
                id: string;
            };
            cookie?: never;
        };
        /** @description Nội dung yêu cầu */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReturnCompletion"];
            };
        };
        responses: {
            /** @description Nhiệm vụ trở lại đang thực hiện, kèm lý do trả lại */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Task"];
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
            /** @description Chưa đăng nhập (unauthenticated, invalid-credentials) */
            401: {
                headers: {
                    /** @description Cách xác thực: khoá API gửi trong Authorization: Bearer …; trình duyệt dùng cookie phiên dondoc_session sau POST /v1/auth/login */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền (forbidden, csrf-failed, password-change-required) */
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
            /** @description Xung đột (conflict, invalid-transition, idempotency-in-progress, idempotency-secret-shown-once) */
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
            /** @description Trái quy chế theo dõi, đôn đốc (rule-violated: the `rule` member names the rule) hoặc Idempotency-Key dùng lại cho yêu cầu khác (idempotency-key-reused) hoặc địa chỉ webhook không công khai (unsafe-target: `errors` names the field) hoặc báo cáo vượt quá số nhiệm vụ tối đa (report-too-large) */
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
    transitionTask: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag của phiên bản đang sửa (bắt buộc; thiếu → 428, cũ → 412) */
                "if-match"?: string;
            };
            path: {
                /** @description Mã định danh */
                id: string;
            };
            cookie?: never;
        };
        /** @description Nội dung yêu cầu */
        requestBody: {
            content: {
                "application/json": components["schemas"]["TaskTransition"];
            };
        };
        responses: {
            /** @description Nhiệm vụ sau khi chuyển trạng thái */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Task"];
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
            /** @description Chưa đăng nhập (unauthenticated, invalid-credentials) */
            401: {
                headers: {
                    /** @description Cách xác thực: khoá API gửi trong Authorization: Bearer …; trình duyệt dùng cookie phiên dondoc_session sau POST /v1/auth/login */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền (forbidden, csrf-failed, password-change-required) */
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
            /** @description Xung đột (conflict, invalid-transition, idempotency-in-progress, idempotency-secret-shown-once) */
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
            /** @description Trái quy chế theo dõi, đôn đốc (rule-violated: the `rule` member names the rule) hoặc Idempotency-Key dùng lại cho yêu cầu khác (idempotency-key-reused) hoặc địa chỉ webhook không công khai (unsafe-target: `errors` names the field) hoặc báo cáo vượt quá số nhiệm vụ tối đa (report-too-large) */
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
    delegateTask: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag của phiên bản đang sửa (bắt buộc; thiếu → 428, cũ → 412) */
                "if-match"?: string;
            };
            path: {
                /** @description Mã định danh */
                id: string;
            };
            cookie?: never;
        };
        /** @description Nội dung yêu cầu */
        requestBody: {
            content: {
                "application/json": components["schemas"]["DelegateTask"];
            };
        };
        responses: {
            /** @description Nhiệm vụ sau khi giao lại */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Task"];
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
            /** @description Chưa đăng nhập (unauthenticated, invalid-credentials) */
            401: {
                headers: {
                    /** @description Cách xác thực: khoá API gửi trong Authorization: Bearer …; trình duyệt dùng cookie phiên dondoc_session sau POST /v1/auth/login */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền (forbidden, csrf-failed, password-change-required) */
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
            /** @description Xung đột (conflict, invalid-transition, idempotency-in-progress, idempotency-secret-shown-once) */
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
            /** @description Trái quy chế theo dõi, đôn đốc (rule-violated: the `rule` member names the rule) hoặc Idempotency-Key dùng lại cho yêu cầu khác (idempotency-key-reused) hoặc địa chỉ webhook không công khai (unsafe-target: `errors` names the field) hoặc báo cáo vượt quá số nhiệm vụ tối đa (report-too-large) */
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
    assignTaskHandler: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag của phiên bản đang sửa (bắt buộc; thiếu → 428, cũ → 412) */
                "if-match"?: string;
            };
            path: {
                /** @description Mã định danh */
                id: string;
            };
            cookie?: never;
        };
        /** @description Nội dung yêu cầu */
        requestBody: {
            content: {
                "application/json": components["schemas"]["TaskHandler"];
            };
        };
        responses: {
            /** @description Nhiệm vụ với chuyên viên xử lý */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Task"];
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
            /** @description Chưa đăng nhập (unauthenticated, invalid-credentials) */
            401: {
                headers: {
                    /** @description Cách xác thực: khoá API gửi trong Authorization: Bearer …; trình duyệt dùng cookie phiên dondoc_session sau POST /v1/auth/login */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền (forbidden, csrf-failed, password-change-required) */
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
            /** @description Xung đột (conflict, invalid-transition, idempotency-in-progress, idempotency-secret-shown-once) */
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
            /** @description Trái quy chế theo dõi, đôn đốc (rule-violated: the `rule` member names the rule) hoặc Idempotency-Key dùng lại cho yêu cầu khác (idempotency-key-reused) hoặc địa chỉ webhook không công khai (unsafe-target: `errors` names the field) hoặc báo cáo vượt quá số nhiệm vụ tối đa (report-too-large) */
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
    listTaskHistory: {
        parameters: {
            query?: {
                /** @description Con trỏ trang: nextCursor của trang trước / the previous page's nextCursor */
                cursor?: string;
                /** @description Số phần tử mỗi trang (mặc định 100, tối đa 500) */
                limit?: number;
            };
            header?: never;
            path: {
                /** @description Mã định danh */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Lịch sử */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskHistory"];
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
            /** @description Chưa đăng nhập (unauthenticated, invalid-credentials) */
            401: {
                headers: {
                    /** @description Cách xác thực: khoá API gửi trong Authorization: Bearer …; trình duyệt dùng cookie phiên dondoc_session sau POST /v1/auth/login */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền (forbidden, csrf-failed, password-change-required) */
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
            /** @description Xung đột (conflict, invalid-transition, idempotency-in-progress, idempotency-secret-shown-once) */
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
            /** @description Trái quy chế theo dõi, đôn đốc (rule-violated: the `rule` member names the rule) hoặc Idempotency-Key dùng lại cho yêu cầu khác (idempotency-key-reused) hoặc địa chỉ webhook không công khai (unsafe-target: `errors` names the field) hoặc báo cáo vượt quá số nhiệm vụ tối đa (report-too-large) */
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
    listTaskWatchers: {
        parameters: {
            query?: {
                /** @description Con trỏ trang: nextCursor của trang trước / the previous page's nextCursor */
                cursor?: string;
                /** @description Số phần tử mỗi trang (mặc định 100, tối đa 500) */
                limit?: number;
            };
            header?: never;
            path: {
                /** @description Mã định danh */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Người theo dõi */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WatcherPage"];
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
            /** @description Chưa đăng nhập (unauthenticated, invalid-credentials) */
            401: {
                headers: {
                    /** @description Cách xác thực: khoá API gửi trong Authorization: Bearer …; trình duyệt dùng cookie phiên dondoc_session sau POST /v1/auth/login */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền (forbidden, csrf-failed, password-change-required) */
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
            /** @description Xung đột (conflict, invalid-transition, idempotency-in-progress, idempotency-secret-shown-once) */
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
            /** @description Trái quy chế theo dõi, đôn đốc (rule-violated: the `rule` member names the rule) hoặc Idempotency-Key dùng lại cho yêu cầu khác (idempotency-key-reused) hoặc địa chỉ webhook không công khai (unsafe-target: `errors` names the field) hoặc báo cáo vượt quá số nhiệm vụ tối đa (report-too-large) */
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
    watchTask: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Mã định danh */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Người theo dõi sau khi thêm */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Watchers"];
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
            /** @description Chưa đăng nhập (unauthenticated, invalid-credentials) */
            401: {
                headers: {
                    /** @description Cách xác thực: khoá API gửi trong Authorization: Bearer …; trình duyệt dùng cookie phiên dondoc_session sau POST /v1/auth/login */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền (forbidden, csrf-failed, password-change-required) */
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
            /** @description Xung đột (conflict, invalid-transition, idempotency-in-progress, idempotency-secret-shown-once) */
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
            /** @description Trái quy chế theo dõi, đôn đốc (rule-violated: the `rule` member names the rule) hoặc Idempotency-Key dùng lại cho yêu cầu khác (idempotency-key-reused) hoặc địa chỉ webhook không công khai (unsafe-target: `errors` names the field) hoặc báo cáo vượt quá số nhiệm vụ tối đa (report-too-large) */
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
    unwatchTask: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Mã định danh */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Người theo dõi sau khi bỏ */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Watchers"];
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
            /** @description Chưa đăng nhập (unauthenticated, invalid-credentials) */
            401: {
                headers: {
                    /** @description Cách xác thực: khoá API gửi trong Authorization: Bearer …; trình duyệt dùng cookie phiên dondoc_session sau POST /v1/auth/login */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền (forbidden, csrf-failed, password-change-required) */
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
            /** @description Xung đột (conflict, invalid-transition, idempotency-in-progress, idempotency-secret-shown-once) */
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
            /** @description Trái quy chế theo dõi, đôn đốc (rule-violated: the `rule` member names the rule) hoặc Idempotency-Key dùng lại cho yêu cầu khác (idempotency-key-reused) hoặc địa chỉ webhook không công khai (unsafe-target: `errors` names the field) hoặc báo cáo vượt quá số nhiệm vụ tối đa (report-too-large) */
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
    listTaskProgress: {
        parameters: {
            query?: {
                /** @description Con trỏ trang: nextCursor của trang trước / the previous page's nextCursor */
                cursor?: string;
                /** @description Số phần tử mỗi trang (mặc định 100, tối đa 500) */
                limit?: number;
            };
            header?: never;
            path: {
                /** @description Mã định danh */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Báo cáo tiến độ */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProgressReportList"];
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
            /** @description Chưa đăng nhập (unauthenticated, invalid-credentials) */
            401: {
                headers: {
                    /** @description Cách xác thực: khoá API gửi trong Authorization: Bearer …; trình duyệt dùng cookie phiên dondoc_session sau POST /v1/auth/login */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền (forbidden, csrf-failed, password-change-required) */
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
            /** @description Xung đột (conflict, invalid-transition, idempotency-in-progress, idempotency-secret-shown-once) */
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
            /** @description Trái quy chế theo dõi, đôn đốc (rule-violated: the `rule` member names the rule) hoặc Idempotency-Key dùng lại cho yêu cầu khác (idempotency-key-reused) hoặc địa chỉ webhook không công khai (unsafe-target: `errors` names the field) hoặc báo cáo vượt quá số nhiệm vụ tối đa (report-too-large) */
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
    reportTaskProgress: {
        parameters: {
            query?: never;
            header?: {
                /** @description Khoá chống gửi trùng: cùng khoá, cùng nội dung → trả lại đúng phản hồi lần đầu */
                "idempotency-key"?: string;
            };
            path: {
                /** @description Mã định danh */
                id: string;
            };
            cookie?: never;
        };
        /** @description Nội dung yêu cầu */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReportProgress"];
            };
        };
        responses: {
            /** @description Báo cáo đã ghi; ETag là phiên bản mới của nhiệm vụ */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProgressReport"];
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
            /** @description Chưa đăng nhập (unauthenticated, invalid-credentials) */
            401: {
                headers: {
                    /** @description Cách xác thực: khoá API gửi trong Authorization: Bearer …; trình duyệt dùng cookie phiên dondoc_session sau POST /v1/auth/login */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền (forbidden, csrf-failed, password-change-required) */
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
            /** @description Xung đột (conflict, invalid-transition, idempotency-in-progress, idempotency-secret-shown-once) */
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
            /** @description Trái quy chế theo dõi, đôn đốc (rule-violated: the `rule` member names the rule) hoặc Idempotency-Key dùng lại cho yêu cầu khác (idempotency-key-reused) hoặc địa chỉ webhook không công khai (unsafe-target: `errors` names the field) hoặc báo cáo vượt quá số nhiệm vụ tối đa (report-too-large) */
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
    uploadAttachment: {
        parameters: {
            query?: never;
            header?: {
                /** @description Khoá chống gửi trùng: cùng khoá, cùng nội dung → trả lại đúng phản hồi lần đầu */
                "idempotency-key"?: string;
            };
            path: {
                /** @description Mã định danh */
                id: string;
            };
            cookie?: never;
        };
        /** @description Tệp trong trường `file` */
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["AttachmentUpload"];
            };
        };
        responses: {
            /** @description Tệp đã lưu */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Attachment"];
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
            /** @description Chưa đăng nhập (unauthenticated, invalid-credentials) */
            401: {
                headers: {
                    /** @description Cách xác thực: khoá API gửi trong Authorization: Bearer …; trình duyệt dùng cookie phiên dondoc_session sau POST /v1/auth/login */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền (forbidden, csrf-failed, password-change-required) */
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
            /** @description Xung đột (conflict, invalid-transition, idempotency-in-progress, idempotency-secret-shown-once) */
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
            /** @description Trái quy chế theo dõi, đôn đốc (rule-violated: the `rule` member names the rule) hoặc Idempotency-Key dùng lại cho yêu cầu khác (idempotency-key-reused) hoặc địa chỉ webhook không công khai (unsafe-target: `errors` names the field) hoặc báo cáo vượt quá số nhiệm vụ tối đa (report-too-large) */
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
    downloadAttachment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Mã định danh */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Nội dung tệp */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": string;
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
            /** @description Chưa đăng nhập (unauthenticated, invalid-credentials) */
            401: {
                headers: {
                    /** @description Cách xác thực: khoá API gửi trong Authorization: Bearer …; trình duyệt dùng cookie phiên dondoc_session sau POST /v1/auth/login */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền (forbidden, csrf-failed, password-change-required) */
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
            /** @description Xung đột (conflict, invalid-transition, idempotency-in-progress, idempotency-secret-shown-once) */
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
            /** @description Trái quy chế theo dõi, đôn đốc (rule-violated: the `rule` member names the rule) hoặc Idempotency-Key dùng lại cho yêu cầu khác (idempotency-key-reused) hoặc địa chỉ webhook không công khai (unsafe-target: `errors` names the field) hoặc báo cáo vượt quá số nhiệm vụ tối đa (report-too-large) */
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
    listTaskExtensions: {
        parameters: {
            query?: {
                /** @description Con trỏ trang: nextCursor của trang trước / the previous page's nextCursor */
                cursor?: string;
                /** @description Số phần tử mỗi trang (mặc định 100, tối đa 500) */
                limit?: number;
            };
            header?: never;
            path: {
                /** @description Mã định danh */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Các đề nghị gia hạn */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExtensionList"];
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
            /** @description Chưa đăng nhập (unauthenticated, invalid-credentials) */
            401: {
                headers: {
                    /** @description Cách xác thực: khoá API gửi trong Authorization: Bearer …; trình duyệt dùng cookie phiên dondoc_session sau POST /v1/auth/login */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền (forbidden, csrf-failed, password-change-required) */
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
            /** @description Xung đột (conflict, invalid-transition, idempotency-in-progress, idempotency-secret-shown-once) */
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
            /** @description Trái quy chế theo dõi, đôn đốc (rule-violated: the `rule` member names the rule) hoặc Idempotency-Key dùng lại cho yêu cầu khác (idempotency-key-reused) hoặc địa chỉ webhook không công khai (unsafe-target: `errors` names the field) hoặc báo cáo vượt quá số nhiệm vụ tối đa (report-too-large) */
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
    requestTaskExtension: {
        parameters: {
            query?: never;
            header?: {
                /** @description Khoá chống gửi trùng: cùng khoá, cùng nội dung → trả lại đúng phản hồi lần đầu */
                "idempotency-key"?: string;
            };
            path: {
                /** @description Mã định danh */
                id: string;
            };
            cookie?: never;
        };
        /** @description Nội dung yêu cầu */
        requestBody: {
            content: {
                "application/json": components["schemas"]["RequestExtension"];
            };
        };
        responses: {
            /** @description Đề nghị đã gửi */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExtensionRequest"];
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
            /** @description Chưa đăng nhập (unauthenticated, invalid-credentials) */
            401: {
                headers: {
                    /** @description Cách xác thực: khoá API gửi trong Authorization: Bearer …; trình duyệt dùng cookie phiên dondoc_session sau POST /v1/auth/login */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền (forbidden, csrf-failed, password-change-required) */
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
            /** @description Xung đột (conflict, invalid-transition, idempotency-in-progress, idempotency-secret-shown-once) */
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
            /** @description Trái quy chế theo dõi, đôn đốc (rule-violated: the `rule` member names the rule) hoặc Idempotency-Key dùng lại cho yêu cầu khác (idempotency-key-reused) hoặc địa chỉ webhook không công khai (unsafe-target: `errors` names the field) hoặc báo cáo vượt quá số nhiệm vụ tối đa (report-too-large) */
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
    listExtensions: {
        parameters: {
            query?: {
                /** @description Con trỏ trang: nextCursor của trang trước / the previous page's nextCursor */
                cursor?: string;
                /** @description Số phần tử mỗi trang (mặc định 100, tối đa 500) */
                limit?: number;
                /** @description Trạng thái */
                status?: "pending" | "approved" | "rejected" | "withdrawn";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Các đề nghị */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExtensionQueue"];
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
            /** @description Chưa đăng nhập (unauthenticated, invalid-credentials) */
            401: {
                headers: {
                    /** @description Cách xác thực: khoá API gửi trong Authorization: Bearer …; trình duyệt dùng cookie phiên dondoc_session sau POST /v1/auth/login */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền (forbidden, csrf-failed, password-change-required) */
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
            /** @description Xung đột (conflict, invalid-transition, idempotency-in-progress, idempotency-secret-shown-once) */
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
            /** @description Trái quy chế theo dõi, đôn đốc (rule-violated: the `rule` member names the rule) hoặc Idempotency-Key dùng lại cho yêu cầu khác (idempotency-key-reused) hoặc địa chỉ webhook không công khai (unsafe-target: `errors` names the field) hoặc báo cáo vượt quá số nhiệm vụ tối đa (report-too-large) */
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
    decideExtension: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag của phiên bản đang sửa (bắt buộc; thiếu → 428, cũ → 412) */
                "if-match"?: string;
            };
            path: {
                /** @description Mã định danh */
                id: string;
            };
            cookie?: never;
        };
        /** @description Nội dung yêu cầu */
        requestBody: {
            content: {
                "application/json": components["schemas"]["DecideExtension"];
            };
        };
        responses: {
            /** @description Đề nghị sau khi quyết định */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExtensionRequest"];
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
            /** @description Chưa đăng nhập (unauthenticated, invalid-credentials) */
            401: {
                headers: {
                    /** @description Cách xác thực: khoá API gửi trong Authorization: Bearer …; trình duyệt dùng cookie phiên dondoc_session sau POST /v1/auth/login */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền (forbidden, csrf-failed, password-change-required) */
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
            /** @description Xung đột (conflict, invalid-transition, idempotency-in-progress, idempotency-secret-shown-once) */
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
            /** @description Trái quy chế theo dõi, đôn đốc (rule-violated: the `rule` member names the rule) hoặc Idempotency-Key dùng lại cho yêu cầu khác (idempotency-key-reused) hoặc địa chỉ webhook không công khai (unsafe-target: `errors` names the field) hoặc báo cáo vượt quá số nhiệm vụ tối đa (report-too-large) */
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
    listTaskExplanations: {
        parameters: {
            query?: {
                /** @description Con trỏ trang: nextCursor của trang trước / the previous page's nextCursor */
                cursor?: string;
                /** @description Số phần tử mỗi trang (mặc định 100, tối đa 500) */
                limit?: number;
            };
            header?: never;
            path: {
                /** @description Mã định danh */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Yêu cầu giải trình */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExplanationList"];
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
            /** @description Chưa đăng nhập (unauthenticated, invalid-credentials) */
            401: {
                headers: {
                    /** @description Cách xác thực: khoá API gửi trong Authorization: Bearer …; trình duyệt dùng cookie phiên dondoc_session sau POST /v1/auth/login */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền (forbidden, csrf-failed, password-change-required) */
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
            /** @description Xung đột (conflict, invalid-transition, idempotency-in-progress, idempotency-secret-shown-once) */
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
            /** @description Trái quy chế theo dõi, đôn đốc (rule-violated: the `rule` member names the rule) hoặc Idempotency-Key dùng lại cho yêu cầu khác (idempotency-key-reused) hoặc địa chỉ webhook không công khai (unsafe-target: `errors` names the field) hoặc báo cáo vượt quá số nhiệm vụ tối đa (report-too-large) */
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
    requestTaskExplanation: {
        parameters: {
            query?: never;
            header?: {
                /** @description Khoá chống gửi trùng: cùng khoá, cùng nội dung → trả lại đúng phản hồi lần đầu */
                "idempotency-key"?: string;
            };
            path: {
                /** @description Mã định danh */
                id: string;
            };
            cookie?: never;
        };
        /** @description Nội dung yêu cầu */
        requestBody: {
            content: {
                "application/json": components["schemas"]["RequestExplanation"];
            };
        };
        responses: {
            /** @description Yêu cầu đã gửi */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExplanationRequest"];
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
            /** @description Chưa đăng nhập (unauthenticated, invalid-credentials) */
            401: {
                headers: {
                    /** @description Cách xác thực: khoá API gửi trong Authorization: Bearer …; trình duyệt dùng cookie phiên dondoc_session sau POST /v1/auth/login */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền (forbidden, csrf-failed, password-change-required) */
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
            /** @description Xung đột (conflict, invalid-transition, idempotency-in-progress, idempotency-secret-shown-once) */
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
            /** @description Trái quy chế theo dõi, đôn đốc (rule-violated: the `rule` member names the rule) hoặc Idempotency-Key dùng lại cho yêu cầu khác (idempotency-key-reused) hoặc địa chỉ webhook không công khai (unsafe-target: `errors` names the field) hoặc báo cáo vượt quá số nhiệm vụ tối đa (report-too-large) */
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
    answerExplanation: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag của phiên bản đang sửa (bắt buộc; thiếu → 428, cũ → 412) */
                "if-match"?: string;
            };
            path: {
                /** @description Mã định danh */
                id: string;
            };
            cookie?: never;
        };
        /** @description Nội dung yêu cầu */
        requestBody: {
            content: {
                "application/json": components["schemas"]["AnswerExplanation"];
            };
        };
        responses: {
            /** @description Yêu cầu đã được trả lời */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExplanationRequest"];
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
            /** @description Chưa đăng nhập (unauthenticated, invalid-credentials) */
            401: {
                headers: {
                    /** @description Cách xác thực: khoá API gửi trong Authorization: Bearer …; trình duyệt dùng cookie phiên dondoc_session sau POST /v1/auth/login */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền (forbidden, csrf-failed, password-change-required) */
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
            /** @description Xung đột (conflict, invalid-transition, idempotency-in-progress, idempotency-secret-shown-once) */
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
            /** @description Trái quy chế theo dõi, đôn đốc (rule-violated: the `rule` member names the rule) hoặc Idempotency-Key dùng lại cho yêu cầu khác (idempotency-key-reused) hoặc địa chỉ webhook không công khai (unsafe-target: `errors` names the field) hoặc báo cáo vượt quá số nhiệm vụ tối đa (report-too-large) */
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
    listTaskReminders: {
        parameters: {
            query?: {
                /** @description Con trỏ trang: nextCursor của trang trước / the previous page's nextCursor */
                cursor?: string;
                /** @description Số phần tử mỗi trang (mặc định 100, tối đa 500) */
                limit?: number;
            };
            header?: never;
            path: {
                /** @description Mã định danh */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Các lần đôn đốc */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskReminderList"];
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
            /** @description Chưa đăng nhập (unauthenticated, invalid-credentials) */
            401: {
                headers: {
                    /** @description Cách xác thực: khoá API gửi trong Authorization: Bearer …; trình duyệt dùng cookie phiên dondoc_session sau POST /v1/auth/login */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền (forbidden, csrf-failed, password-change-required) */
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
            /** @description Xung đột (conflict, invalid-transition, idempotency-in-progress, idempotency-secret-shown-once) */
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
            /** @description Trái quy chế theo dõi, đôn đốc (rule-violated: the `rule` member names the rule) hoặc Idempotency-Key dùng lại cho yêu cầu khác (idempotency-key-reused) hoặc địa chỉ webhook không công khai (unsafe-target: `errors` names the field) hoặc báo cáo vượt quá số nhiệm vụ tối đa (report-too-large) */
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
    remindTask: {
        parameters: {
            query?: never;
            header?: {
                /** @description Khoá chống gửi trùng: cùng khoá, cùng nội dung → trả lại đúng phản hồi lần đầu */
                "idempotency-key"?: string;
            };
            path: {
                /** @description Mã định danh */
                id: string;
            };
            cookie?: never;
        };
        /** @description Nội dung yêu cầu */
        requestBody: {
            content: {
                "application/json": components["schemas"]["Remind"];
            };
        };
        responses: {
            /** @description Đã đôn đốc; ETag là phiên bản mới của nhiệm vụ */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskReminded"];
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
            /** @description Chưa đăng nhập (unauthenticated, invalid-credentials) */
            401: {
                headers: {
                    /** @description Cách xác thực: khoá API gửi trong Authorization: Bearer …; trình duyệt dùng cookie phiên dondoc_session sau POST /v1/auth/login */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền (forbidden, csrf-failed, password-change-required) */
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
            /** @description Xung đột (conflict, invalid-transition, idempotency-in-progress, idempotency-secret-shown-once) */
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
            /** @description Trái quy chế theo dõi, đôn đốc (rule-violated: the `rule` member names the rule) hoặc Idempotency-Key dùng lại cho yêu cầu khác (idempotency-key-reused) hoặc địa chỉ webhook không công khai (unsafe-target: `errors` names the field) hoặc báo cáo vượt quá số nhiệm vụ tối đa (report-too-large) */
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
    listTaskComments: {
        parameters: {
            query?: {
                /** @description Con trỏ trang: nextCursor của trang trước / the previous page's nextCursor */
                cursor?: string;
                /** @description Số phần tử mỗi trang (mặc định 100, tối đa 500) */
                limit?: number;
            };
            header?: never;
            path: {
                /** @description Mã định danh */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Các trao đổi */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskCommentList"];
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
            /** @description Chưa đăng nhập (unauthenticated, invalid-credentials) */
            401: {
                headers: {
                    /** @description Cách xác thực: khoá API gửi trong Authorization: Bearer …; trình duyệt dùng cookie phiên dondoc_session sau POST /v1/auth/login */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền (forbidden, csrf-failed, password-change-required) */
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
            /** @description Xung đột (conflict, invalid-transition, idempotency-in-progress, idempotency-secret-shown-once) */
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
            /** @description Trái quy chế theo dõi, đôn đốc (rule-violated: the `rule` member names the rule) hoặc Idempotency-Key dùng lại cho yêu cầu khác (idempotency-key-reused) hoặc địa chỉ webhook không công khai (unsafe-target: `errors` names the field) hoặc báo cáo vượt quá số nhiệm vụ tối đa (report-too-large) */
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
    addTaskComment: {
        parameters: {
            query?: never;
            header?: {
                /** @description Khoá chống gửi trùng: cùng khoá, cùng nội dung → trả lại đúng phản hồi lần đầu */
                "idempotency-key"?: string;
            };
            path: {
                /** @description Mã định danh */
                id: string;
            };
            cookie?: never;
        };
        /** @description Nội dung yêu cầu */
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddComment"];
            };
        };
        responses: {
            /** @description Trao đổi đã ghi */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskComment"];
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
            /** @description Chưa đăng nhập (unauthenticated, invalid-credentials) */
            401: {
                headers: {
                    /** @description Cách xác thực: khoá API gửi trong Authorization: Bearer …; trình duyệt dùng cookie phiên dondoc_session sau POST /v1/auth/login */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền (forbidden, csrf-failed, password-change-required) */
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
            /** @description Xung đột (conflict, invalid-transition, idempotency-in-progress, idempotency-secret-shown-once) */
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
            /** @description Trái quy chế theo dõi, đôn đốc (rule-violated: the `rule` member names the rule) hoặc Idempotency-Key dùng lại cho yêu cầu khác (idempotency-key-reused) hoặc địa chỉ webhook không công khai (unsafe-target: `errors` names the field) hoặc báo cáo vượt quá số nhiệm vụ tối đa (report-too-large) */
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
    uploadCommentAttachment: {
        parameters: {
            query?: never;
            header?: {
                /** @description Khoá chống gửi trùng: cùng khoá, cùng nội dung → trả lại đúng phản hồi lần đầu */
                "idempotency-key"?: string;
            };
            path: {
                /** @description Mã định danh */
                id: string;
            };
            cookie?: never;
        };
        /** @description Tệp trong trường `file` */
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["AttachmentUpload"];
            };
        };
        responses: {
            /** @description Tệp đã lưu */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Attachment"];
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
            /** @description Chưa đăng nhập (unauthenticated, invalid-credentials) */
            401: {
                headers: {
                    /** @description Cách xác thực: khoá API gửi trong Authorization: Bearer …; trình duyệt dùng cookie phiên dondoc_session sau POST /v1/auth/login */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền (forbidden, csrf-failed, password-change-required) */
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
            /** @description Xung đột (conflict, invalid-transition, idempotency-in-progress, idempotency-secret-shown-once) */
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
            /** @description Trái quy chế theo dõi, đôn đốc (rule-violated: the `rule` member names the rule) hoặc Idempotency-Key dùng lại cho yêu cầu khác (idempotency-key-reused) hoặc địa chỉ webhook không công khai (unsafe-target: `errors` names the field) hoặc báo cáo vượt quá số nhiệm vụ tối đa (report-too-large) */
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
    listTaskAudience: {
        parameters: {
            query?: {
                /** @description Con trỏ trang: nextCursor của trang trước / the previous page's nextCursor */
                cursor?: string;
                /** @description Số phần tử mỗi trang (mặc định 100, tối đa 500) */
                limit?: number;
                /** @description Lọc theo tên đăng nhập hoặc tên hiển thị */
                q?: string;
            };
            header?: never;
            path: {
                /** @description Mã định danh */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Người xem được nhiệm vụ */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskAudience"];
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
            /** @description Chưa đăng nhập (unauthenticated, invalid-credentials) */
            401: {
                headers: {
                    /** @description Cách xác thực: khoá API gửi trong Authorization: Bearer …; trình duyệt dùng cookie phiên dondoc_session sau POST /v1/auth/login */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền (forbidden, csrf-failed, password-change-required) */
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
            /** @description Xung đột (conflict, invalid-transition, idempotency-in-progress, idempotency-secret-shown-once) */
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
            /** @description Trái quy chế theo dõi, đôn đốc (rule-violated: the `rule` member names the rule) hoặc Idempotency-Key dùng lại cho yêu cầu khác (idempotency-key-reused) hoặc địa chỉ webhook không công khai (unsafe-target: `errors` names the field) hoặc báo cáo vượt quá số nhiệm vụ tối đa (report-too-large) */
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
    getCalendarYear: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Năm */
                year: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Lịch năm */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalendarYear"];
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
            /** @description Chưa đăng nhập (unauthenticated, invalid-credentials) */
            401: {
                headers: {
                    /** @description Cách xác thực: khoá API gửi trong Authorization: Bearer …; trình duyệt dùng cookie phiên dondoc_session sau POST /v1/auth/login */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền (forbidden, csrf-failed, password-change-required) */
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
            /** @description Xung đột (conflict, invalid-transition, idempotency-in-progress, idempotency-secret-shown-once) */
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
            /** @description Trái quy chế theo dõi, đôn đốc (rule-violated: the `rule` member names the rule) hoặc Idempotency-Key dùng lại cho yêu cầu khác (idempotency-key-reused) hoặc địa chỉ webhook không công khai (unsafe-target: `errors` names the field) hoặc báo cáo vượt quá số nhiệm vụ tối đa (report-too-large) */
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
    putCalendarYear: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag của phiên bản đang sửa (bắt buộc; thiếu → 428, cũ → 412) */
                "if-match"?: string;
            };
            path: {
                /** @description Năm */
                year: number;
            };
            cookie?: never;
        };
        /** @description Nội dung yêu cầu */
        requestBody: {
            content: {
                "application/json": components["schemas"]["PutCalendarYear"];
            };
        };
        responses: {
            /** @description Lịch năm sau khi lưu */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalendarYear"];
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
            /** @description Chưa đăng nhập (unauthenticated, invalid-credentials) */
            401: {
                headers: {
                    /** @description Cách xác thực: khoá API gửi trong Authorization: Bearer …; trình duyệt dùng cookie phiên dondoc_session sau POST /v1/auth/login */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền (forbidden, csrf-failed, password-change-required) */
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
            /** @description Xung đột (conflict, invalid-transition, idempotency-in-progress, idempotency-secret-shown-once) */
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
            /** @description Trái quy chế theo dõi, đôn đốc (rule-violated: the `rule` member names the rule) hoặc Idempotency-Key dùng lại cho yêu cầu khác (idempotency-key-reused) hoặc địa chỉ webhook không công khai (unsafe-target: `errors` names the field) hoặc báo cáo vượt quá số nhiệm vụ tối đa (report-too-large) */
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
    getPolicy: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Quy chế */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Policy"];
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
            /** @description Chưa đăng nhập (unauthenticated, invalid-credentials) */
            401: {
                headers: {
                    /** @description Cách xác thực: khoá API gửi trong Authorization: Bearer …; trình duyệt dùng cookie phiên dondoc_session sau POST /v1/auth/login */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền (forbidden, csrf-failed, password-change-required) */
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
            /** @description Xung đột (conflict, invalid-transition, idempotency-in-progress, idempotency-secret-shown-once) */
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
            /** @description Trái quy chế theo dõi, đôn đốc (rule-violated: the `rule` member names the rule) hoặc Idempotency-Key dùng lại cho yêu cầu khác (idempotency-key-reused) hoặc địa chỉ webhook không công khai (unsafe-target: `errors` names the field) hoặc báo cáo vượt quá số nhiệm vụ tối đa (report-too-large) */
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
    putPolicy: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag của phiên bản đang sửa (bắt buộc; thiếu → 428, cũ → 412) */
                "if-match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        /** @description Nội dung yêu cầu */
        requestBody: {
            content: {
                "application/json": components["schemas"]["PutPolicy"];
            };
        };
        responses: {
            /** @description Quy chế sau khi lưu */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Policy"];
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
            /** @description Chưa đăng nhập (unauthenticated, invalid-credentials) */
            401: {
                headers: {
                    /** @description Cách xác thực: khoá API gửi trong Authorization: Bearer …; trình duyệt dùng cookie phiên dondoc_session sau POST /v1/auth/login */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền (forbidden, csrf-failed, password-change-required) */
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
            /** @description Xung đột (conflict, invalid-transition, idempotency-in-progress, idempotency-secret-shown-once) */
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
            /** @description Trái quy chế theo dõi, đôn đốc (rule-violated: the `rule` member names the rule) hoặc Idempotency-Key dùng lại cho yêu cầu khác (idempotency-key-reused) hoặc địa chỉ webhook không công khai (unsafe-target: `errors` names the field) hoặc báo cáo vượt quá số nhiệm vụ tối đa (report-too-large) */
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
    listUsers: {
        parameters: {
            query?: {
                /** @description Con trỏ trang: nextCursor của trang trước / the previous page's nextCursor */
                cursor?: string;
                /** @description Số phần tử mỗi trang (mặc định 100, tối đa 500) */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Tài khoản */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserList"];
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
            /** @description Chưa đăng nhập (unauthenticated, invalid-credentials) */
            401: {
                headers: {
                    /** @description Cách xác thực: khoá API gửi trong Authorization: Bearer …; trình duyệt dùng cookie phiên dondoc_session sau POST /v1/auth/login */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền (forbidden, csrf-failed, password-change-required) */
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
            /** @description Xung đột (conflict, invalid-transition, idempotency-in-progress, idempotency-secret-shown-once) */
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
            /** @description Trái quy chế theo dõi, đôn đốc (rule-violated: the `rule` member names the rule) hoặc Idempotency-Key dùng lại cho yêu cầu khác (idempotency-key-reused) hoặc địa chỉ webhook không công khai (unsafe-target: `errors` names the field) hoặc báo cáo vượt quá số nhiệm vụ tối đa (report-too-large) */
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
    createUser: {
        parameters: {
            query?: never;
            header?: {
                /** @description Khoá chống gửi trùng: cùng khoá, cùng nội dung → trả lại đúng phản hồi lần đầu */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        /** @description Nội dung yêu cầu */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateUser"];
            };
        };
        responses: {
            /** @description Tài khoản và mật khẩu dùng một lần */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserWithPassword"];
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
            /** @description Chưa đăng nhập (unauthenticated, invalid-credentials) */
            401: {
                headers: {
                    /** @description Cách xác thực: khoá API gửi trong Authorization: Bearer …; trình duyệt dùng cookie phiên dondoc_session sau POST /v1/auth/login */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền (forbidden, csrf-failed, password-change-required) */
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
            /** @description Xung đột (conflict, invalid-transition, idempotency-in-progress, idempotency-secret-shown-once) */
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
            /** @description Trái quy chế theo dõi, đôn đốc (rule-violated: the `rule` member names the rule) hoặc Idempotency-Key dùng lại cho yêu cầu khác (idempotency-key-reused) hoặc địa chỉ webhook không công khai (unsafe-target: `errors` names the field) hoặc báo cáo vượt quá số nhiệm vụ tối đa (report-too-large) */
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
    updateUser: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag của phiên bản đang sửa (bắt buộc; thiếu → 428, cũ → 412) */
                "if-match"?: string;
            };
            path: {
                /** @description Mã định danh */
                id: string;
            };
            cookie?: never;
        };
        /** @description Nội dung yêu cầu */
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserPatch"];
            };
        };
        responses: {
            /** @description Tài khoản sau khi sửa */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
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
            /** @description Chưa đăng nhập (unauthenticated, invalid-credentials) */
            401: {
                headers: {
                    /** @description Cách xác thực: khoá API gửi trong Authorization: Bearer …; trình duyệt dùng cookie phiên dondoc_session sau POST /v1/auth/login */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền (forbidden, csrf-failed, password-change-required) */
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
            /** @description Xung đột (conflict, invalid-transition, idempotency-in-progress, idempotency-secret-shown-once) */
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
            /** @description Trái quy chế theo dõi, đôn đốc (rule-violated: the `rule` member names the rule) hoặc Idempotency-Key dùng lại cho yêu cầu khác (idempotency-key-reused) hoặc địa chỉ webhook không công khai (unsafe-target: `errors` names the field) hoặc báo cáo vượt quá số nhiệm vụ tối đa (report-too-large) */
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
    resetUserPassword: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Mã định danh */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Mật khẩu dùng một lần mới */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserWithPassword"];
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
            /** @description Chưa đăng nhập (unauthenticated, invalid-credentials) */
            401: {
                headers: {
                    /** @description Cách xác thực: khoá API gửi trong Authorization: Bearer …; trình duyệt dùng cookie phiên dondoc_session sau POST /v1/auth/login */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền (forbidden, csrf-failed, password-change-required) */
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
            /** @description Xung đột (conflict, invalid-transition, idempotency-in-progress, idempotency-secret-shown-once) */
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
            /** @description Trái quy chế theo dõi, đôn đốc (rule-violated: the `rule` member names the rule) hoặc Idempotency-Key dùng lại cho yêu cầu khác (idempotency-key-reused) hoặc địa chỉ webhook không công khai (unsafe-target: `errors` names the field) hoặc báo cáo vượt quá số nhiệm vụ tối đa (report-too-large) */
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
    listApiKeys: {
        parameters: {
            query?: {
                /** @description Con trỏ trang: nextCursor của trang trước / the previous page's nextCursor */
                cursor?: string;
                /** @description Số phần tử mỗi trang (mặc định 100, tối đa 500) */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Khoá API */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKeyList"];
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
            /** @description Chưa đăng nhập (unauthenticated, invalid-credentials) */
            401: {
                headers: {
                    /** @description Cách xác thực: khoá API gửi trong Authorization: Bearer …; trình duyệt dùng cookie phiên dondoc_session sau POST /v1/auth/login */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền (forbidden, csrf-failed, password-change-required) */
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
            /** @description Xung đột (conflict, invalid-transition, idempotency-in-progress, idempotency-secret-shown-once) */
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
            /** @description Trái quy chế theo dõi, đôn đốc (rule-violated: the `rule` member names the rule) hoặc Idempotency-Key dùng lại cho yêu cầu khác (idempotency-key-reused) hoặc địa chỉ webhook không công khai (unsafe-target: `errors` names the field) hoặc báo cáo vượt quá số nhiệm vụ tối đa (report-too-large) */
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
    createApiKey: {
        parameters: {
            query?: never;
            header?: {
                /** @description Khoá chống gửi trùng: cùng khoá, cùng nội dung → trả lại đúng phản hồi lần đầu */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        /** @description Nội dung yêu cầu */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateApiKey"];
            };
        };
        responses: {
            /** @description Khoá mới */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKeyCreated"];
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
            /** @description Chưa đăng nhập (unauthenticated, invalid-credentials) */
            401: {
                headers: {
                    /** @description Cách xác thực: khoá API gửi trong Authorization: Bearer …; trình duyệt dùng cookie phiên dondoc_session sau POST /v1/auth/login */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền (forbidden, csrf-failed, password-change-required) */
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
            /** @description Xung đột (conflict, invalid-transition, idempotency-in-progress, idempotency-secret-shown-once) */
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
            /** @description Trái quy chế theo dõi, đôn đốc (rule-violated: the `rule` member names the rule) hoặc Idempotency-Key dùng lại cho yêu cầu khác (idempotency-key-reused) hoặc địa chỉ webhook không công khai (unsafe-target: `errors` names the field) hoặc báo cáo vượt quá số nhiệm vụ tối đa (report-too-large) */
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
    revokeApiKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Mã định danh */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Khoá đã thu hồi */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKey"];
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
            /** @description Chưa đăng nhập (unauthenticated, invalid-credentials) */
            401: {
                headers: {
                    /** @description Cách xác thực: khoá API gửi trong Authorization: Bearer …; trình duyệt dùng cookie phiên dondoc_session sau POST /v1/auth/login */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền (forbidden, csrf-failed, password-change-required) */
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
            /** @description Xung đột (conflict, invalid-transition, idempotency-in-progress, idempotency-secret-shown-once) */
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
            /** @description Trái quy chế theo dõi, đôn đốc (rule-violated: the `rule` member names the rule) hoặc Idempotency-Key dùng lại cho yêu cầu khác (idempotency-key-reused) hoặc địa chỉ webhook không công khai (unsafe-target: `errors` names the field) hoặc báo cáo vượt quá số nhiệm vụ tối đa (report-too-large) */
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
    listAuditEntries: {
        parameters: {
            query?: {
                /** @description Loại đối tượng */
                entity?: string;
                /** @description Mã đối tượng */
                entityId?: string;
                /** @description Người thực hiện */
                actor?: string;
                /** @description Hành động */
                action?: string;
                /** @description Chỉ những dòng về thông báo này: thông báo, các mục và các nhiệm vụ của nó */
                noticeId?: string;
                /** @description Chỉ những dòng về nhiệm vụ này và những gì đã báo cáo, đề nghị, quyết định trên nó */
                taskId?: string;
                /** @description Chỉ những dòng về cơ quan này: cơ quan, các nhiệm vụ nó chủ trì/được giao lại, thông báo nó ban hành */
                agencyId?: string;
                /** @description Từ ngày (giờ Việt Nam, tính cả ngày này) */
                from?: string;
                /** @description Đến ngày (giờ Việt Nam, tính cả ngày này) */
                to?: string;
                /** @description Con trỏ trang (id) */
                cursor?: string;
                /** @description Số phần tử mỗi trang */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Một trang nhật ký */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditPage"];
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
            /** @description Chưa đăng nhập (unauthenticated, invalid-credentials) */
            401: {
                headers: {
                    /** @description Cách xác thực: khoá API gửi trong Authorization: Bearer …; trình duyệt dùng cookie phiên dondoc_session sau POST /v1/auth/login */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền (forbidden, csrf-failed, password-change-required) */
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
            /** @description Xung đột (conflict, invalid-transition, idempotency-in-progress, idempotency-secret-shown-once) */
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
            /** @description Trái quy chế theo dõi, đôn đốc (rule-violated: the `rule` member names the rule) hoặc Idempotency-Key dùng lại cho yêu cầu khác (idempotency-key-reused) hoặc địa chỉ webhook không công khai (unsafe-target: `errors` names the field) hoặc báo cáo vượt quá số nhiệm vụ tối đa (report-too-large) */
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
    verifyAuditChain: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Kết quả kiểm tra */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditVerdict"];
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
            /** @description Chưa đăng nhập (unauthenticated, invalid-credentials) */
            401: {
                headers: {
                    /** @description Cách xác thực: khoá API gửi trong Authorization: Bearer …; trình duyệt dùng cookie phiên dondoc_session sau POST /v1/auth/login */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền (forbidden, csrf-failed, password-change-required) */
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
            /** @description Xung đột (conflict, invalid-transition, idempotency-in-progress, idempotency-secret-shown-once) */
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
            /** @description Trái quy chế theo dõi, đôn đốc (rule-violated: the `rule` member names the rule) hoặc Idempotency-Key dùng lại cho yêu cầu khác (idempotency-key-reused) hoặc địa chỉ webhook không công khai (unsafe-target: `errors` names the field) hoặc báo cáo vượt quá số nhiệm vụ tối đa (report-too-large) */
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
    exportReport: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Dữ liệu báo cáo */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportExport"];
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
            /** @description Chưa đăng nhập (unauthenticated, invalid-credentials) */
            401: {
                headers: {
                    /** @description Cách xác thực: khoá API gửi trong Authorization: Bearer …; trình duyệt dùng cookie phiên dondoc_session sau POST /v1/auth/login */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền (forbidden, csrf-failed, password-change-required) */
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
            /** @description Xung đột (conflict, invalid-transition, idempotency-in-progress, idempotency-secret-shown-once) */
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
            /** @description Trái quy chế theo dõi, đôn đốc (rule-violated: the `rule` member names the rule) hoặc Idempotency-Key dùng lại cho yêu cầu khác (idempotency-key-reused) hoặc địa chỉ webhook không công khai (unsafe-target: `errors` names the field) hoặc báo cáo vượt quá số nhiệm vụ tối đa (report-too-large) */
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
    createPeriodicReport: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Nội dung yêu cầu */
        requestBody: {
            content: {
                "application/json": components["schemas"]["MakeReport"];
            };
        };
        responses: {
            /** @description Báo cáo: JSON (format json) hoặc tệp DOCX, XLSX, CSV */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportJson"];
                    "application/octet-stream": string;
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
            /** @description Chưa đăng nhập (unauthenticated, invalid-credentials) */
            401: {
                headers: {
                    /** @description Cách xác thực: khoá API gửi trong Authorization: Bearer …; trình duyệt dùng cookie phiên dondoc_session sau POST /v1/auth/login */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền (forbidden, csrf-failed, password-change-required) */
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
            /** @description Xung đột (conflict, invalid-transition, idempotency-in-progress, idempotency-secret-shown-once) */
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
            /** @description Trái quy chế theo dõi, đôn đốc (rule-violated: the `rule` member names the rule) hoặc Idempotency-Key dùng lại cho yêu cầu khác (idempotency-key-reused) hoặc địa chỉ webhook không công khai (unsafe-target: `errors` names the field) hoặc báo cáo vượt quá số nhiệm vụ tối đa (report-too-large) */
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
    listWebhooks: {
        parameters: {
            query?: {
                /** @description Con trỏ trang: nextCursor của trang trước / the previous page's nextCursor */
                cursor?: string;
                /** @description Số phần tử mỗi trang (mặc định 100, tối đa 500) */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Các đăng ký */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookList"];
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
            /** @description Chưa đăng nhập (unauthenticated, invalid-credentials) */
            401: {
                headers: {
                    /** @description Cách xác thực: khoá API gửi trong Authorization: Bearer …; trình duyệt dùng cookie phiên dondoc_session sau POST /v1/auth/login */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền (forbidden, csrf-failed, password-change-required) */
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
            /** @description Xung đột (conflict, invalid-transition, idempotency-in-progress, idempotency-secret-shown-once) */
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
            /** @description Trái quy chế theo dõi, đôn đốc (rule-violated: the `rule` member names the rule) hoặc Idempotency-Key dùng lại cho yêu cầu khác (idempotency-key-reused) hoặc địa chỉ webhook không công khai (unsafe-target: `errors` names the field) hoặc báo cáo vượt quá số nhiệm vụ tối đa (report-too-large) */
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
    createWebhook: {
        parameters: {
            query?: never;
            header?: {
                /** @description Khoá chống gửi trùng: cùng khoá, cùng nội dung → trả lại đúng phản hồi lần đầu */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        /** @description Nội dung yêu cầu */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateWebhook"];
            };
        };
        responses: {
            /** @description Đăng ký mới và khoá ký */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookCreated"];
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
            /** @description Chưa đăng nhập (unauthenticated, invalid-credentials) */
            401: {
                headers: {
                    /** @description Cách xác thực: khoá API gửi trong Authorization: Bearer …; trình duyệt dùng cookie phiên dondoc_session sau POST /v1/auth/login */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền (forbidden, csrf-failed, password-change-required) */
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
            /** @description Xung đột (conflict, invalid-transition, idempotency-in-progress, idempotency-secret-shown-once) */
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
            /** @description Trái quy chế theo dõi, đôn đốc (rule-violated: the `rule` member names the rule) hoặc Idempotency-Key dùng lại cho yêu cầu khác (idempotency-key-reused) hoặc địa chỉ webhook không công khai (unsafe-target: `errors` names the field) hoặc báo cáo vượt quá số nhiệm vụ tối đa (report-too-large) */
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
    deleteWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Mã định danh */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Đăng ký đã xoá */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookSubscription"];
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
            /** @description Chưa đăng nhập (unauthenticated, invalid-credentials) */
            401: {
                headers: {
                    /** @description Cách xác thực: khoá API gửi trong Authorization: Bearer …; trình duyệt dùng cookie phiên dondoc_session sau POST /v1/auth/login */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền (forbidden, csrf-failed, password-change-required) */
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
            /** @description Xung đột (conflict, invalid-transition, idempotency-in-progress, idempotency-secret-shown-once) */
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
            /** @description Trái quy chế theo dõi, đôn đốc (rule-violated: the `rule` member names the rule) hoặc Idempotency-Key dùng lại cho yêu cầu khác (idempotency-key-reused) hoặc địa chỉ webhook không công khai (unsafe-target: `errors` names the field) hoặc báo cáo vượt quá số nhiệm vụ tối đa (report-too-large) */
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
    updateWebhook: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag của phiên bản đang sửa (bắt buộc; thiếu → 428, cũ → 412) */
                "if-match"?: string;
            };
            path: {
                /** @description Mã định danh */
                id: string;
            };
            cookie?: never;
        };
        /** @description Nội dung yêu cầu */
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateWebhook"];
            };
        };
        responses: {
            /** @description Đăng ký sau khi sửa */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookSubscription"];
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
            /** @description Chưa đăng nhập (unauthenticated, invalid-credentials) */
            401: {
                headers: {
                    /** @description Cách xác thực: khoá API gửi trong Authorization: Bearer …; trình duyệt dùng cookie phiên dondoc_session sau POST /v1/auth/login */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền (forbidden, csrf-failed, password-change-required) */
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
            /** @description Xung đột (conflict, invalid-transition, idempotency-in-progress, idempotency-secret-shown-once) */
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
            /** @description Trái quy chế theo dõi, đôn đốc (rule-violated: the `rule` member names the rule) hoặc Idempotency-Key dùng lại cho yêu cầu khác (idempotency-key-reused) hoặc địa chỉ webhook không công khai (unsafe-target: `errors` names the field) hoặc báo cáo vượt quá số nhiệm vụ tối đa (report-too-large) */
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
    listWebhookDeliveries: {
        parameters: {
            query?: {
                /** @description Lọc theo trạng thái */
                status?: "pending" | "delivered" | "failed";
                /** @description Con trỏ trang */
                cursor?: string;
                /** @description Số phần tử */
                limit?: number;
            };
            header?: never;
            path: {
                /** @description Mã định danh */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Một trang nhật ký gửi */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDeliveryPage"];
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
            /** @description Chưa đăng nhập (unauthenticated, invalid-credentials) */
            401: {
                headers: {
                    /** @description Cách xác thực: khoá API gửi trong Authorization: Bearer …; trình duyệt dùng cookie phiên dondoc_session sau POST /v1/auth/login */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền (forbidden, csrf-failed, password-change-required) */
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
            /** @description Xung đột (conflict, invalid-transition, idempotency-in-progress, idempotency-secret-shown-once) */
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
            /** @description Trái quy chế theo dõi, đôn đốc (rule-violated: the `rule` member names the rule) hoặc Idempotency-Key dùng lại cho yêu cầu khác (idempotency-key-reused) hoặc địa chỉ webhook không công khai (unsafe-target: `errors` names the field) hoặc báo cáo vượt quá số nhiệm vụ tối đa (report-too-large) */
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
    getWebhookDelivery: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Mã định danh */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Lần gửi và các lần thử */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDelivery"];
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
            /** @description Chưa đăng nhập (unauthenticated, invalid-credentials) */
            401: {
                headers: {
                    /** @description Cách xác thực: khoá API gửi trong Authorization: Bearer …; trình duyệt dùng cookie phiên dondoc_session sau POST /v1/auth/login */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền (forbidden, csrf-failed, password-change-required) */
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
            /** @description Xung đột (conflict, invalid-transition, idempotency-in-progress, idempotency-secret-shown-once) */
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
            /** @description Trái quy chế theo dõi, đôn đốc (rule-violated: the `rule` member names the rule) hoặc Idempotency-Key dùng lại cho yêu cầu khác (idempotency-key-reused) hoặc địa chỉ webhook không công khai (unsafe-target: `errors` names the field) hoặc báo cáo vượt quá số nhiệm vụ tối đa (report-too-large) */
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
    replayWebhookDelivery: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Mã định danh */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Lần gửi đã xếp hàng gửi lại */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDelivery"];
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
            /** @description Chưa đăng nhập (unauthenticated, invalid-credentials) */
            401: {
                headers: {
                    /** @description Cách xác thực: khoá API gửi trong Authorization: Bearer …; trình duyệt dùng cookie phiên dondoc_session sau POST /v1/auth/login */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền (forbidden, csrf-failed, password-change-required) */
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
            /** @description Xung đột (conflict, invalid-transition, idempotency-in-progress, idempotency-secret-shown-once) */
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
            /** @description Trái quy chế theo dõi, đôn đốc (rule-violated: the `rule` member names the rule) hoặc Idempotency-Key dùng lại cho yêu cầu khác (idempotency-key-reused) hoặc địa chỉ webhook không công khai (unsafe-target: `errors` names the field) hoặc báo cáo vượt quá số nhiệm vụ tối đa (report-too-large) */
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
    replayWebhookSince: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Mã định danh */
                id: string;
            };
            cookie?: never;
        };
        /** @description Nội dung yêu cầu */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReplayWebhookSince"];
            };
        };
        responses: {
            /** @description Số lần gửi được xếp hàng lại */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookReplayed"];
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
            /** @description Chưa đăng nhập (unauthenticated, invalid-credentials) */
            401: {
                headers: {
                    /** @description Cách xác thực: khoá API gửi trong Authorization: Bearer …; trình duyệt dùng cookie phiên dondoc_session sau POST /v1/auth/login */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền (forbidden, csrf-failed, password-change-required) */
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
            /** @description Xung đột (conflict, invalid-transition, idempotency-in-progress, idempotency-secret-shown-once) */
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
            /** @description Trái quy chế theo dõi, đôn đốc (rule-violated: the `rule` member names the rule) hoặc Idempotency-Key dùng lại cho yêu cầu khác (idempotency-key-reused) hoặc địa chỉ webhook không công khai (unsafe-target: `errors` names the field) hoặc báo cáo vượt quá số nhiệm vụ tối đa (report-too-large) */
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
    listNotifications: {
        parameters: {
            query?: {
                /** @description true: chỉ thông báo chưa đọc */
                unread?: "true" | "false";
                /** @description Con trỏ trang */
                cursor?: string;
                /** @description Số phần tử */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Một trang thông báo và số chưa đọc */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationPage"];
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
            /** @description Chưa đăng nhập (unauthenticated, invalid-credentials) */
            401: {
                headers: {
                    /** @description Cách xác thực: khoá API gửi trong Authorization: Bearer …; trình duyệt dùng cookie phiên dondoc_session sau POST /v1/auth/login */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền (forbidden, csrf-failed, password-change-required) */
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
            /** @description Xung đột (conflict, invalid-transition, idempotency-in-progress, idempotency-secret-shown-once) */
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
            /** @description Trái quy chế theo dõi, đôn đốc (rule-violated: the `rule` member names the rule) hoặc Idempotency-Key dùng lại cho yêu cầu khác (idempotency-key-reused) hoặc địa chỉ webhook không công khai (unsafe-target: `errors` names the field) hoặc báo cáo vượt quá số nhiệm vụ tối đa (report-too-large) */
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
    countUnreadNotifications: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Số chưa đọc */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationUnreadCount"];
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
            /** @description Chưa đăng nhập (unauthenticated, invalid-credentials) */
            401: {
                headers: {
                    /** @description Cách xác thực: khoá API gửi trong Authorization: Bearer …; trình duyệt dùng cookie phiên dondoc_session sau POST /v1/auth/login */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền (forbidden, csrf-failed, password-change-required) */
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
            /** @description Xung đột (conflict, invalid-transition, idempotency-in-progress, idempotency-secret-shown-once) */
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
            /** @description Trái quy chế theo dõi, đôn đốc (rule-violated: the `rule` member names the rule) hoặc Idempotency-Key dùng lại cho yêu cầu khác (idempotency-key-reused) hoặc địa chỉ webhook không công khai (unsafe-target: `errors` names the field) hoặc báo cáo vượt quá số nhiệm vụ tối đa (report-too-large) */
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
    readAllNotifications: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Số thông báo đã đánh dấu */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationsMarked"];
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
            /** @description Chưa đăng nhập (unauthenticated, invalid-credentials) */
            401: {
                headers: {
                    /** @description Cách xác thực: khoá API gửi trong Authorization: Bearer …; trình duyệt dùng cookie phiên dondoc_session sau POST /v1/auth/login */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền (forbidden, csrf-failed, password-change-required) */
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
            /** @description Xung đột (conflict, invalid-transition, idempotency-in-progress, idempotency-secret-shown-once) */
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
            /** @description Trái quy chế theo dõi, đôn đốc (rule-violated: the `rule` member names the rule) hoặc Idempotency-Key dùng lại cho yêu cầu khác (idempotency-key-reused) hoặc địa chỉ webhook không công khai (unsafe-target: `errors` names the field) hoặc báo cáo vượt quá số nhiệm vụ tối đa (report-too-large) */
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
    readNotification: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Mã định danh */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Thông báo đã đọc */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Notification"];
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
            /** @description Chưa đăng nhập (unauthenticated, invalid-credentials) */
            401: {
                headers: {
                    /** @description Cách xác thực: khoá API gửi trong Authorization: Bearer …; trình duyệt dùng cookie phiên dondoc_session sau POST /v1/auth/login */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền (forbidden, csrf-failed, password-change-required) */
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
            /** @description Xung đột (conflict, invalid-transition, idempotency-in-progress, idempotency-secret-shown-once) */
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
            /** @description Trái quy chế theo dõi, đôn đốc (rule-violated: the `rule` member names the rule) hoặc Idempotency-Key dùng lại cho yêu cầu khác (idempotency-key-reused) hoặc địa chỉ webhook không công khai (unsafe-target: `errors` names the field) hoặc báo cáo vượt quá số nhiệm vụ tối đa (report-too-large) */
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
    listCalendarFeeds: {
        parameters: {
            query?: {
                /** @description Con trỏ trang: nextCursor của trang trước / the previous page's nextCursor */
                cursor?: string;
                /** @description Số phần tử mỗi trang (mặc định 100, tối đa 500) */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Các lịch */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalendarFeedList"];
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
            /** @description Chưa đăng nhập (unauthenticated, invalid-credentials) */
            401: {
                headers: {
                    /** @description Cách xác thực: khoá API gửi trong Authorization: Bearer …; trình duyệt dùng cookie phiên dondoc_session sau POST /v1/auth/login */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền (forbidden, csrf-failed, password-change-required) */
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
            /** @description Xung đột (conflict, invalid-transition, idempotency-in-progress, idempotency-secret-shown-once) */
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
            /** @description Trái quy chế theo dõi, đôn đốc (rule-violated: the `rule` member names the rule) hoặc Idempotency-Key dùng lại cho yêu cầu khác (idempotency-key-reused) hoặc địa chỉ webhook không công khai (unsafe-target: `errors` names the field) hoặc báo cáo vượt quá số nhiệm vụ tối đa (report-too-large) */
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
    createCalendarFeed: {
        parameters: {
            query?: never;
            header?: {
                /** @description Khoá chống gửi trùng: cùng khoá, cùng nội dung → trả lại đúng phản hồi lần đầu */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        /** @description Nội dung yêu cầu */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCalendarFeed"];
            };
        };
        responses: {
            /** @description Lịch mới và mã */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalendarFeedCreated"];
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
            /** @description Chưa đăng nhập (unauthenticated, invalid-credentials) */
            401: {
                headers: {
                    /** @description Cách xác thực: khoá API gửi trong Authorization: Bearer …; trình duyệt dùng cookie phiên dondoc_session sau POST /v1/auth/login */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền (forbidden, csrf-failed, password-change-required) */
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
            /** @description Xung đột (conflict, invalid-transition, idempotency-in-progress, idempotency-secret-shown-once) */
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
            /** @description Trái quy chế theo dõi, đôn đốc (rule-violated: the `rule` member names the rule) hoặc Idempotency-Key dùng lại cho yêu cầu khác (idempotency-key-reused) hoặc địa chỉ webhook không công khai (unsafe-target: `errors` names the field) hoặc báo cáo vượt quá số nhiệm vụ tối đa (report-too-large) */
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
    revokeCalendarFeed: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Mã định danh */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Lịch đã thu hồi */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalendarFeed"];
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
            /** @description Chưa đăng nhập (unauthenticated, invalid-credentials) */
            401: {
                headers: {
                    /** @description Cách xác thực: khoá API gửi trong Authorization: Bearer …; trình duyệt dùng cookie phiên dondoc_session sau POST /v1/auth/login */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền (forbidden, csrf-failed, password-change-required) */
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
            /** @description Xung đột (conflict, invalid-transition, idempotency-in-progress, idempotency-secret-shown-once) */
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
            /** @description Trái quy chế theo dõi, đôn đốc (rule-violated: the `rule` member names the rule) hoặc Idempotency-Key dùng lại cho yêu cầu khác (idempotency-key-reused) hoặc địa chỉ webhook không công khai (unsafe-target: `errors` names the field) hoặc báo cáo vượt quá số nhiệm vụ tối đa (report-too-large) */
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
    getAgencyCalendarFeed: {
        parameters: {
            query: {
                /** @description Mã lịch (ddf_…) */
                token: string;
            };
            header?: never;
            path: {
                /** @description Mã định danh */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Lịch iCalendar (RFC 5545) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/calendar": string;
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
            /** @description Chưa đăng nhập (unauthenticated, invalid-credentials) */
            401: {
                headers: {
                    /** @description Cách xác thực: khoá API gửi trong Authorization: Bearer …; trình duyệt dùng cookie phiên dondoc_session sau POST /v1/auth/login */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền (forbidden, csrf-failed, password-change-required) */
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
            /** @description Xung đột (conflict, invalid-transition, idempotency-in-progress, idempotency-secret-shown-once) */
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
            /** @description Trái quy chế theo dõi, đôn đốc (rule-violated: the `rule` member names the rule) hoặc Idempotency-Key dùng lại cho yêu cầu khác (idempotency-key-reused) hoặc địa chỉ webhook không công khai (unsafe-target: `errors` names the field) hoặc báo cáo vượt quá số nhiệm vụ tối đa (report-too-large) */
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
    getUserCalendarFeed: {
        parameters: {
            query: {
                /** @description Mã lịch (ddf_…) */
                token: string;
            };
            header?: never;
            path: {
                /** @description Mã định danh */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Lịch iCalendar (RFC 5545) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/calendar": string;
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
            /** @description Chưa đăng nhập (unauthenticated, invalid-credentials) */
            401: {
                headers: {
                    /** @description Cách xác thực: khoá API gửi trong Authorization: Bearer …; trình duyệt dùng cookie phiên dondoc_session sau POST /v1/auth/login */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền (forbidden, csrf-failed, password-change-required) */
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
            /** @description Xung đột (conflict, invalid-transition, idempotency-in-progress, idempotency-secret-shown-once) */
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
            /** @description Trái quy chế theo dõi, đôn đốc (rule-violated: the `rule` member names the rule) hoặc Idempotency-Key dùng lại cho yêu cầu khác (idempotency-key-reused) hoặc địa chỉ webhook không công khai (unsafe-target: `errors` names the field) hoặc báo cáo vượt quá số nhiệm vụ tối đa (report-too-large) */
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
    listImports: {
        parameters: {
            query?: {
                /** @description Con trỏ trang: nextCursor của trang trước / the previous page's nextCursor */
                cursor?: string;
                /** @description Số phần tử mỗi trang (mặc định 100, tối đa 500) */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Lượt nhập */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportJobList"];
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
            /** @description Chưa đăng nhập (unauthenticated, invalid-credentials) */
            401: {
                headers: {
                    /** @description Cách xác thực: khoá API gửi trong Authorization: Bearer …; trình duyệt dùng cookie phiên dondoc_session sau POST /v1/auth/login */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền (forbidden, csrf-failed, password-change-required) */
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
            /** @description Xung đột (conflict, invalid-transition, idempotency-in-progress, idempotency-secret-shown-once) */
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
            /** @description Trái quy chế theo dõi, đôn đốc (rule-violated: the `rule` member names the rule) hoặc Idempotency-Key dùng lại cho yêu cầu khác (idempotency-key-reused) hoặc địa chỉ webhook không công khai (unsafe-target: `errors` names the field) hoặc báo cáo vượt quá số nhiệm vụ tối đa (report-too-large) */
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
    createImport: {
        parameters: {
            query?: never;
            header?: {
                /** @description Khoá chống gửi trùng: cùng khoá, cùng nội dung → trả lại đúng phản hồi lần đầu */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        /** @description Tệp và ghép cột */
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["ImportUpload"];
            };
        };
        responses: {
            /** @description Lượt nhập đang đọc tệp */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportJob"];
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
            /** @description Chưa đăng nhập (unauthenticated, invalid-credentials) */
            401: {
                headers: {
                    /** @description Cách xác thực: khoá API gửi trong Authorization: Bearer …; trình duyệt dùng cookie phiên dondoc_session sau POST /v1/auth/login */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền (forbidden, csrf-failed, password-change-required) */
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
            /** @description Xung đột (conflict, invalid-transition, idempotency-in-progress, idempotency-secret-shown-once) */
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
            /** @description Trái quy chế theo dõi, đôn đốc (rule-violated: the `rule` member names the rule) hoặc Idempotency-Key dùng lại cho yêu cầu khác (idempotency-key-reused) hoặc địa chỉ webhook không công khai (unsafe-target: `errors` names the field) hoặc báo cáo vượt quá số nhiệm vụ tối đa (report-too-large) */
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
    getImport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Mã định danh */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Lượt nhập */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportJob"];
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
            /** @description Chưa đăng nhập (unauthenticated, invalid-credentials) */
            401: {
                headers: {
                    /** @description Cách xác thực: khoá API gửi trong Authorization: Bearer …; trình duyệt dùng cookie phiên dondoc_session sau POST /v1/auth/login */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền (forbidden, csrf-failed, password-change-required) */
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
            /** @description Xung đột (conflict, invalid-transition, idempotency-in-progress, idempotency-secret-shown-once) */
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
            /** @description Trái quy chế theo dõi, đôn đốc (rule-violated: the `rule` member names the rule) hoặc Idempotency-Key dùng lại cho yêu cầu khác (idempotency-key-reused) hoặc địa chỉ webhook không công khai (unsafe-target: `errors` names the field) hoặc báo cáo vượt quá số nhiệm vụ tối đa (report-too-large) */
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
    applyImport: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag của phiên bản đang sửa (bắt buộc; thiếu → 428, cũ → 412) */
                "if-match"?: string;
                /** @description Khoá chống gửi trùng: cùng khoá, cùng nội dung → trả lại đúng phản hồi lần đầu */
                "idempotency-key"?: string;
            };
            path: {
                /** @description Mã định danh */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Lượt nhập đang ghi */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportJob"];
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
            /** @description Chưa đăng nhập (unauthenticated, invalid-credentials) */
            401: {
                headers: {
                    /** @description Cách xác thực: khoá API gửi trong Authorization: Bearer …; trình duyệt dùng cookie phiên dondoc_session sau POST /v1/auth/login */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền (forbidden, csrf-failed, password-change-required) */
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
            /** @description Xung đột (conflict, invalid-transition, idempotency-in-progress, idempotency-secret-shown-once) */
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
            /** @description Trái quy chế theo dõi, đôn đốc (rule-violated: the `rule` member names the rule) hoặc Idempotency-Key dùng lại cho yêu cầu khác (idempotency-key-reused) hoặc địa chỉ webhook không công khai (unsafe-target: `errors` names the field) hoặc báo cáo vượt quá số nhiệm vụ tối đa (report-too-large) */
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
    previewCalendarWhatIf: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Năm */
                year: number;
            };
            cookie?: never;
        };
        /** @description Nội dung yêu cầu */
        requestBody: {
            content: {
                "application/json": components["schemas"]["PutCalendarYear"];
            };
        };
        responses: {
            /** @description Các hạn và tình trạng sẽ thay đổi */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatIfResult"];
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
            /** @description Chưa đăng nhập (unauthenticated, invalid-credentials) */
            401: {
                headers: {
                    /** @description Cách xác thực: khoá API gửi trong Authorization: Bearer …; trình duyệt dùng cookie phiên dondoc_session sau POST /v1/auth/login */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền (forbidden, csrf-failed, password-change-required) */
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
            /** @description Xung đột (conflict, invalid-transition, idempotency-in-progress, idempotency-secret-shown-once) */
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
            /** @description Trái quy chế theo dõi, đôn đốc (rule-violated: the `rule` member names the rule) hoặc Idempotency-Key dùng lại cho yêu cầu khác (idempotency-key-reused) hoặc địa chỉ webhook không công khai (unsafe-target: `errors` names the field) hoặc báo cáo vượt quá số nhiệm vụ tối đa (report-too-large) */
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
    applyCalendarWhatIf: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag của phiên bản đang sửa (bắt buộc; thiếu → 428, cũ → 412) */
                "if-match"?: string;
            };
            path: {
                /** @description Năm */
                year: number;
            };
            cookie?: never;
        };
        /** @description Nội dung yêu cầu */
        requestBody: {
            content: {
                "application/json": components["schemas"]["PutCalendarYear"];
            };
        };
        responses: {
            /** @description Lịch đã lưu, các hạn đã dời */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatIfResult"];
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
            /** @description Chưa đăng nhập (unauthenticated, invalid-credentials) */
            401: {
                headers: {
                    /** @description Cách xác thực: khoá API gửi trong Authorization: Bearer …; trình duyệt dùng cookie phiên dondoc_session sau POST /v1/auth/login */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền (forbidden, csrf-failed, password-change-required) */
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
            /** @description Xung đột (conflict, invalid-transition, idempotency-in-progress, idempotency-secret-shown-once) */
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
            /** @description Trái quy chế theo dõi, đôn đốc (rule-violated: the `rule` member names the rule) hoặc Idempotency-Key dùng lại cho yêu cầu khác (idempotency-key-reused) hoặc địa chỉ webhook không công khai (unsafe-target: `errors` names the field) hoặc báo cáo vượt quá số nhiệm vụ tối đa (report-too-large) */
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
    previewPolicyWhatIf: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Nội dung yêu cầu */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProposedPolicy"];
            };
        };
        responses: {
            /** @description Các hạn và tình trạng sẽ thay đổi */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatIfResult"];
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
            /** @description Chưa đăng nhập (unauthenticated, invalid-credentials) */
            401: {
                headers: {
                    /** @description Cách xác thực: khoá API gửi trong Authorization: Bearer …; trình duyệt dùng cookie phiên dondoc_session sau POST /v1/auth/login */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền (forbidden, csrf-failed, password-change-required) */
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
            /** @description Xung đột (conflict, invalid-transition, idempotency-in-progress, idempotency-secret-shown-once) */
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
            /** @description Trái quy chế theo dõi, đôn đốc (rule-violated: the `rule` member names the rule) hoặc Idempotency-Key dùng lại cho yêu cầu khác (idempotency-key-reused) hoặc địa chỉ webhook không công khai (unsafe-target: `errors` names the field) hoặc báo cáo vượt quá số nhiệm vụ tối đa (report-too-large) */
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
    applyPolicyWhatIf: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag của phiên bản đang sửa (bắt buộc; thiếu → 428, cũ → 412) */
                "if-match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        /** @description Nội dung yêu cầu */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProposedPolicy"];
            };
        };
        responses: {
            /** @description Quy chế đã lưu, các hạn đã dời */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatIfResult"];
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
            /** @description Chưa đăng nhập (unauthenticated, invalid-credentials) */
            401: {
                headers: {
                    /** @description Cách xác thực: khoá API gửi trong Authorization: Bearer …; trình duyệt dùng cookie phiên dondoc_session sau POST /v1/auth/login */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Không có quyền (forbidden, csrf-failed, password-change-required) */
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
            /** @description Xung đột (conflict, invalid-transition, idempotency-in-progress, idempotency-secret-shown-once) */
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
            /** @description Trái quy chế theo dõi, đôn đốc (rule-violated: the `rule` member names the rule) hoặc Idempotency-Key dùng lại cho yêu cầu khác (idempotency-key-reused) hoặc địa chỉ webhook không công khai (unsafe-target: `errors` names the field) hoặc báo cáo vượt quá số nhiệm vụ tối đa (report-too-large) */
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
}
