/**
 * NoticeHeader — reads the header of a notice (Decree 30/2020/NĐ-CP layout): number and symbol
 * (“Số: 12/TB-UBND”; blank on a draft), issuing body, place and date (“Vũng Tàu, ngày 05 tháng 01
 * năm 2024”, also when a two-column header was flattened onto one line), the meeting date and the
 * chair, attendees, cited documents with their dates, recipients (Nơi nhận) and the signature
 * block (TL./KT./TM. authority, title, name). Fields not found stay `null` or empty.
 */
import type { ParsedNotice } from "@dondoc/domain";

import * as DateText from "./date-text.js";
import { squash } from "./normalize.js";

type Header = ParsedNotice.ParsedNoticeHeader;
type Reference = ParsedNotice.DocumentReference;

const NUMBER =
  /(?<![\p{L}])Số\s*:?[ \t]*(\d{1,6})?[ \t]*\/[ \t]*([\p{Lu}Đ][\p{Lu}\p{Ll}Đđ\d]*(?:-[\p{Lu}Đ\d][\p{Lu}\p{Ll}Đđ\d]*)*)/u;
const BARE_NUMBER =
  /(?:^|\n|\|)[ \t]*(\d{1,6})?[ \t]*\/[ \t]*([\p{Lu}Đ][\p{Lu}Đ\d]*(?:-[\p{Lu}Đ\d][\p{Lu}\p{Ll}Đđ\d]*)+)(?=[ \t]*(?:\||\n|$|[\p{Lu}][\p{Ll}]+[ \t,]))/u;
/** The header: what comes before the document's title, its “V/v” line or “Kính gửi”. */
const headerPart = (text: string): string => {
  const head = text.slice(0, 1500);
  const end =
    /\n[ \t|]*(?:THÔNG BÁO|KẾT LUẬN|CHỈ THỊ|KẾ HOẠCH|QUYẾT ĐỊNH|CÔNG VĂN|V\/v|Về việc|Kính gửi)/u.exec(head);
  return end === null ? head : head.slice(0, end.index);
};
const CITED_SELF =
  /\((?:Theo|Trích)\s+(?:Công văn|Thông báo|Văn bản|Quyết định|Kế hoạch)\s+số\s+(\d{1,6})\s*\/\s*([\p{Lu}Đ][\p{Lu}Đ\d-]*)\s*,?\s*(?:ngày\s+)?([^)]*)\)/u;
const ISSUED_SELF =
  /ban hành\s+(?:Công văn|Thông báo(?: kết luận)?|Văn bản|Kế hoạch|Quyết định|Chỉ thị)\s+số\s+(\d{1,6})\s*\/\s*([\p{Lu}Đ][\p{Lu}Đ\d]*(?:-[\p{Lu}Đ\d]+)*)(?:\s*,?\s*ngày\s+(\d{1,2}\s*\/\s*\d{1,2}\s*\/\s*\d{4}))?/u;
const PLACE_DATE =
  /(?<![\p{L}\d/-])((?:(?:TP|Tp|TX|Tx)\.[ \t]*|(?:Thành phố|Thị xã|Thị trấn)[ \t]+)?\p{Lu}[\p{Ll}\p{Lu}]*(?:[ \t]*[-–][ \t]*\p{Lu}[\p{Ll}\p{Lu}]*|[ \t]+\p{Lu}[\p{Ll}\p{Lu}]*){0,4})[ \t]*,[ \t]*ngày[ \t]+(\d{1,2})?[ \t]*tháng[ \t]+(\d{1,2})?[ \t]*năm[ \t]+(\d{4})/u;
const CODE =
  /(?<![\p{L}\d/])(\d{1,5}(?:\/\d{4})?[/-](?:[\p{Lu}Đ][\p{Lu}Đ\d&]*)(?:[-/][\p{Lu}Đ][\p{Lu}Đ\d&]*)*)(?:\s*,?\s*ngày\s+(\d{1,2}\s*\/\s*\d{1,2}\s*\/\s*\d{4}|\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}))?/gu;
