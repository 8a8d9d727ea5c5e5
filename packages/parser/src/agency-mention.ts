/**
 * AgencyMention — reads the agencies a clause names: the list after “Giao …”, “Yêu cầu …”,
 * “Đề nghị …” or at the head of a clause, and the coordinators after “phối hợp với …”. A list
 * ends where the action begins (the first verb), commas and “và” split it only where a new agency
 * begins (so “Sở Văn hóa, Thể thao và Du lịch” stays one name while “Sở A, Sở B và các đơn vị
 * liên quan” gives three), and distributive lists are expanded: “các Sở: Xây dựng, Tài chính” →
 * “Sở Xây dựng”, “Sở Tài chính”; “UBND các huyện: Đakrông, Hải Lăng” → “UBND huyện Đakrông”, ….
 * Titles are dropped: “Giám đốc Sở Công Thương” → “Sở Công Thương”, “Trưởng phòng Văn hóa và
 * Thông tin” → “Phòng Văn hóa và Thông tin”.
 */

/** A name as read, with its span in the notice text. */
export interface Mention {
  readonly name: string;
  readonly start: number;
  readonly end: number;
  readonly collective: boolean;
  /** A catch-all as written (“các đơn vị liên quan”): beside a named agency it coordinates, it does not lead. */
  readonly catchAll: boolean;
}

/** Words that open an agency name (case-sensitive: “Ban Quản lý …” yes, “ban” inside “các sở, ban” no). */
const HEADS =
  "Sở|Ủy ban|Uỷ ban|UBND|UBMTTQ|Văn phòng|VP|Công an|Công ty|Tổng công ty|Tập đoàn|Cục|Chi cục|Tổng cục|Trung tâm|Đài|HĐND|Liên đoàn|Liên minh|Kho bạc|Bảo hiểm|Ngân hàng|Tòa án|Toà án|Viện kiểm sát|Bệnh viện|Bộ Chỉ huy|Đảng ủy|Đảng uỷ|Tỉnh ủy|Tỉnh uỷ|Tỉnh đoàn|Thành ủy|Thành uỷ|Thành đoàn|Huyện ủy|Huyện uỷ|Thị ủy|Mặt trận|Chi nhánh|Điện lực|Cảng vụ|Hải quan|Học viện|Đại học|BQLDA|BQL|BCĐ|BCH|Ban Chỉ huy|Viễn thông|VNPT|Bưu điện|Công đoàn|Cảng hàng không|Bộ đội Biên phòng|Cảnh sát|Chủ đầu tư|Nhà thầu";
/** Words that open an agency name only before a proper name or an administrative level (“Báo Lào Cai”, “Thanh tra tỉnh”, not “Báo cáo”, “Phòng, chống”). */
const WEAK_HEADS =
  "Vụ|Ban|Bộ|Phòng|Thanh tra|Thuế|Hội|Hội đồng|Đoàn|Báo|Khu|Quỹ|Trường|Viện|Cơ quan|Đơn vị|Chính quyền|Thường trực|Vườn quốc gia";
const LEVEL = "tỉnh|huyện|xã|phường|thành phố|Thành phố|thị xã|quận|thị trấn|Trung ương|khu vực";
/** What “các …” must name to be a collective of agencies (“các sở”, “các đơn vị”), not “các nội dung”. */
const COLLECTIVE_NOUNS =
  "sở|Sở|ban|Ban|ngành|cơ quan|đơn vị|địa phương|phòng|Phòng|UBND|Ủy ban|Uỷ ban|huyện|xã|phường|thị xã|thành phố|quận|tổ chức|doanh nghiệp|chủ đầu tư|nhà đầu tư|hội|Hội|đoàn thể|Bộ|bộ|cơ sở|trường|bệnh viện|trung tâm|Trung tâm|chi cục|thành viên|lực lượng|hộ|cá nhân|tập thể|Ban Quản lý|BQL|Công ty|công ty|nhà thầu|hợp tác xã|Thủ trưởng|Giám đốc|Chủ tịch|Cục|cục|Tổng cục|tập đoàn|Tập đoàn|ngân hàng|Ngân hàng|chi nhánh|Đảng ủy|cấp ủy|tổ|Tổ|Đoàn|đoàn|ngành|bộ phận|xã, phường|phường, xã";

