/**
 * Reads an input file for a command (`-` is standard input) and refuses, with a one-line message
 * and a stable code, what no command can use: a missing file, a directory, an empty file, a binary
 * file that is neither text nor DOCX nor PDF.
 */
import { readFileSync } from "node:fs";

import { InputError } from "./input-error.js";
import * as Messages from "./messages.js";

const startsWith = (bytes: Uint8Array, sig: ReadonlyArray<number>): boolean =>
  sig.every((b, i) => bytes[i] === b);

/**
 * Whether `bytes` look like a binary file rather than text: DOCX (`PK`), PDF (`%PDF`) and UTF-16
 * with a byte-order mark are not binary; otherwise a NUL byte, or more than one control character
 * in ten, in the first 8 KiB is. Legacy 8-bit Vietnamese encodings (TCVN3, VNI) stay text.
 */
export const isBinary = (bytes: Uint8Array): boolean => {
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x25, 0x50, 0x44, 0x46]))
    return false;
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) return false;
  const head = bytes.subarray(0, 8192);
  let control = 0;
  for (const b of head) {
    if (b === 0) return true;
    // Tab, line feed, form feed, carriage return and escape are at home in text.
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d && b !== 0x1b) control++;
  }
  return control * 10 > head.length;
};

/** Whether `bytes` hold nothing but white space (and perhaps a UTF-8 byte-order mark). */
const isBlank = (bytes: Uint8Array): boolean => {
  const start = startsWith(bytes, [0xef, 0xbb, 0xbf]) ? 3 : 0;
  for (let i = start; i < bytes.length; i++) {
    const b = bytes[i];
    if (b !== 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) return false;
  }
  return true;
};

/**
 * The bytes of `file` (`-`: standard input), or an `InputError` saying why there are none to use;
 * `accepts` names the formats the command reads, for the message about a binary file.
 */
export const read = (file: string, lang: Messages.Lang, accepts?: string): Uint8Array => {
  const m = Messages.of(lang);
  const name = file === "-" ? m.stdin : file;
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(readFileSync(file === "-" ? 0 : file));
  } catch (e) {
    const code = e instanceof Error && "code" in e ? String(e.code) : "";
    if (code === "ENOENT") throw new InputError({ code: "file-not-found", message: m.fileNotFound(name) });
    if (code === "EISDIR") throw new InputError({ code: "file-unreadable", message: m.isDirectory(name) });
    const why =
      code === "EACCES" || code === "EPERM" ? m.noPermission : e instanceof Error ? e.message : String(e);
    throw new InputError({ code: "file-unreadable", message: m.cannotRead(name, why) });
  }
  if (isBlank(bytes)) throw new InputError({ code: "file-empty", message: m.fileEmpty(name) });
  if (isBinary(bytes))
    throw new InputError({ code: "file-binary", message: m.fileBinary(name, accepts ?? m.textFormats) });
  return bytes;
};
