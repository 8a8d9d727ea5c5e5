/**
 * An uploaded file as an attachment (of a progress report or a comment): its safe name, its kind
 * checked by extension, declared type and first bytes, its size under MAX_UPLOAD_BYTES, and where
 * it is stored (under the data folder, named by id, with its SHA-256).
 */
import { createHash } from "node:crypto";
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, extname, join } from "node:path";

import { ApiError } from "../http/problem.js";

const zip = [0x50, 0x4b, 0x03, 0x04];
const ole = [0xd0, 0xcf, 0x11, 0xe0];
const kinds: Record<string, { type: string; magic: number[] | null }> = {
  ".pdf": { type: "application/pdf", magic: [0x25, 0x50, 0x44, 0x46] },
  ".docx": { type: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", magic: zip },
  ".xlsx": { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", magic: zip },
  ".pptx": { type: "application/vnd.openxmlformats-officedocument.presentationml.presentation", magic: zip },
  ".odt": { type: "application/vnd.oasis.opendocument.text", magic: zip },
  ".ods": { type: "application/vnd.oasis.opendocument.spreadsheet", magic: zip },
  ".zip": { type: "application/zip", magic: zip },
  ".doc": { type: "application/msword", magic: ole },
  ".xls": { type: "application/vnd.ms-excel", magic: ole },
  ".png": { type: "image/png", magic: [0x89, 0x50, 0x4e, 0x47] },
  ".jpg": { type: "image/jpeg", magic: [0xff, 0xd8, 0xff] },
  ".jpeg": { type: "image/jpeg", magic: [0xff, 0xd8, 0xff] },
  ".txt": { type: "text/plain", magic: null },
  ".csv": { type: "text/csv", magic: null },
};

const unsupported = (name: string) =>
  new ApiError(
    "unsupported-media-type",
    `Không nhận tệp “${name}”: chỉ nhận ${Object.keys(kinds).join(", ")} / Unsupported file type`,
  );

/** A file accepted for storage. */
export interface Accepted {
  readonly name: string;
  readonly contentType: string;
  readonly bytes: Buffer;
  readonly sha256: string;
}

/**
 * The multipart field `file` as an accepted attachment.
 *
 * @throws ApiError `validation-failed` without a file, `payload-too-large` over `maxBytes`,
 * `unsupported-media-type` for another kind or bytes that do not match the extension.
 */
export const accept = async (file: unknown, maxBytes: number): Promise<Accepted> => {
  if (!(file instanceof File)) {
    throw new ApiError("validation-failed", "Thiếu tệp trong trường “file” / Missing file", {
      errors: [{ path: "form.file", message: "Bắt buộc" }],
    });
  }
  if (file.size > maxBytes) {
    throw new ApiError(
      "payload-too-large",
      `Tệp vượt quá ${Math.floor(maxBytes / 1048576)} MB / File too large`,
    );
  }
  const name =
    file.name
      .normalize("NFC")
      // Path separators and control characters never reach the stored name.
      .replace(/[/\\]/g, "_")
      .replace(/\p{Cc}/gu, "_")
      .slice(0, 200) || "tep";
  const kind = kinds[extname(name).toLowerCase()];
  if (kind === undefined) throw unsupported(name);
  const bytes = Buffer.from(await file.arrayBuffer());
  if (kind.magic !== null && !kind.magic.every((b, i) => bytes[i] === b)) throw unsupported(name);
  if (kind.magic === null && bytes.includes(0)) throw unsupported(name);
  return { name, contentType: kind.type, bytes, sha256: createHash("sha256").update(bytes).digest("hex") };
};

/** The storage key of attachment `id` uploaded at `now` (a month folder). */
export const storageKeyOf = (id: string, now: Date): string => join(now.toISOString().slice(0, 7), id);

/** Writes the bytes under `uploadsDir` at `storageKey`. */
export const store = async (uploadsDir: string, storageKey: string, bytes: Buffer): Promise<void> => {
  const path = join(uploadsDir, storageKey);
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, bytes, { flush: true });
};