/** Titles of the head of an agency, dropped from a lead (“Giám đốc Sở …” is the Sở). */
const TITLES =
  "Giám đốc|Phó Giám đốc|Tổng Giám đốc|Thủ trưởng|Chủ tịch|Phó Chủ tịch|Người đứng đầu|Lãnh đạo|lãnh đạo|Bí thư|Chỉ huy trưởng|Cục trưởng|Chi cục trưởng|Viện trưởng|Hiệu trưởng|Chánh án|Viện trưởng|Tổng biên tập|đồng chí|Đồng chí";
/** “Trưởng phòng X” is “Phòng X”. */
const TITLE_OF_HEAD: ReadonlyArray<[RegExp, string]> = [
  [/^Trưởng phòng\s+/u, "Phòng "],
  [/^Trưởng ban\s+/u, "Ban "],
  [/^Trưởng Công an\s+/u, "Công an "],
  [/^Chánh Văn phòng\s+/u, "Văn phòng "],
  [/^Chánh Thanh tra\s+/u, "Thanh tra "],
  [/^Giám đốc Công an\s+/u, "Công an "],
];

const START = new RegExp(
  String.raw`^(?:(?:${TITLES})\s*:?\s+)*(?:Trưởng phòng|Trưởng ban|Trưởng Công an|Chánh Văn phòng|Chánh Thanh tra|(?:các|Các)\s+(?:${COLLECTIVE_NOUNS})(?![\p{L}])|(?:${HEADS})(?![\p{L}])|(?:${WEAK_HEADS})\s+(?=[\p{Lu}\d]|(?:${LEVEL})(?![\p{L}]))|(?:sở|phòng|ban|ủy ban|uỷ ban|văn phòng|công an|cơ quan|đơn vị|địa phương)\s+(?=[\p{Lu}\d]))`,
  "u",
);

/** Whether a string starts with an agency (after optional titles). */
export const startsAgency = (s: string): boolean => {
  // A name's head may be wrapped by a PDF line (“Công⏎an tỉnh”): compare on single spaces.
  const head = s.slice(0, 60);
  return START.test(head.includes("\n") ? head.replace(/\s+/gu, " ") : head);
};

/** A province or centrally-run city named as a subject (“Giao tỉnh Nghệ An …”): its People's Committee. */
const PROVINCE = /^(?:tỉnh|thành phố|Thành phố|TP\.?)\s+(?=\p{Lu})(?!Ủy|Uỷ)/u;

/** Whether a string starts with a province named as a subject (“tỉnh Nghệ An”, “thành phố Hải Phòng”). */
export const startsProvince = (s: string): boolean => PROVINCE.test(s);

/**
 * Verbs (and the words that open an action) at which a list of agencies ends. Lower-case only:
 * inside names the same words are capitalised (“Sở Xây dựng”, “Sở Kế hoạch và Đầu tư”).
 */
