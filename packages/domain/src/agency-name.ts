/**
 * AgencyName — tên cơ quan. Turns an agency name as written in a notice (“Sở TT&TT”, “UBND TP.
 * Vũng Tàu”, “Trưởng phòng Văn hoá và Thông tin”) into a matching key: NFC, lower case, without
 * diacritics (đ → d), “&” read as “và”, the usual abbreviations of Decree 30/2020 spelled out,
 * leading titles and “các” dropped, punctuation collapsed. Two spellings of the same agency give
 * the same key; the key is for matching only, never for display.
 */

/** Multi-letter abbreviations written with “&” or “-” (matched on the diacritic-free text). */
const compoundAbbreviations: ReadonlyArray<readonly [RegExp, string]> = [
  [/\btt\s*&\s*tt\b|\btt-tt\b/g, "thong tin va truyen thong"],
  [/\bkh\s*&\s*dt\b|\bkh-dt\b/g, "ke hoach va dau tu"],
  [/\bkh\s*&\s*cn\b|\bkh-cn\b/g, "khoa hoc va cong nghe"],
  [/\bgd\s*&\s*dt\b|\bgd-dt\b/g, "giao duc va dao tao"],
  [/\btn\s*&\s*mt\b|\btn-mt\b/g, "tai nguyen va moi truong"],
  [/\bnn\s*&\s*ptnt\b|\bnn-ptnt\b/g, "nong nghiep va phat trien nong thon"],
  [/\bnn\s*&\s*mt\b|\bnn-mt\b/g, "nong nghiep va moi truong"],
  [/\bld\s*-?\s*tb\s*&\s*xh\b|\bld-tb-xh\b/g, "lao dong thuong binh va xa hoi"],
  [/\bvh\s*,?\s*tt\s*&\s*dl\b|\bvh-tt-dl\b/g, "van hoa the thao va du lich"],
  [/\bvh\s*&\s*tt\b|\bvh-tt\b/g, "van hoa va thong tin"],
  [/\bhdnd\s*(?:&|va)\s*ubnd\b/g, "hoi dong nhan dan va uy ban nhan dan"],
];

/** Single-token abbreviations (Decree 30/2020 appendix and common office usage). */
const tokenAbbreviations: ReadonlyMap<string, string> = new Map([
  ["ubnd", "uy ban nhan dan"],
  ["hdnd", "hoi dong nhan dan"],
  ["ub", "uy ban"],
  ["vp", "van phong"],
  ["tp", "thanh pho"],
  ["tx", "thi xa"],
  ["tpvt", "thanh pho vung tau"],
  ["brvt", "ba ria vung tau"],
  ["tttt", "thong tin va truyen thong"],
  ["khdt", "ke hoach va dau tu"],
  ["khcn", "khoa hoc va cong nghe"],
  ["gddt", "giao duc va dao tao"],
  ["tnmt", "tai nguyen va moi truong"],
  ["nnptnt", "nong nghiep va phat trien nong thon"],
  ["nnmt", "nong nghiep va moi truong"],
  ["ldtbxh", "lao dong thuong binh va xa hoi"],
  ["vhttdl", "van hoa the thao va du lich"],
  ["vhtt", "van hoa va thong tin"],
  ["gtvt", "giao thong van tai"],
  ["bql", "ban quan ly"],
  ["bqlda", "ban quan ly du an"],
  ["kcn", "khu cong nghiep"],
  ["kkt", "khu kinh te"],
  ["ccn", "cum cong nghiep"],
  ["dtxd", "dau tu xay dung"],
  ["cq", "co quan"],
  ["mttq", "mat tran to quoc"],
  ["ubmttq", "uy ban mat tran to quoc"],
  ["bcd", "ban chi dao"],
  ["cds", "chuyen doi so"],
  ["cntt", "cong nghe thong tin"],
  ["qlda", "quan ly du an"],
]);

/**
 * Titles that may precede an agency name (“Giám đốc Sở …”, “Chủ tịch UBND …”, “Thủ trưởng các
 * sở”). Longest first; `truong`/`chanh` alone are only titles when an agency word follows, because
 * “Trưởng phòng X” names the phòng and “Chánh Văn phòng” the văn phòng.
 */
const titles: ReadonlyArray<string> = [
  "pho tong giam doc",
  "tong giam doc",
  "pho giam doc",
  "giam doc",
  "pho chu tich",
  "chu tich",
  "thu truong",
  "pho chanh",
  "chanh",
  "pho truong",
  "truong",
  "pho thu truong",
  "pho cuc truong",
  "cuc truong",
  "pho vien truong",
  "vien truong",
];
const agencyHeads = new Set([
  "phong",
  "ban",
  "cong",
  "van",
  "thanh",
  "so",
  "uy",
  "hoi",
  "doan",
  "trung",
  "chi",
  "dai",
  "cuc",
  "vien",
  "kho",
  "benh",
  "bao",
  "tong",
]);
/**
 * Bare “trưởng”/“chánh” fold like “trường” (school) and “chính”: they only count as titles before
 * the few words they head (“Trưởng phòng”, “Trưởng ban”, “Trưởng Công an”, “Chánh Văn phòng”,
 * “Chánh Thanh tra”), so “Trường Trung cấp …” keeps its first word.
 */