const AUTHORITY = /^(?:TL|KT|TM|Q|TUQ|TTL)\.\s*\S.*$/u;
const NAME = /^(?:\p{Lu}\p{Ll}*)(?:\s+\p{Lu}\p{Ll}*){1,5}$/u;
const CHAIR =
  /(?:đồng chí|Đồng chí|đ\/c|Ông|ông|Bà|bà)\s+(\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){1,4})\s*(?:,|–|-|—)\s*([^\n]*?(?:\n(?!\n)[^\n]*?){0,2})\s+(?:tại|đã chủ trì|chủ trì|kết luận|thống nhất kết luận)(?![\p{L}])/u;

const isoOf = (written: string | undefined): string | null => {
  if (written === undefined) return null;
  const d = DateText.firstIn(written);
  return d === null ? null : d.iso;
};

/**
 * The header with its lines joined: a law portal hard-wraps the header's cells (“Số:⏎08/2023/QĐ-UBND”,
 * “Sơn⏎La, ngày 16 tháng 11⏎năm 2018”), keeping “|” between the columns.
 */
const flattened = (text: string): string => headerPart(text).replace(/[ \t]*\n[ \t]*/gu, " ");

const numberAndSymbol = (text: string): Pick<Header, "number" | "symbol" | "issuedOn"> => {
  const own = numberAndSymbolIn(text);
  if (own.symbol !== null) return own;
  const flat = NUMBER.exec(flattened(text));
  return flat === null ? own : { number: flat[1] ?? null, symbol: flat[2] ?? null, issuedOn: null };
};

const numberAndSymbolIn = (text: string): Pick<Header, "number" | "symbol" | "issuedOn"> => {
  const head = text.slice(0, 3000);
  const m = NUMBER.exec(head);
  if (m !== null) return { number: m[1] ?? null, symbol: m[2] ?? null, issuedOn: null };
  // “1234/TB-UBND” alone at the head of a header line (the word “Số” lost in a PDF or web copy).
  const bare = BARE_NUMBER.exec(headerPart(text));
  if (bare !== null) return { number: bare[1] ?? null, symbol: bare[2] ?? null, issuedOn: null };
  const c = CITED_SELF.exec(text);
  if (c !== null) return { number: c[1] ?? null, symbol: c[2] ?? null, issuedOn: isoOf(c[3]) };
  // A news item about the document: “Ngày 04/12, UBND tỉnh ban hành Công văn số 2221/UBND-TH …”.
  const n = ISSUED_SELF.exec(text.slice(0, 800));
  if (n !== null) return { number: n[1] ?? null, symbol: n[2] ?? null, issuedOn: isoOf(n[3]) };
  return { number: null, symbol: null, issuedOn: null };
};

const placeAndDate = (text: string): { place: string | null; issuedOn: string | null } => {
  const own = placeAndDateIn(text);
  return own.issuedOn !== null || own.place !== null ? own : placeAndDateIn(flattened(text));
};

const placeAndDateIn = (text: string): { place: string | null; issuedOn: string | null } => {
  // The document's own date stands at the head of a line or of a column (“| Lào Cai, ngày …”,
  // “Số: 12/TB-UBND   Vũng Tàu, ngày …”); a date inside a sentence (“… của UBND tỉnh Quảng Trị,
  // ngày 05 tháng 3 năm 2024”) belongs to a cited document and is never the issue date.
  const re = new RegExp(PLACE_DATE.source, "gu");
  const head = text.slice(0, 4000);
  let m: RegExpExecArray | null = null;
  for (const c of head.matchAll(re)) {
    const lineStart = head.lastIndexOf("\n", c.index) + 1;
    const before = head.slice(lineStart, c.index);
    if (/^[ \t]*$|\|[ \t]*$|[ \t]{2,}$|Số\s*:?[^\n]*\/[^\n]*\s$/u.test(before)) {
      m = c;
      break;
    }
  }
  if (m === null) return { place: null, issuedOn: null };
  const place = squash(m[1] ?? "") || null;
  const written = DateText.fromGroups(m[2], m[3], m[4]);
  return { place, issuedOn: written === null ? null : DateText.toIso(written) };
};

