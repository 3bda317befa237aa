// Shared test helpers: run main() in-process with captured streams, temp folders,
// and minimal .docx packages built from a body's XML.
import JSZip from "jszip";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { main } from "../../src/cli/main";

export const FIXTURES = path.join(__dirname, "..", "fixtures");
export const SAMPLE_DOCX = path.join(FIXTURES, "sample-ai-agreement.docx");
export const SAMPLE_TXT = path.join(FIXTURES, "sample-ai-agreement.txt");
export const REVISED_DOCX = path.join(FIXTURES, "revised-model-licence.docx");

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

export async function run(argv: string[], opts: { tty?: boolean } = {}): Promise<Run> {
  let stdout = "";
  let stderr = "";
  const code = await main(argv, {
    stdout: (s) => void (stdout += s),
    stderr: (s) => void (stderr += s),
    stderrIsTTY: opts.tty === true,
  });
  return { code, stdout, stderr };
}

/** A fresh temp folder per test (removed in afterEach by the caller through `cleanup`). */
export function tempDir(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), "alr-cli-"));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export const W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

export const CONTENT_TYPES_XML =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
  '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  '<Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
  "</Types>";

export const ROOT_RELS_XML =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
  '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>' +
  "</Relationships>";

export function documentXml(body: string): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W_NS}"><w:body>${body}</w:body></w:document>`;
}

/** A minimal .docx whose body is `body` (WordprocessingML with the w: prefix); `parts` adds or replaces parts. */
export async function makeDocx(body: string, parts: Record<string, string | Uint8Array | null> = {}): Promise<Buffer> {
  const zip = new JSZip();
  const all: Record<string, string | Uint8Array | null> = {
    "[Content_Types].xml": CONTENT_TYPES_XML,
    "_rels/.rels": ROOT_RELS_XML,
    "word/document.xml": documentXml(body),
    ...parts,
  };
  for (const [name, data] of Object.entries(all)) if (data !== null) zip.file(name, data, { createFolders: false });
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

/** A paragraph with one run of text. */
export function para(text: string, pPr = ""): string {
  return `<w:p>${pPr}<w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
}

/** The single line a failed run must print: "error: ..." and nothing else. */
export function oneErrorLine(r: Run): string {
  const lines = r.stderr.split("\n");
  if (lines.length !== 2 || lines[1] !== "") throw new Error(`expected exactly one line on stderr, got ${JSON.stringify(r.stderr)}`);
  if (!lines[0].startsWith("error: ")) throw new Error(`expected "error: ..." got ${JSON.stringify(lines[0])}`);
  if (/\n\s+at /.test(r.stderr)) throw new Error("stack trace on stderr");
  return lines[0];
}

/**
 * A zip written with Node's zlib (fast for large test payloads, where JSZip's
 * JavaScript deflate takes seconds). Entries are deflated; no ZIP64.
 */
export function zipWithZlib(entries: { name: string; data: Buffer }[]): Buffer {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const zlib = require("node:zlib") as typeof import("node:zlib") & { crc32(data: Buffer): number };
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, "utf8");
    const packed = zlib.deflateRawSync(e.data);
    const crc = zlib.crc32(e.data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x800, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc >>> 0, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(e.data.length, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc >>> 0, 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(e.data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, packed);
    centrals.push(central, name);
    offset += local.length + name.length + packed.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}