const VERBS = [
  "chủ trì",
  "phối hợp",
  "khẩn trương",
  "rà soát",
  "nghiên cứu",
  "tham mưu",
  "hướng dẫn",
  "kiểm tra",
  "báo cáo",
  "đẩy nhanh",
  "đẩy mạnh",
  "theo dõi",
  "đôn đốc",
  "tổng hợp",
  "hoàn thiện",
  "hoàn thành",
  "thực hiện",
  "triển khai",
  "tổ chức",
  "chỉ đạo",
  "đề xuất",
  "tiếp tục",
  "tăng cường",
  "chịu trách nhiệm",
  "có trách nhiệm",
  "giải trình",
  "lập",
  "xem xét",
  "cập nhật",
  "chỉnh sửa",
  "trình",
  "tập trung",
  "xử lý",
  "hỗ trợ",
  "tạo điều kiện",
  "tiếp thu",
  "bố trí",
  "cân đối",
  "đánh giá",
  "giải quyết",
  "lựa chọn",
  "tìm kiếm",
  "quán triệt",
  "tuyên truyền",
  "ban hành",
  "soạn thảo",
  "thẩm định",
  "công bố",
  "cung cấp",
  "gửi",
  "mời",
  "chuẩn bị",
  "phân công",
  "giám sát",
  "khảo sát",
  "làm việc",
  "làm rõ",
  "xác định",
  "thống kê",
  "điều tra",
  "thanh tra",
  "phát động",
  "sớm",
  "kịp thời",
  "chủ động",
  "nghiêm túc",
  "quyết liệt",
  "ngay",
  "sửa đổi",
  "thu hồi",
  "di dời",
  "phê duyệt",
  "hoàn tất",
  "giải ngân",
  "thu hút",
  "phấn đấu",
  "nâng cao",
  "căn cứ",
  "theo chức năng",
  "theo thẩm quyền",
  "trong phạm vi",
  "để",
  "nhằm",
  "về việc",
  "xây dựng",
  "tham gia",
  "bảo đảm",
  "đảm bảo",
  "khắc phục",
  "cho ý kiến",
  "góp ý",
  "trả lời",
  "phổ biến",
  "tiếp nhận",
  "rút kinh nghiệm",
  "quan tâm",
  "dự thảo",
  "thông tin",
  "đã",
  "được",
  "là",
  "nêu cao",
  "ghi nhận",
  "đánh giá cao",
  "biểu dương",
  "nhất trí",
  "thống nhất",
  "chấp thuận",
  "đồng ý",
  "cơ bản",
  "cần",
  "phải",
  "chưa",
  "đang",
  "vẫn",
  "còn",
  "phân bổ",
  "nộp",
  "lắp đặt",
  "vận hành",
  "sửa chữa",
  "nâng cấp",
  "mua sắm",
  "thanh toán",
  "quyết toán",
  "giải phóng",
  "bồi thường",
  "thông báo",
  "công khai",
  "niêm yết",
  "tập huấn",
  "đào tạo",
  "kêu gọi",
  "xúc tiến",
  "kiện toàn",
  "củng cố",
  "tạm dừng",
  "đình chỉ",
  "cưỡng chế",
  "xác minh",
  "duy trì",
  "bàn giao",
  "hoàn trả",
  "cấp phép",
  "cấp giấy",
  "cấp mới",
  "cấp đổi",
  "cấp kinh phí",
  "cấp vốn",
  "quy hoạch",
  "đo đạc",
  "kiểm kê",
  "ứng phó",
  "phòng, chống",
  "phòng chống",
  "huy động",
  "phụ trách",
  "bảo trì",
  "duy tu",
  "nạo vét",
  "sử dụng",
  "áp dụng",
  "chuyển đổi",
  "tích hợp",
  "kết nối",
  "phản hồi",
  "đối thoại",
  "kiểm điểm",
  "tổng kết",
  "sơ kết",
  "lấy ý kiến",
  "đưa vào",
  "dừng",
  "điều hành",
  "hợp đồng",
  "ký kết",
  "xin ý kiến",
  "hiệp y",
  "thỏa thuận",
  "bám sát",
  "hoàn chỉnh",
  "kiến nghị",
  "đề nghị",
  "yêu cầu",
  "giao",
  "vận động",
  "hủy",
  "thẩm tra",
  "điều chỉnh",
  "bổ sung",
  "sắp xếp",
  "quản lý",
  "nắm",
  "tuyển",
  "tiến hành",
  "chấn chỉnh",
  "ưu tiên",
  "thành lập",
  "đăng ký",
  "đăng tải",
  "định kỳ",
  "thường xuyên",
  "trước",
  "trong",
  "tại",
  "theo",
  "với",
  "có ý kiến",
  "(",
];
const VERB_RE = new RegExp(
  String.raw`(?<![\p{L}\d])(?:${VERBS.map((v) => v.replace(/[()]/g, "\\$&")).join("|")})(?![\p{L}\d])`,
  "gu",
);
/** Verbs that follow a subject at the head of a clause (“Sở Tài chính chủ trì …”). */
const NOT_ACTIONS = new Set([
  "đã",
  "được",
  "là",
  "trong",
  "tại",
  "theo",
  "với",
  "(",
  "có ý kiến",
  "để",
  "nhằm",
  "về việc",
  // An assessment, not a duty: “Sở X đã/đang/chưa/cơ bản hoàn thành …”, “UBND tỉnh ghi nhận …”.
  "chưa",
  "đang",
  "vẫn",
  "còn",
  "cơ bản",
  "ghi nhận",
  "đánh giá cao",
  "biểu dương",
  "nhất trí",
  "thống nhất",
  "chấp thuận",
  "đồng ý",
]);