const narrowHeads: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ["truong", new Set(["phong", "ban", "cong", "doan"])],
  ["pho truong", new Set(["phong", "ban", "cong", "doan"])],
  ["chanh", new Set(["van", "thanh"])],
  ["pho chanh", new Set(["van", "thanh"])],
]);

/** Removes diacritics (including đ/Đ and its look-alike Ð) from an NFC string and lower-cases it. */
export const fold = (s: string): string =>
  s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐðÐ]/g, "d")
    .toLowerCase();

const stripTitles = (tokens: string[]): string[] => {
  let rest = tokens;
  let changed = true;
  while (changed) {
    changed = false;
    for (const title of titles) {
      const parts = title.split(" ");
      const matches = parts.every((p, i) => rest[i] === p);
      const next = rest[parts.length];
      const heads = narrowHeads.get(title) ?? agencyHeads;
      if (matches && next !== undefined && (heads.has(next) || next === "cac" || next === "uy")) {
        rest = rest.slice(parts.length);
        changed = true;
        break;
      }
    }
  }
  return rest;
};

/**
 * The matching key of an agency name: `normalize("Sở TT&TT")` equals
 * `normalize("sở thông tin và truyền thông")` equals `"so thong tin va truyen thong"`.
 * Total: any string gives a key (possibly empty).
 *
 * @example
 * AgencyName.normalize("Trưởng phòng Văn hoá và Thông tin") // "phong van hoa va thong tin"
 */
export const normalize = (name: string): string => {
  const cached = cache.get(name);
  if (cached !== undefined) return cached;
  let result = step(name);
  // Dropping a title, “các” or “số” can expose another one (“Các Giám đốc Sở …”): repeat until stable.
  while (result.dropped) {
    const next = step(result.key);
    if (next.key === result.key) break;
    result = next;
  }
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(name, result.key);
  return result.key;
};

// The parser meets the same few hundred names again and again; a bounded memo keeps `normalize`
// pure to its callers while skipping the regular expressions on repeats.
const CACHE_LIMIT = 10_000;
const cache = new Map<string, string>();

const dashes = /[‐‑‒–—―]/g;
const digits = /^\d+$/;

const step = (name: string): { key: string; dropped: boolean } => {
  let s = fold(name.normalize("NFC"));
  // Parenthesised remarks in recipient lists: “(p/h)”, “(b/c)”, “(cơ quan thường trực)”.
  if (s.includes("(")) s = s.replace(/\([^)]*\)/g, " ");
  s = s.replace(dashes, "-");
  // Every compound abbreviation is written with “&” or “-”, or is “HĐND và UBND”.
  if (s.includes("&") || s.includes("-") || s.includes("hdnd"))
    for (const [pattern, expansion] of compoundAbbreviations) s = s.replace(pattern, ` ${expansion} `);
  s = s.replace(/&/g, " va ").replace(/[^a-z0-9]+/g, " ");
  const tokens: string[] = [];
  let dropped = false;
  const raw = s.split(" ").filter((t) => t.length > 0);
  for (let i = 0; i < raw.length; i++) {
    const t = raw[i] ?? "";
    // “số 02” (number) folds like “sở” (department): drop it before a number.
    if (t === "so" && digits.test(raw[i + 1] ?? "")) {
      dropped = true;
      continue;
    }
    if (digits.test(t)) {
      tokens.push(String(Number.parseInt(t, 10)));
      continue;
    }
    const expansion = tokenAbbreviations.get(t);
    if (expansion === undefined) tokens.push(t);
    else tokens.push(...expansion.split(" "));
  }
  let rest = stripTitles(tokens);
  while (rest[0] === "cac" && rest.length > 1) rest = stripTitles(rest.slice(1));
  if (rest.length !== tokens.length) dropped = true;
  return { key: rest.join(" "), dropped };
};

/** Trailing qualifiers that narrow a collective or repeat the obvious (“… có liên quan”). */
const trailingQualifiers: ReadonlyArray<string> = ["co lien quan", "lien quan"];

/**
 * Looser keys to try when the exact key is unknown, most specific first: without a trailing
 * “(có) liên quan”, then without a trailing “tỉnh” (“Sở Công Thương tỉnh”). Always starts with
 * the key itself.
 */
export const variants = (key: string): string[] => {
  const out = [key];
  for (const q of trailingQualifiers) {
    if (key.endsWith(` ${q}`)) {
      out.push(key.slice(0, key.length - q.length - 1));
      break;
    }
  }
  const last = out[out.length - 1] ?? key;
  if (last.endsWith(" tinh")) out.push(last.slice(0, -" tinh".length));
  return out;
};
