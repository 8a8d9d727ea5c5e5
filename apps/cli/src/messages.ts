/**
 * The CLI's words, Vietnamese first (full diacritics, NFC) and English with `--lang en`.
 */
export type Lang = "vi" | "en";

const vi = {
  description: "dondoc — theo dõi, đôn đốc việc thực hiện kết luận, chỉ đạo",
  lang: "ngôn ngữ hiển thị: vi (mặc định) hoặc en",
  json: "in kết quả dạng JSON",
  jsonErrors: "báo lỗi dạng JSON trên stderr",
  parseDescription: "phân tích một thông báo kết luận (TXT, DOCX hoặc PDF; “-” đọc từ đầu vào chuẩn)",
  parseFile: "tệp thông báo, hoặc - để đọc từ đầu vào chuẩn",
  noDirectory: "không đối chiếu cơ quan với danh mục mẫu",
  deadlineDescription: "tính hạn của một cụm từ thời hạn",
  deadlinePhrase: "cụm từ thời hạn, ví dụ “trong tháng 01/2023”",
  from: "ngày ban hành (YYYY-MM-DD) làm mốc tính",
  noRoll: "không chuyển hạn rơi vào ngày nghỉ sang ngày làm việc tiếp theo",
  calendarDescription: "lịch ngày làm việc của một năm: ngày nghỉ lễ, tết, nghỉ bù và ngày làm bù",
  calendarYear: "năm, ví dụ 2024",
  headers: {
    directive: "Mục",
    lead: "Chủ trì",
    coordinators: "Phối hợp",
    mode: "Hình thức",
    deadline: "Thời hạn → Hạn",
  },
  requested: "đề nghị",
  assigned: "giao",
  informational: "(không giao việc)",
  noDeadline: "không ghi hạn",
  warnings: "Cảnh báo",
  notice: (n: string | null, s: string | null, place: string | null, date: string | null): string =>
    `Thông báo số ${n ?? "…"}/${s ?? "…"}${place === null ? "" : ` — ${place}`}${date === null ? "" : `, ngày ${date}`}`,
  summary: (d: number, t: number, w: number): string => `${d} mục, ${t} nhiệm vụ, ${w} cảnh báo`,
  dueOn: "Hạn",
  noDueDate: "không có ngày hạn cụ thể",
  kind: "Loại",
  derivation: "Cách tính",
  unreadablePhrase: (p: string): string => `Không nhận ra thời hạn trong “${p}”.`,
  badDate: (d: string): string => `Ngày không hợp lệ: “${d}” (cần dạng YYYY-MM-DD, ví dụ 2024-01-05).`,
  badYear: (y: string): string => `Năm không hợp lệ: “${y}” (cần một số từ 1900 đến 2200).`,
  cannotRead: (f: string, why: string): string => `Không đọc được tệp “${f}”: ${why}`,
  cannotWrite: (f: string, why: string): string => `Không ghi được tệp “${f}”: ${why}`,
  version: "in số phiên bản",
  stdin: "đầu vào chuẩn",
  fileNotFound: (f: string): string => `Không tìm thấy tệp “${f}”.`,
  isDirectory: (f: string): string => `“${f}” là một thư mục, không phải tệp.`,
  noPermission: "không có quyền đọc",
  fileEmpty: (f: string): string => `Tệp “${f}” rỗng: không có gì để đọc.`,
  fileBinary: (f: string, accepts: string): string =>
    `Tệp “${f}” không phải tệp văn bản hay tài liệu đọc được: cần ${accepts}.`,
  textFormats: "TXT, DOCX hoặc PDF",
  badLang: (v: string): string =>
    `Ngôn ngữ “${v}” không hỗ trợ: dùng vi hoặc en (unsupported language “${v}”: use vi or en).`,
  portInUse: (host: string, port: number): string =>
    `Cổng ${port} trên ${host} đang được dùng: dừng chương trình đang chiếm cổng hoặc chọn cổng khác bằng --port.`,
  internal: (why: string): string => `Lỗi nội bộ: ${why} — xin báo lỗi này cho nhóm phát triển.`,
  calendarTitle: (y: number, n: number): string => `Lịch làm việc năm ${y}: ${n} ngày làm việc`,
  unconfirmed: "(chưa có lịch nghỉ chính thức: tính theo luật)",
  dayKinds: { holiday: "nghỉ lễ, tết", "day-off": "nghỉ bù / hoán đổi", "make-up": "làm bù" },
  weekly: "Nghỉ hằng tuần",
  adminDescription: "quản trị cục bộ trên cơ sở dữ liệu (cần thư mục dữ liệu hoặc DATABASE_URL)",
  resetPasswordDescription:
    "cấp mật khẩu dùng một lần mới cho một tài khoản (phải đổi khi đăng nhập), kết thúc mọi phiên, ghi nhật ký",
  resetPasswordUser: "tên đăng nhập, ví dụ admin",
  userNotFound: (u: string): string => `Không có tài khoản “${u}”.`,
  passwordReset: (u: string, p: string): string =>
    `Mật khẩu dùng một lần mới của ${u}: ${p}\n(chỉ hiện một lần; phải đổi khi đăng nhập)`,
  auditDescription: "nhật ký thay đổi",
  auditVerifyDescription: "kiểm tra chuỗi băm của nhật ký và báo mắt xích hỏng đầu tiên",
  auditOk: (n: number): string => `Nhật ký nguyên vẹn: ${n} mắt xích đều khớp.`,
  auditBroken: (id: string, reason: string, n: number): string =>
    `Chuỗi băm nhật ký hỏng tại dòng ${id} (${reason}), sau ${n} mắt xích khớp: nhật ký đã bị sửa hoặc xoá ngoài ứng dụng.`,
};