/** Words that may sit inside an agency name although they are verbs elsewhere. */
const inName = (s: string, at: number, verb: string): boolean => {
  const before = s.slice(Math.max(0, at - 24), at);
  if (verb === "xây dựng" && /(?:[Đđ]ầu tư|[Dd]ự án|[Cc]ông trình)\s+$/u.test(before)) return true;
  if (verb === "quản lý" && /(?:Ban|ban)\s+$/u.test(before)) return true;
  if (verb === "thông tin" && /(?:Cổng|Trung tâm|cổng)\s+$/u.test(before)) return true;
  if (verb === "tổ chức" && /(?:các|Các)\s+$/u.test(before)) return true;
  if (verb === "giao" && /^giao\s+(?:thông|dịch|lưu|thương|nhận|ban|khoán)/u.test(s.slice(at, at + 14)))
    return true;
  if (verb === "trình" && /(?:[Cc]hương|[Cc]ông)\s+$/u.test(before)) return true;
  // “Ban Chỉ đạo phòng, chống thiên tai tỉnh”, “BCH phòng chống thiên tai và tìm kiếm cứu nạn”.
  if (
    (verb === "phòng chống" || verb === "phòng, chống") &&
    /(?:Ban [Cc]hỉ đạo|Ban [Cc]hỉ huy|BCĐ|BCH)(?:\s+\p{L}+){0,2}\s+$/u.test(before)
  )
    return true;
  if (
    verb === "tìm kiếm" &&
    /thiên tai và\s+$/u.test(before) &&
    /^tìm kiếm,?\s+cứu nạn/iu.test(s.slice(at, at + 24))
  )
    return true;
  if (verb === "theo" || verb === "với" || verb === "tại" || verb === "trong") {
    // “các đơn vị trong tỉnh” is part of the name only at the very end of a short collective.
    return false;
  }
  return false;
};

const DISTRIBUTIVE_BEFORE = new RegExp(String.raw`(?:(?:các|Các)\s+\p{L}+(?:\s+\p{Ll}+)?|${TITLES})$`, "u");

const VERB_ONE = new RegExp(VERB_RE.source, "u");

/**
 * Whether a line is a heading rather than the first part of a wrapped sentence, by its shape: a
 * short line that opens like a heading (“Về dự án X”, “Đối với …”, “Dự án …”, “Công tác …”) and
 * does not break off on a comma or a connecting word.
 */
export const isHeadingLine = (line: string): boolean => {
  const t = line.trim().replace(/^(?:[IVX]{1,5}|\d{1,2}(?:\.\d{1,2})*|[a-zđ])\s*[.)/]\s*|^[-–+•*]\s*/u, "");
  return (
    t.length > 0 &&
    t.length <= 100 &&
    /^(?:Về|Đối với|Riêng|V\/v|Dự án|Công trình|Công tác|Tình hình|Kết quả|Nội dung|Việc)\s/u.test(t) &&
    !/(?:[,;]|\s(?:với|và|của|các|cho|tại|theo|để|về|được|là|có|trong|từ|đến|những|này|đã|sẽ|thuộc|như))$/u.test(
      t,
    )
  );
};

/** Whether `s` opens with an action verb (“hướng dẫn địa phương …”). */
export const startsVerb = (s: string): boolean => {
  const m = VERB_ONE.exec(s);
  return m !== null && m.index === 0 && isAction(m[0].replace(/\s+/gu, " "));
};

/** Whether the line break at `at` only wraps a sentence: the line before ends mid-sentence and the next is no list item. */
export const isSoftWrap = (s: string, at: number): boolean => {
  const lineStart = s.lastIndexOf("\n", at - 1) + 1;
  const before = s.slice(lineStart, at);
  // A blank line, or a heading line followed by its capitalised body, is a hard break.
  if (before.trim().length === 0) return false;
  if (/^[ \t]*\p{Lu}/u.test(s.slice(at + 1, at + 4)) && isHeadingLine(before)) return false;
  return (
    /[\p{L}\d,]$/u.test(s.slice(Math.max(0, at - 2), at).trimEnd()) &&
    !/^[ \t]*(?:[-–+•*]|\d{1,2}(?:\.\d{1,2})*\s*[.)/]|[a-zđ]\s*[).]|[IVX]{1,5}\s*[.)]|\([ivx]{1,4}\))/u.test(
      s.slice(at + 1, at + 12),
    )
  );
};