/** The issuing body: the upper-case lines of the header's left column (“ỦY BAN NHÂN DÂN / TỈNH LÀO CAI”). */
const issuer = (text: string): string | null => {
  const lines = text.slice(0, 1500).split("\n");
  const parts: string[] = [];
  for (const raw of lines.slice(0, 8)) {
    const cell = (raw.split("|")[0] ?? "").replace(/CỘNG H[OÒ]À XÃ HỘI.*$/u, "").trim();
    if (cell.length === 0) {
      if (parts.length > 0) break;
      continue;
    }
    if (/^Số\s*:|Độc\s*lập|^-{3,}|^_{3,}/u.test(cell)) break;
    if (cell !== cell.toUpperCase() || !/\p{Lu}{2}/u.test(cell)) break;
    parts.push(squash(cell));
  }
  return parts.length === 0 ? null : parts.join(" ");
};

const references = (text: string, own: string | null): Reference[] => {
  const out: Reference[] = [];
  for (const m of text.matchAll(CODE)) {
    const code = (m[1] ?? "").replace(/\s+/g, "");
    if (own !== null && code.endsWith(own) && code.split("/").length === own.split("/").length) continue;
    if (!/[\p{Lu}]{2}/u.test(code)) continue;
    const existing = out.find((r) => r.code === code);
    const issuedOn = isoOf(m[2]);
    if (existing !== undefined) {
      if (existing.issuedOn === null && issuedOn !== null) {
        out[out.indexOf(existing)] = { code, issuedOn, span: { start: m.index, end: m.index + m[0].length } };
      }
      continue;
    }
    out.push({ code, issuedOn, span: { start: m.index, end: m.index + m[0].length } });
  }
  return out;
};

/** Trích yếu: the “V/v …” line of a letter, or the lines under the document type of a notice. */
const subject = (text: string): string | null => {
  const head = text.slice(0, 4000);
  const vv =
    /(?:^|\n)[ \t|]*(?:V\/v|Về việc)[ \t]+([^\n|]+(?:\n(?![ \t]*(?:\||Kính gửi|CỘNG|Độc lập|Số|\n))[^\n|]+)*)/u.exec(
      head,
    );
  if (vv !== null) return squash(vv[1] ?? "") || null;
  const type =
    /(?:^|\n)[ \t]*(?:THÔNG BÁO|KẾ HOẠCH|BÁO CÁO|CHỈ THỊ|CÔNG VĂN)[ \t]*\n(?:[ \t]*\n)*((?:[ \t]*\S[^\n]*\n?){1,4})/u.exec(
      head,
    );
  if (type === null) return null;
  const lines: string[] = [];
  for (const l of (type[1] ?? "").split("\n")) {
    const t = l.trim();
    if (t.length === 0 || /^(?:_{3,}|-{3,}|Ngày\s|Căn cứ|Thực hiện|Sau khi|Vào\s|Sáng\s|Chiều\s)/u.test(t))
      break;
    lines.push(t);
  }
  return lines.length === 0 ? null : squash(lines.join(" "));
};

const meetingOn = (text: string): string | null => {
  const m =
    /(?:^|\n)\s*(?:Vào\s+lúc[^,\n]{0,24}?|Vào|Sáng|Chiều|Tối|Trong)?\s*(?:ngày|Ngày)\s+([^,\n]{4,40}),[^\n]{0,300}?(?:họp|hội nghị|làm việc)/u.exec(
      text,
    );
  if (m !== null) {
    const d = DateText.firstIn(`ngày ${m[1] ?? ""}`);
    if (d !== null) return d.iso;
  }
  const n =
    /(?:cuộc họp|buổi làm việc|hội nghị)[^.\n]{0,80}?ngày\s+(\d{1,2}\s*\/\s*\d{1,2}\s*\/\s*\d{4})/u.exec(
      text,
    );
  return n === null ? null : isoOf(n[1]);
};

/** “Kết luận của Phó Chủ tịch UBND tỉnh Hồ Quang Bửu tại …”: the title comes before the name. */
const CHAIR_TITLE_FIRST =
  /(?:[Kk]ết luận|[Ýý] kiến chỉ đạo)\s+của\s+(?:đồng chí\s+)?((?:Phó\s+)?(?:Chủ tịch|Bí thư|Thứ trưởng|Bộ trưởng|Giám đốc|Chánh Văn phòng|Trưởng ban|Thủ tướng|Phó Thủ tướng|Tổng Giám đốc|Cục trưởng)[^\n]{0,80}?)\s+(\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){1,4})\s*(?:,|tại|chủ trì|về|\n)/u;

