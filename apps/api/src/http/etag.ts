/**
 * Optimistic concurrency over HTTP: a resource's version is its ETag (`"3"`); writes must send it
 * back in `If-Match`. Missing → 428, not matching the stored version → 412.
 */
import { ApiError } from "./problem.js";

export const of = (version: number): string => `"${version}"`;

/** The version the client expects, from `If-Match`; throws 428 when absent, 412 when unreadable. */
export const expected = (ifMatch: string | undefined): number => {
  if (ifMatch === undefined || ifMatch.trim() === "") {
    throw new ApiError(
      "precondition-required",
      "Cần gửi If-Match với ETag lấy từ lần đọc gần nhất / Send If-Match with the ETag you last read",
    );
  }
  const match = /^(?:W\/)?"(\d{1,9})"$/.exec(ifMatch.trim());
  if (match === null) {
    throw new ApiError(
      "precondition-failed",
      `If-Match ${ifMatch} không khớp phiên bản nào / matches no version`,
    );
  }
  return Number(match[1]);
};

export const stale = (what: string, id: string, current: number): ApiError =>
  new ApiError(
    "precondition-failed",
    `${what} ${id} đã được cập nhật (phiên bản hiện tại ${current}); tải lại rồi thử lại / was changed, reload and retry`,
    { headers: { ETag: of(current) } },
  );