/** The first verb of `s` that ends a list (not inside a name or the subject's parenthesis). */
const firstVerb = (s: string, searched: string): { at: number; verb: string } | null => {
  for (const m of searched.matchAll(VERB_RE)) {
    if (m.index === 0) continue;
    if (inName(s, m.index, m[0])) continue;
    // A verb inside the subject's parenthesis (“Tổng công ty X (Gói thầu … đường kết nối …)”) is not its action.
    if (m[0] !== "(" && s.lastIndexOf("(", m.index) > s.lastIndexOf(")", m.index)) continue;
    return { at: m.index, verb: m[0] };
  }
  return null;
};

/** Where a list of agencies starting at `s[0]` ends, and the verb found there (if any). */
export const listEnd = (s: string): { end: number; verb: string | null } => {
  let found = firstVerb(s, s);
  // A phrase may be wrapped over two lines (“phối⏎hợp” in a law portal's copy): past a line break,
  // look again in the text with its line breaks as spaces (same length, so the same positions).
  const nl = s.indexOf("\n");
  if (nl >= 0 && (found === null || found.at > nl)) found = firstVerb(s, s.replace(/\n/gu, " "));
  let stop = found === null ? s.length : found.at;
  let verb: string | null = found === null ? null : found.verb;
  for (const m of s.matchAll(/[.!?\n;:]/gu)) {
    if (m.index >= stop) break;
    const rest = s.slice(m.index + 1).trimStart();
    if (m[0] === ";" && startsAgency(rest)) continue;
    // “UBND TP. Vũng Tàu”, “UBND TX. Phú Mỹ”: an abbreviation's full stop is part of the name.
    if (
      m[0] === "." &&
      /(?:^|\s)(?:TP|Tp|TX|Tx|TT|Q|H|P|X)$/u.test(s.slice(0, m.index)) &&
      /^\s*\p{Lu}/u.test(s.slice(m.index + 1))
    ) {
      continue;
    }
    // A line wrapped inside a sentence (PDF text, narrow columns) is a space.
    if (m[0] === "\n" && isSoftWrap(s, m.index)) continue;
    if (m[0] === ":" && DISTRIBUTIVE_BEFORE.test(s.slice(0, m.index).trimEnd())) continue;
    stop = m.index;
    verb = null;
    break;
  }
  // “Các tổ chức, cá nhân được cấp giấy phép khai thác … có trách nhiệm …”: a collective keeps its
  // qualifier up to the duty.
  if (verb === "được" && /^(?:các|Các)\s/u.test(s)) {
    const q = /^được[^.;:\n]{0,120}?\s(có trách nhiệm|chịu trách nhiệm)(?![\p{L}])/u.exec(s.slice(stop));
    if (q?.[1] !== undefined) {
      stop += q[0].length - q[1].length;
      verb = q[1];
    }
  }
  // “các đơn vị chưa gửi báo cáo khẩn trương gửi …”: the collective keeps its relative clause up to
  // the urging adverb that opens its duty.
  if (verb === "chưa" && /^(?:các|Các)\s/u.test(s)) {
    const q = /^chưa[^.;:!?]{1,160}?\s(khẩn trương|nghiêm túc|kịp thời)(?![\p{L}])/u.exec(s.slice(stop));
    if (q?.[1] !== undefined) {
      stop += q[0].length - q[1].length;
      verb = q[1];
    }
  }
  // A catch-all ends the list: “các đơn vị liên quan đầu tư …”.
  for (const rel of s.matchAll(/(?:có\s+)?liên quan(?:\s+khác(?![\p{L}]))?/gu)) {
    const after = rel.index + rel[0].length;
    if (after >= stop) break;
    if (
      /^\s*(?:[,;]\s*\S|và\s|\))/u.test(s.slice(after)) &&
      startsAgency(s.slice(after).replace(/^\s*(?:[,;]|và)\s*/u, ""))
    )
      continue;
    stop = after;
    verb = null;
    // “Các Bộ, ngành liên quan khác trong phạm vi chức năng, nhiệm vụ, tăng cường …”
    const next = /^\s*(?:khác\s*)?,?\s*([\p{L} ]{1,20})/u.exec(s.slice(after));
    if (next?.[1] !== undefined) {
      const v = VERB_ONE.exec(next[1]);
      if (v !== null && v.index === 0) verb = v[0].replace(/\s+/gu, " ");
    }
    break;
  }
  return { end: stop, verb };
};

/** Whether the word after a list is an action (so the list was the subject of a clause). */
export const isAction = (verb: string | null): boolean => verb !== null && !NOT_ACTIONS.has(verb);