/** “Phó Chủ tịch UBND tỉnh Nguyễn Văn A chủ trì cuộc họp …”. */
const CHAIR_PRESIDED =
  /((?:Phó\s+)?(?:Chủ tịch|Bí thư|Thứ trưởng|Bộ trưởng|Giám đốc|Trưởng ban|Thủ tướng|Phó Thủ tướng)[^\n,.]{0,60}?)\s+(\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){1,4})\s+(?:đã\s+)?chủ trì/u;

const chair = (text: string): Header["chair"] => {
  const m = CHAIR.exec(text.slice(0, 6000));
  if (m === null) {
    const t = CHAIR_TITLE_FIRST.exec(text.slice(0, 6000)) ?? CHAIR_PRESIDED.exec(text.slice(0, 6000));
    return t === null ? null : { name: t[2] ?? null, title: squash(t[1] ?? "") || null };
  }
  const title = squash((m[2] ?? "").replace(/\s+(?:đã|đồng chí)$/u, "")) || null;
  return { name: m[1] ?? null, title };
};

const attendees = (text: string): string[] => {
  const m =
    /(?:(?:Tham dự(?: cuộc)? họp|Dự họp|Tham dự)\s+(?:có|gồm)|Thành phần(?: tham)? dự(?: họp)?(?:\s+gồm)?)\s*:?\s*([^\n]+)/u.exec(
      text.slice(0, 8000),
    );
  if (m === null) return [];
  const body = (m[1] ?? "").replace(/\.\s*$/u, "");
  return body
    .split(/\s*;\s*|,\s*(?=(?:ông|bà|Ông|Bà|đồng chí|Đồng chí|đại diện|Đại diện)\s)/u)
    .map((s) => squash(s))
    .filter((s) => s.length > 2);
};

const recipients = (text: string): { list: string[]; at: number } => {
  const m = /(?:^|\n)[ \t]*Nơi nhận\s*:?[^\n]*\n/u.exec(text);
  if (m === null) return { list: [], at: -1 };
  const out: string[] = [];
  const lines = text.slice(m.index + m[0].length).split("\n");
  for (const raw of lines) {
    const line = (raw.split("|")[0] ?? "").trim();
    if (line.length === 0) {
      if (out.length > 0 && /\|/u.test(raw)) break;
      continue;
    }
    if (!/^[-–+•]/u.test(line)) break;
    const item = squash(line.replace(/^[-–+•]\s*/u, "").replace(/[;.,]+$/u, ""));
    if (/^Lưu\s*:/u.test(item)) break;
    out.push(item);
    if (/\|/u.test(raw)) break;
  }
  return { list: out, at: m.index };
};

/** The addressees of a letter (“Kính gửi: - Sở A; - Sở B.”), which “Như trên” in Nơi nhận stands for. */
const addressees = (text: string): string[] => {
  const m = /(?:^|\n)[ \t|]*Kính gửi\s*:?([^\n]*)\n?/u.exec(text.slice(0, 5000));
  if (m === null) return [];
  const out: string[] = [];
  const push = (raw: string): void => {
    const item = squash(raw.replace(/^[-–+•]\s*/u, "").replace(/[;.,]+$/u, ""));
    if (item.length > 1) out.push(item);
  };
  const inline = (m[1] ?? "").replace(/\|/gu, " ").trim();
  if (inline.length > 0) push(inline);
  for (const raw of text.slice(m.index + m[0].length, m.index + m[0].length + 2000).split("\n")) {
    const line = raw.replace(/\|/gu, " ").trim();
    if (line.length === 0) {
      if (out.length > 0) break;
      continue;
    }
    if (/^[-–+•]/u.test(line)) push(line);
    else if (out.length > 0 && /^\p{Ll}/u.test(line))
      out[out.length - 1] = squash(`${out[out.length - 1]} ${line.replace(/[;.,]+$/u, "")}`);
    else break;
  }
  return out;
};

