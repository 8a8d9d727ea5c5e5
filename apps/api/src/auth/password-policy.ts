/**
 * PasswordPolicy — what a password chosen by a person must be: at least 12 characters, not the
 * username, and not one of the common passwords of the maintained zxcvbn-ts list
 * (`@zxcvbn-ts/language-common`, about 30 000 passwords from public breaches). Compared after NFC
 * and, for the list and the username, case-insensitively. Every place that sets a password asks
 * here: a change of one's own password, and the one-time passwords of a new account or a reset.
 */
import { dictionary } from "@zxcvbn-ts/language-common";

import { ApiError } from "../http/problem.js";
import * as Username from "./username.js";

export const MIN_LENGTH = 12;

/** The rule a password breaks, stable for clients (`rule` in the problem). */
export type Rule = "password-too-short" | "password-is-username" | "password-too-common";

const common = new Set(dictionary["passwords-common"].map((p) => p.toLowerCase()));

const messages: Record<Rule, string> = {
  "password-too-short": `Mật khẩu phải có ít nhất ${MIN_LENGTH} ký tự / The password must have at least ${MIN_LENGTH} characters`,
  "password-is-username": "Mật khẩu không được trùng tên đăng nhập / The password must not be the username",
  "password-too-common":
    "Mật khẩu nằm trong danh sách mật khẩu phổ biến, dễ đoán; hãy chọn mật khẩu khác / The password is in a list of common passwords: choose another",
};

/** The first rule `password` breaks for the account `username`, or `null` when it is acceptable. */
export const brokenRule = (password: string, username: string): Rule | null => {
  const p = password.normalize("NFC");
  if ([...p].length < MIN_LENGTH) return "password-too-short";
  if (Username.normalize(p) === Username.normalize(username)) return "password-is-username";
  if (common.has(p.toLowerCase()) || common.has(p.trim().toLowerCase())) return "password-too-common";
  return null;
};

/**
 * Throws `validation-failed` (400) naming the broken rule (`rule`) and the field (`errors[].path`)
 * when `password` breaks the policy.
 */
export const check = (password: string, username: string, field = "body.newPassword"): void => {
  const rule = brokenRule(password, username);
  if (rule === null) return;
  throw new ApiError("validation-failed", messages[rule], {
    rule,
    errors: [{ path: field, message: messages[rule] }],
  });
};