const COLLECTIVE =
  /^(?:các|Các|mỗi|từng|toàn thể)\s|^(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân|Thủ trưởng|Lãnh đạo|Chủ tịch|Giám đốc)\s+các\s|liên quan$|^(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\s+(?:huyện|xã|phường|thị xã|thành phố)\s*,/u;

/** Whether a name is a collective assignee (“Các sở, ban, ngành”, “UBND các xã, phường”). */
export const isCollective = (name: string): boolean => COLLECTIVE.test(name);

/** Whether a name is a catch-all (“các đơn vị liên quan”), which is never a lead beside a named agency. */
export const isCatchAll = (name: string): boolean => /^(?:các|Các)\s|liên quan(?: khác)?$/u.test(name);

const TITLE_PREFIX = new RegExp(String.raw`^(?:đại diện\s+)?(?:${TITLES})\s*:?\s+(?=\S)`, "u");
const TITLE_ONLY = new RegExp(String.raw`^(?:đại diện\s+)?(?:${TITLES})$`, "u");
const LEVEL_END = new RegExp(`(?:${LEVEL})$`, "u");

const stripTitle = (name: string): { name: string; cut: number } => {
  let cut = 0;
  let s = name;
  for (;;) {
    const t = TITLE_PREFIX.exec(s);
    if (t === null) break;
    const rest = s.slice(t[0].length);
    if (!START.test(rest)) break;
    s = rest;
    cut += t[0].length;
  }
  for (const [re, head] of TITLE_OF_HEAD) {
    const m = re.exec(s);
    if (m !== null) {
      // The span keeps pointing at the written words; only the name is rewritten.
      return { name: head + s.slice(m[0].length), cut };
    }
  }
  return { name: s, cut };
};

const tidy = (name: string): string => {
  let s = name
    .replace(/\s*\([^)]*\)?/gu, "")
    .replace(/\s+/gu, " ")
    .replace(/^(?:cho|và|với|đối với)\s+/u, "")
    .replace(/[\s,;:.\-–]+$/u, "")
    .trim();
  if (/^(?:sở|phòng|ban|ủy ban|uỷ ban|văn phòng|công an)\s/u.test(s))
    s = s.charAt(0).toUpperCase() + s.slice(1);
  if (PROVINCE.test(s))
    s = `UBND ${s.replace(/^Thành phố/u, "thành phố").replace(/^TP\.?\s*/u, "thành phố ")}`;
  return s;
};

/** The singular head of a distributive prefix: “các Sở” → “Sở”, “UBND các huyện” → “UBND huyện”. */
const singular = (prefix: string): string =>
  prefix
    .replace(/^(?:các|Các)\s+/u, "")
    .replace(/\s+các\s+/u, " ")
    .trim();

/**
 * The names of ministries and departments that follow “Bộ” / “Sở”: in “Bộ Công an, Quốc phòng”
 * the second member is “Bộ Quốc phòng” (a distributive list keeps the first member's full name).
 */
const DEPARTMENT =
  /^(?:Quốc phòng|Công an|Ngoại giao|Nội vụ|Tư pháp|Tài chính|Công Thương|Nông nghiệp và Môi trường|Nông nghiệp và Phát triển nông thôn|Tài nguyên và Môi trường|Xây dựng|Giao thông vận tải|Khoa học và Công nghệ|Giáo dục và Đào tạo|Y tế|Dân tộc và Tôn giáo|Kế hoạch và Đầu tư|Thông tin và Truyền thông|Ngoại vụ|Văn hóa, Thể thao và Du lịch|Lao động - Thương binh và Xã hội)(?=\s*(?:[,;]|và\s|$)|\s+\p{Ll})/u;

interface Piece {
  text: string;
  start: number;
}

const splitAt = (piece: Piece, re: RegExp, when: (rest: string) => boolean): Piece[] => {
  const out: Piece[] = [];
  let from = 0;
  for (const m of piece.text.matchAll(re)) {
    const rest = piece.text.slice(m.index + m[0].length);
    if (!when(rest)) continue;
    out.push({ text: piece.text.slice(from, m.index), start: piece.start + from });
    from = m.index + m[0].length;
  }
  out.push({ text: piece.text.slice(from), start: piece.start + from });
  return out;
};