/**
 * Where the body of a letter starts: after its “Kính gửi: …” block (the addressee lines, a
 * recipient table of a flattened two-column header), or `-1` when there is none. The header's
 * recipients are never the subjects of tasks.
 */
export const addresseeBlockEnd = (text: string): number => {
  const m = /(?:^|\n)[ \t|]*Kính gửi\s*:?[^\n]*\n/u.exec(text.slice(0, 5000));
  if (m === null) return -1;
  let at = m.index + m[0].length;
  while (at < text.length) {
    const eol = text.indexOf("\n", at);
    const end = eol < 0 ? text.length : eol;
    const line = text.slice(at, end).replace(/\|/gu, " ").trim();
    if (line.length > 0 && !/^[-–+•]/u.test(line) && !/^\p{Ll}/u.test(line)) return at;
    at = end + 1;
  }
  return text.length;
};

const signer = (text: string, from: number): Header["signer"] => {
  const tail = text.slice(Math.max(0, from));
  const lines = tail
    .split("\n")
    // Columns flattened with “|” (DOCX) or laid out with runs of spaces (PDF text).
    .flatMap((l) => l.split(/\||[ \t]{3,}/u))
    .map((l) => squash(l))
    .filter((l) => l.length > 0);
  const at = lines.findIndex(
    (l) =>
      AUTHORITY.test(l) ||
      /^(?:CHÁNH VĂN PHÒNG|CHỦ TỊCH|GIÁM ĐỐC|PHÓ CHỦ TỊCH|PHÓ CHÁNH VĂN PHÒNG|TRƯỞNG BAN|TRƯỞNG PHÒNG|(?:PHÓ )?THỦ TƯỚNG|BỘ TRƯỞNG|THỨ TRƯỞNG|BỘ TRƯỞNG, CHỦ NHIỆM|CHỦ NHIỆM|PHÓ CHỦ NHIỆM|CỤC TRƯỞNG|TỔNG CỤC TRƯỞNG)$/u.test(
        l,
      ),
  );
  if (at < 0) return null;
  const authority: string[] = [];
  let i = at;
  for (; i < lines.length && AUTHORITY.test(lines[i] ?? ""); i++) authority.push(lines[i] ?? "");
  let title: string | null = null;
  // The title is the next upper-case line, recipients of the other column (“- Như trên;”) aside.
  for (let j = i; j < Math.min(lines.length, i + 8); j++) {
    const t = lines[j] ?? "";
    if (/^[-–+•]|^Nơi nhận/u.test(t)) continue;
    if (t === t.toUpperCase() && /\p{Lu}{2}/u.test(t) && !AUTHORITY.test(t)) {
      title = t;
      i = j + 1;
    }
    break;
  }
  let name: string | null = null;
  for (let j = lines.length - 1; j >= i; j--) {
    const l = lines[j] ?? "";
    if (NAME.test(l)) {
      name = l;
      break;
    }
  }
  if (authority.length === 0 && title === null) return null;
  return { authority: authority.length === 0 ? null : authority.join(" / "), title, name };
};

/**
 * The header of a notice. `bodyEnd` is where the closing part (Nơi nhận, signature) starts, so
 * callers know where directives stop. Never throws.
 */
export const read = (text: string): { header: Header; closingAt: number } => {
  const ns = numberAndSymbol(text);
  const pd = placeAndDate(text);
  const own = ns.symbol === null ? null : ns.number === null ? ns.symbol : `${ns.number}/${ns.symbol}`;
  const rec = recipients(text);
  const signatureFrom = rec.at >= 0 ? rec.at : Math.max(0, text.length - 1500);
  return {
    header: {
      number: ns.number,
      symbol: ns.symbol,
      issuer: issuer(text),
      place: pd.place,
      issuedOn: pd.issuedOn ?? ns.issuedOn,
      meetingOn: meetingOn(text),
      subject: subject(text),
      chair: chair(text),
      attendees: attendees(text),
      references: references(text, own),
      recipients: rec.list.flatMap((r) => (/^như trên$/iu.test(r) ? addressees(text) : [r])),
      signer: signer(text, signatureFrom),
    },
    closingAt: rec.at,
  };
};
