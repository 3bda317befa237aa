// Reading an input file into the engine's DocumentText. The paragraph list is
// the coordinate system of every finding (paragraph index, offsets), so each
// reader states exactly how it splits:
//   .txt, .md  one paragraph per line, blank lines kept as empty paragraphs, so
//              paragraph N is line N+1 of the file. CRLF and lone CR are line
//              ends; a final line end does not start another paragraph; a UTF-8
//              byte order mark is dropped; UTF-16 with a byte order mark is read.
//              Markdown is read as its source lines ("## 3. Outputs" stays as is):
//              stripping markup would shift the offsets away from the file.
//   .docx      see ./docx/paragraphs.ts.

import { promises as fs } from "node:fs";
import * as path from "node:path";
import type { DocumentText } from "../engine/types";
import { InputError, reason } from "./errors";
import { DocxPackage, DEFAULT_LIMITS, mb, sniff, type PackageLimits } from "./docx/package";
import { bodyOf, bodyParagraphs, paragraphText } from "./docx/paragraphs";
import { parseXml, type Document } from "./docx/xml";

export const SUPPORTED_EXTENSIONS = [".docx", ".txt", ".md"] as const;

/** Text files larger than this are not contracts. */
export const MAX_TEXT_BYTES = 20 * 1024 * 1024;

export function extensionOf(file: string): string {
  return path.extname(file).toLowerCase();
}

/** Reads a file's bytes, turning the file system's errors into one-line reasons. */
export async function readBytes(file: string, maxBytes: number): Promise<Buffer> {
  let stat;
  try {
    stat = await fs.stat(file);
  } catch (err) {
    throw fsError(file, err);
  }
  if (stat.isDirectory()) throw new InputError(`${file}: is a directory`);
  if (!stat.isFile()) throw new InputError(`${file}: not a regular file`);
  if (stat.size > maxBytes) throw new InputError(`${file}: too large (${mb(stat.size)}; the limit is ${mb(maxBytes)})`);
  try {
    return await fs.readFile(file);
  } catch (err) {
    throw fsError(file, err);
  }
}

export function fsError(file: string, err: unknown): InputError {
  const code = (err as NodeJS.ErrnoException)?.code;
  if (code === "ENOENT") return new InputError(`${file}: file not found`);
  if (code === "EACCES" || code === "EPERM") return new InputError(`${file}: permission denied`);
  if (code === "EISDIR") return new InputError(`${file}: is a directory`);
  return new InputError(`${file}: cannot read (${reason(err)})`);
}

/** Checks the extension before touching the file, so the reason names the real problem. */
export function checkExtension(file: string): void {
  const ext = extensionOf(file);
  if ((SUPPORTED_EXTENSIONS as readonly string[]).includes(ext)) return;
  if (ext === ".doc") throw new InputError(`${file}: legacy binary Word document (.doc) is not supported; save it as .docx`);
  throw new InputError(`${file}: unsupported file type "${ext || "(none)"}" (expected .docx, .txt or .md)`);
}

/** Decodes a text file (see the header for the encodings accepted). */
export function decodeText(bytes: Uint8Array, label: string): string {
  try {
    if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le", { fatal: true }).decode(bytes.subarray(2));
    if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be", { fatal: true }).decode(bytes.subarray(2));
    if (sniff(bytes) !== "other" || bytes.includes(0)) throw new InputError(`${label}: binary file, not text`);
    // ignoreBOM false: the decoder drops a leading UTF-8 byte order mark itself.
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw new InputError(`${label}: not UTF-8 text (save it as UTF-8 and try again)`);
  }
}

/** One paragraph per line, blank lines included; a final line end closes the last line rather than opening a new one. */
export function splitLines(text: string): string[] {
  const lines = text.split(/\r\n|\r|\n/);
  if (lines.length > 0 && lines[lines.length - 1] === "") lines.pop();
  return lines;
}

export interface OpenedDocx {
  pkg: DocxPackage;
  /** The parsed main document part. */
  doc: Document;
  paragraphs: string[];
}

/** Opens a .docx and reads its paragraphs; the redline writer keeps `pkg` and `doc` to edit them. */
export async function openDocx(bytes: Uint8Array, label: string, limits: PackageLimits = DEFAULT_LIMITS): Promise<OpenedDocx> {
  const pkg = await DocxPackage.open(bytes, label, limits);
  const doc = parseXml(await pkg.readText(pkg.mainPart), `${label}: ${pkg.mainPart}`);
  const paragraphs = bodyParagraphs(bodyOf(doc, label)).map((p) => paragraphText(p).text);
  return { pkg, doc, paragraphs };
}

/** Reads a .docx, .txt or .md file as the engine's DocumentText; `file` is the file's base name. */
export async function readDocument(file: string, limits: PackageLimits = DEFAULT_LIMITS): Promise<DocumentText> {
  checkExtension(file);
  const ext = extensionOf(file);
  const name = path.basename(file);
  if (ext === ".docx") {
    const bytes = await readBytes(file, limits.maxFileBytes);
    return { paragraphs: (await openDocx(bytes, file, limits)).paragraphs, file: name };
  }
  const bytes = await readBytes(file, MAX_TEXT_BYTES);
  return { paragraphs: splitLines(decodeText(bytes, file)), file: name };
}