/**
 * Splits a written list of agencies into mentions. `offset` is the position of `list` in the
 * notice text.
 *
 * @example
 * AgencyMention.split("các Sở: Xây dựng, Tài chính và các đơn vị liên quan", 0).map((m) => m.name)
 * // ["Sở Xây dựng", "Sở Tài chính", "các đơn vị liên quan"]
 */
export const split = (list: string, offset: number): Mention[] => {
  let pieces: Piece[] = [{ text: list, start: offset }];
  pieces = pieces.flatMap((p) => splitAt(p, /\s*;\s*/gu, () => true));
  pieces = pieces.flatMap((p) =>
    splitAt(
      p,
      /\s*,\s*|\s+và\s+|\s+cùng\s+|\s*\/\s*/gu,
      // (“các Sở: Xây dựng, Tài chính” is read below, by its colon.)
      (rest) =>
        startsAgency(rest) ||
        (!p.text.includes(":") && DEPARTMENT.test(rest)) ||
        // “Bộ Tài chính, tỉnh Nghệ An”, not “xã Mường Bo, tỉnh Lào Cai” (an address).
        (PROVINCE.test(rest) &&
          /^\s*(?:tỉnh|thành phố|Thành phố|Bộ|UBND các|Ủy ban nhân dân các)\s/u.test(p.text)),
    ).reduce<Piece[]>((acc, q) => {
      const prev = acc[acc.length - 1];
      // “Văn phòng HĐND và UBND” is one office.
      if (
        prev !== undefined &&
        /Văn phòng (?:HĐND|Hội đồng nhân dân|Đoàn ĐBQH)$/u.test(prev.text) &&
        /^(?:UBND|Ủy ban|Uỷ ban|HĐND)/u.test(q.text)
      ) {
        acc[acc.length - 1] = {
          text: p.text.slice(prev.start - p.start, q.start - p.start + q.text.length),
          start: prev.start,
        };
      } else acc.push(q);
      return acc;
    }, []),
  );
  const out: Mention[] = [];
  let head: string | null = null;
  for (const p of pieces) {
    const own = /^\s*(Bộ|Sở)\s/u.exec(p.text);
    if (own !== null) head = own[1] ?? null;
    else if (
      head !== null &&
      DEPARTMENT.test(p.text.trimStart()) &&
      // “Sở Xây dựng, Công an tỉnh”: an agency of its own, not “Sở Công an tỉnh”.
      (!startsAgency(p.text.trimStart()) || /^\s*Công an[\s,;.]*$/u.test(p.text))
    ) {
      const lead = p.text.length - p.text.trimStart().length;
      out.push({
        name: `${head} ${tidy(p.text)}`,
        start: p.start + lead,
        end: p.start + p.text.replace(/[\s,;:.]+$/u, "").length,
        collective: false,
        catchAll: false,
      });
      continue;
    } else head = null;
    const colon = /^(.*?)\s*:\s*/u.exec(p.text);
    if (colon !== null && colon[1] !== undefined) {
      const prefix = colon[1];
      const isTitle = TITLE_ONLY.test(prefix);
      const rest = { text: p.text.slice(colon[0].length), start: p.start + colon[0].length };
      const places = LEVEL_END.test(prefix);
      const items = isTitle
        ? [rest]
        : splitAt(rest, places ? /\s*,\s*|\s+và\s+(?=\p{Lu})/gu : /\s*,\s*/gu, () => true);
      for (const it of items) {
        const base = tidy(it.text);
        if (base.length === 0) continue;
        const name = isTitle || startsAgency(base) ? base : `${singular(prefix)} ${base}`;
        const n = tidy(stripTitle(name).name);
        out.push({
          name: n,
          start: it.start,
          end: it.start + it.text.length,
          collective: isCollective(n),
          catchAll: false,
        });
      }
      continue;
    }
    const lead = /^\s*/u.exec(p.text)?.[0].length ?? 0;
    const stripped = stripTitle(p.text.slice(lead));
    const name = tidy(stripped.name);
    if (name.length === 0) continue;
    const start = p.start + lead + stripped.cut;
    const end = p.start + p.text.replace(/[\s,;:.]+$/u, "").length;
    const raw = p.text.slice(lead);
    out.push({
      name,
      start,
      end: Math.max(start, end),
      collective: isCollective(name),
      catchAll: isCatchAll(tidy(raw)),
    });
  }
  // A “name” longer than this ran past the end of the list (no verb was found): it is no agency.
  return out.filter((m) => m.name.length > 1 && m.name.length <= 120);
};