type Messages = typeof vi;

const en: Messages = {
  description: "dondoc — follow-up of meeting-conclusion notices",
  lang: "display language: vi (default) or en",
  json: "print the result as JSON",
  jsonErrors: "report errors as JSON on stderr",
  parseDescription: "parse a notice of conclusions (TXT, DOCX or PDF; “-” reads standard input)",
  parseFile: "notice file, or - for standard input",
  noDirectory: "do not match agencies against the sample directory",
  deadlineDescription: "compute the due date of a deadline phrase",
  deadlinePhrase: "deadline phrase, e.g. “trong tháng 01/2023”",
  from: "issue date (YYYY-MM-DD) to count from",
  noRoll: "do not move a due date that falls on a day off to the next working day",
  calendarDescription: "working-day calendar of a year: public holidays, days off and make-up working days",
  calendarYear: "year, e.g. 2024",
  headers: {
    directive: "Item",
    lead: "Lead",
    coordinators: "Coordinators",
    mode: "Mode",
    deadline: "Deadline → due",
  },
  requested: "requested",
  assigned: "assigned",
  informational: "(no task)",
  noDeadline: "no deadline",
  warnings: "Warnings",
  notice: (n, s, place, date) =>
    `Notice no. ${n ?? "…"}/${s ?? "…"}${place === null ? "" : ` — ${place}`}${date === null ? "" : `, ${date}`}`,
  summary: (d, t, w) =>
    `${d} ${d === 1 ? "item" : "items"}, ${t} ${t === 1 ? "task" : "tasks"}, ${w} ${w === 1 ? "warning" : "warnings"}`,
  dueOn: "Due",
  noDueDate: "no specific due date",
  kind: "Kind",
  derivation: "Derivation",
  unreadablePhrase: (p) => `No deadline recognised in “${p}”.`,
  badDate: (d) => `Invalid date: “${d}” (expected YYYY-MM-DD, e.g. 2024-01-05).`,
  badYear: (y) => `Invalid year: “${y}” (expected a number from 1900 to 2200).`,
  cannotRead: (f, why) => `Cannot read “${f}”: ${why}`,
  cannotWrite: (f, why) => `Cannot write “${f}”: ${why}`,
  version: "print the version number",
  stdin: "standard input",
  fileNotFound: (f) => `File not found: “${f}”.`,
  isDirectory: (f) => `“${f}” is a directory, not a file.`,
  noPermission: "permission denied",
  fileEmpty: (f) => `“${f}” is empty: nothing to read.`,
  fileBinary: (f, accepts) => `“${f}” is neither text nor a readable document: give ${accepts}.`,
  textFormats: "TXT, DOCX or PDF",
  badLang: (v) =>
    `Unsupported language “${v}”: use vi or en (ngôn ngữ “${v}” không hỗ trợ: dùng vi hoặc en).`,
  portInUse: (host, port) =>
    `Port ${port} on ${host} is already in use: stop what holds it or choose another with --port.`,
  internal: (why) => `Internal error: ${why} — please report it.`,
  calendarTitle: (y, n) => `Working calendar ${y}: ${n} working days`,
  unconfirmed: "(no official schedule yet: computed from the law)",
  dayKinds: { holiday: "public holiday", "day-off": "day off / swapped", "make-up": "make-up working day" },
  weekly: "Weekly rest days",
  adminDescription: "local administration on the database (needs the data folder or DATABASE_URL)",
  resetPasswordDescription:
    "give an account a new one-time password (to change at sign-in), end its sessions, write the audit",
  resetPasswordUser: "username, e.g. admin",
  userNotFound: (u) => `No account “${u}”.`,
  passwordReset: (u, p) => `New one-time password of ${u}: ${p}\n(shown once; must be changed at sign-in)`,
  auditDescription: "the audit log",
  auditVerifyDescription: "verify the audit log's hash chain and report the first broken link",
  auditOk: (n) => `Audit log intact: all ${n} links hold.`,
  auditBroken: (id, reason, n) =>
    `Audit hash chain broken at row ${id} (${reason}) after ${n} good links: the log was changed or deleted outside the application.`,
};

/** The messages of a language. */
export const of = (lang: Lang): Messages => (lang === "en" ? en : vi);

/** The value given to `--lang` on the command line (`--lang en`, `--lang=en`), if any. */
export const langArgOf = (argv: ReadonlyArray<string>): string | undefined => {
  const i = argv.findIndex((a) => a === "--lang" || a.startsWith("--lang="));
  if (i < 0) return undefined;
  return argv[i]?.includes("=") ? argv[i]?.slice("--lang=".length) : argv[i + 1];
};

/** Whether `v` is a language the CLI speaks. */
export const isLang = (v: string | undefined): v is Lang => v === "vi" || v === "en";

/** The language of the command line (`--lang en`), Vietnamese by default. */
export const langOf = (argv: ReadonlyArray<string>): Lang => (langArgOf(argv) === "en" ? "en" : "vi");
