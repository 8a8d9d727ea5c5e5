/**
 * DocumentText — the text of a notice as it arrives: plain text (UTF-8, or UTF-16 with a byte-order
 * mark), DOCX (through `mammoth`, keeping Word's automatic numbering as `1.` / `a)` and table rows
 * as cells joined with ` | `, the layout the parser reads), and PDF with a text layer (through
 * `unpdf`). A PDF without text (a scan) and a file that cannot be opened are typed errors, never
 * exceptions. The DOCX and PDF libraries are loaded only when such a file is given.
 */
import * as Data from "effect/Data";
import * as Effect from "effect/Effect";

/** A PDF whose pages carry no text: a scan that needs OCR first. */
export class ScannedPdf extends Data.TaggedError("ScannedPdf")<{ readonly pages: number }> {
  override get message(): string {
    return `Tệp PDF (${this.pages} trang) không có lớp chữ — có thể là bản quét. Cần nhận dạng chữ (OCR) hoặc dùng bản DOCX/PDF gốc.`;
  }
}

/** A DOCX or PDF that could not be opened. */
export class UnreadableDocument extends Data.TaggedError("UnreadableDocument")<{
  readonly format: "docx" | "pdf";
  readonly reason: string;
}> {
  override get message(): string {
    return `Không mở được tệp ${this.format.toUpperCase()}: ${this.reason}`;
  }
}

/** Why a document gave no text. */
export type DocumentError = ScannedPdf | UnreadableDocument;

/** What `Parser.parse` accepts. Bytes are sniffed: `PK` → DOCX, `%PDF` → PDF, otherwise text. */
export type Input =
  | string
  | Uint8Array
  | { readonly text: string }
  | { readonly docx: Uint8Array }
  | { readonly pdf: Uint8Array };

const startsWith = (bytes: Uint8Array, sig: ReadonlyArray<number>): boolean =>
  sig.every((b, i) => bytes[i] === b);

/** The kind of a byte string, from its first bytes. */
export const sniff = (bytes: Uint8Array): "docx" | "pdf" | "text" =>
  startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])
    ? "docx"
    : startsWith(bytes, [0x25, 0x50, 0x44, 0x46])
      ? "pdf"
      : "text";

/** Decodes text bytes: UTF-16 when a byte-order mark says so, else UTF-8 (invalid bytes replaced). */
export const decode = (bytes: Uint8Array): string => {
  if (startsWith(bytes, [0xff, 0xfe])) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (startsWith(bytes, [0xfe, 0xff])) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  return new TextDecoder("utf-8").decode(bytes);
};

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };
const entities = (s: string): string =>
  s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/giu, (m, e: string) => {
    if (e.startsWith("#x") || e.startsWith("#X"))
      return String.fromCodePoint(Number.parseInt(e.slice(2), 16));
    if (e.startsWith("#")) return String.fromCodePoint(Number.parseInt(e.slice(1), 10));
    return ENTITIES[e.toLowerCase()] ?? m;
  });

const inline = (html: string): string =>
  entities(
    html
      .replace(/<br\s*\/?>/giu, "\n")
      .replace(/<\/(?:p|h[1-6])>/giu, "\n")
      .replace(/<[^>]+>/gu, ""),
  );

const LETTERS = "abcdefghiklmnopqrstuvxy";

/**
 * Flattens mammoth's HTML to the text layout of the corpus: paragraphs on their own lines, list
 * items numbered as Word shows them (`1.`, then `a)`, bullets `-`), table rows as ` | `-joined cells.
 */
export const htmlToText = (html: string): string => {
  const out: string[] = [];
  const lists: { ordered: boolean; n: number }[] = [];
  const re = /<(\/?)(p|h[1-6]|ol|ul|li|table|tr|td|th)\b[^>]*>|([^<]+|<[^>]*>)/giu;
  let row: string[] | null = null;
  let cell: string | null = null;
  let line = "";
  const flush = (): void => {
    const t = line.replace(/[ \t]+/gu, " ").trim();
    if (t.length > 0) {
      if (cell !== null) cell = cell.length === 0 ? t : `${cell}\n${t}`;
      else out.push(t);
    }
    line = "";
  };
  for (const m of html.matchAll(re)) {
    const closing = m[1] === "/";
    const tag = (m[2] ?? "").toLowerCase();
    if (tag === "") {
      line += inline(m[3] ?? "");
      continue;
    }
    if (tag === "ol" || tag === "ul") {
      flush();
      if (closing) lists.pop();
      else lists.push({ ordered: tag === "ol", n: 0 });
    } else if (tag === "li") {
      flush();
      if (!closing) {
        const list = lists[lists.length - 1];
        if (list !== undefined) {
          list.n++;
          const depth = lists.length;
          line = !list.ordered
            ? "- "
            : depth === 1
              ? `${list.n}. `
              : depth === 2
                ? `${LETTERS[(list.n - 1) % LETTERS.length]}) `
                : "- ";
        }
      }
    } else if (tag === "tr") {
      flush();
      if (closing && row !== null) {
        out.push(row.join(" | "));
        row = null;
      } else if (!closing) row = [];
    } else if (tag === "td" || tag === "th") {
      flush();
      if (closing) {
        row?.push(cell ?? "");
        cell = null;
      } else cell = "";
    } else if (closing || tag === "table") {
      flush();
    }
  }
  flush();
  return out.join("\n");
};

const docxText = (bytes: Uint8Array): Effect.Effect<string, UnreadableDocument> =>
  Effect.tryPromise({
    try: async () => {
      const mammoth = await import("mammoth");
      const arrayBuffer = bytes.buffer.slice(
        bytes.byteOffset,
        bytes.byteOffset + bytes.byteLength,
      ) as ArrayBuffer;
      // mammoth's Node build reads `buffer` (JSZip takes a Uint8Array), its browser build `arrayBuffer`.
      const input = { buffer: bytes, arrayBuffer } as unknown as { arrayBuffer: ArrayBuffer };
      const result = await mammoth.convertToHtml(input);
      return htmlToText(result.value);
    },
    catch: (cause) =>
      new UnreadableDocument({
        format: "docx",
        reason: cause instanceof Error ? cause.message : String(cause),
      }),
  });

const pdfText = (bytes: Uint8Array): Effect.Effect<string, DocumentError> =>
  Effect.tryPromise({
    try: async () => {
      const { extractText, getDocumentProxy } = await import("unpdf");
      const doc = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0 });
      const { totalPages, text } = await extractText(doc, { mergePages: false });
      return { totalPages, text: text.join("\n") };
    },
    catch: (cause) =>
      new UnreadableDocument({
        format: "pdf",
        reason: cause instanceof Error ? cause.message : String(cause),
      }),
  }).pipe(
    Effect.flatMap(({ totalPages, text }) =>
      text.replace(/\s+/gu, "").length < 20 * Math.max(1, totalPages) &&
      text.replace(/\s+/gu, "").length < 200
        ? Effect.fail(new ScannedPdf({ pages: totalPages }))
        : Effect.succeed(text),
    ),
  );

/**
 * The text of an input. Fails with `ScannedPdf` for a PDF without a text layer and with
 * `UnreadableDocument` for a damaged DOCX or PDF.
 */
export const of = (input: Input): Effect.Effect<string, DocumentError> => {
  if (typeof input === "string") return Effect.succeed(input);
  if (input instanceof Uint8Array) {
    const kind = sniff(input);
    return kind === "docx"
      ? docxText(input)
      : kind === "pdf"
        ? pdfText(input)
        : Effect.succeed(decode(input));
  }
  if ("text" in input) return Effect.succeed(input.text);
  if ("docx" in input) return docxText(input.docx);
  return pdfText(input.pdf);
};
