// Opening a .docx safely. A .docx is a zip of XML parts, and a file handed to a
// command-line tool can be anything: a legacy .doc, a password-protected document
// (which is not a zip at all but an OLE compound file wrapping the encrypted
// package), a truncated download, or a zip bomb. Each of these becomes an
// InputError with a one-line reason before any XML is parsed.
//
// Size limits: the parts we inflate (word/document.xml, and for the redline
// comments, relationships, content types and styles) share one budget. A part's
// declared size is checked against it before inflating, and the bytes actually
// produced are counted while inflating, because a crafted zip can declare a
// small size and inflate to gigabytes. Parts we do not read (images, embedded
// objects) are never inflated: the redline writer copies them compressed.

import JSZip from "jszip";
import { InputError, reason } from "../errors";
import { PACKAGE_RELS, childElements, parseXml } from "./xml";

export interface PackageLimits {
  /** The .docx file itself. */
  maxFileBytes: number;
  /** Total bytes inflated from the parts we read. */
  maxPartBytes: number;
  maxEntries: number;
}

export const DEFAULT_LIMITS: PackageLimits = {
  maxFileBytes: 100 * 1024 * 1024,
  maxPartBytes: 50 * 1024 * 1024,
  maxEntries: 10_000,
};

const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export type FileKind = "zip" | "ole" | "other";

/** What the first bytes say the file is, whatever its name says. */
export function sniff(bytes: Uint8Array): FileKind {
  if (bytes.length >= 8 && OLE_SIGNATURE.every((b, i) => bytes[i] === b)) return "ole";
  // PK\3\4 (a local file header) or PK\5\6 (an empty archive's end record).
  if (bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && ((bytes[2] === 3 && bytes[3] === 4) || (bytes[2] === 5 && bytes[3] === 6))) {
    return "zip";
  }
  return "other";
}

/**
 * Does an OLE compound file hold an encrypted OOXML package? Office writes a
 * password-protected .docx as an OLE file with the streams "EncryptionInfo" and
 * "EncryptedPackage" (MS-OFFCRYPTO). Rather than walk the compound file's FAT, we
 * look for either name as a directory entry: entries are 128 bytes, start on a
 * 128-byte boundary (sectors are 512 or 4096 bytes and the header one sector) and
 * hold the name in UTF-16LE followed by its byte length (including the NUL) at
 * offset 64. Limit: a directory entry stored past a sector chain we do not follow
 * is still found, since every sector is scanned; a name merely quoted in a stream's
 * data would have to sit at an aligned offset with a matching length to be mistaken.
 */
export function isEncryptedOoxml(bytes: Uint8Array): boolean {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (const name of ["EncryptionInfo", "EncryptedPackage"]) {
    const needle = Buffer.from(name, "utf16le");
    for (let at = buf.indexOf(needle); at !== -1; at = buf.indexOf(needle, at + 1)) {
      if (at % 128 === 0 && at + 66 <= buf.length && buf.readUInt16LE(at + 64) === needle.length + 2) return true;
    }
  }
  return false;
}

export interface CentralEntry {
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  flags: number;
  compressedSize: number;
  uncompressedSize: number;
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const U32_MAX = 0xffffffff;

function u64(buf: Buffer, at: number): number {
  // Sizes above 2^53 cannot be real here; they fail the limits either way.
  return Number(buf.readBigUInt64LE(at));
}

/**
 * Reads the zip's central directory (the table of entries at its end) for the
 * declared sizes, without inflating anything. JSZip reads the same table, but
 * keeps the sizes in a private field; these few lines keep us off its internals.
 * A file cut short loses this table first, so a truncated download fails here.
 */
export function readCentralDirectory(bytes: Uint8Array, label: string): CentralEntry[] {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const truncated = () => new InputError(`${label}: corrupt or truncated .docx (the zip's central directory is missing or cut short)`);
  let eocd = -1;
  for (let at = buf.length - 22; at >= Math.max(0, buf.length - 22 - 0xffff); at--) {
    if (buf.readUInt32LE(at) === EOCD) {
      eocd = at;
      break;
    }
  }
  if (eocd < 0) throw truncated();
  let count = buf.readUInt16LE(eocd + 10);
  let size = buf.readUInt32LE(eocd + 12);
  let offset = buf.readUInt32LE(eocd + 16);
  if (count === 0xffff || size === U32_MAX || offset === U32_MAX) {
    const locator = eocd - 20;
    if (locator < 0 || buf.readUInt32LE(locator) !== ZIP64_LOCATOR) throw truncated();
    const z = u64(buf, locator + 8);
    if (z + 56 > buf.length || buf.readUInt32LE(z) !== ZIP64_EOCD) throw truncated();
    count = u64(buf, z + 32);
    size = u64(buf, z + 40);
    offset = u64(buf, z + 48);
  }
  if (offset + size > buf.length) throw truncated();
  const entries: CentralEntry[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > buf.length || buf.readUInt32LE(at) !== CENTRAL) throw truncated();
    const flags = buf.readUInt16LE(at + 8);
    const method = buf.readUInt16LE(at + 10);
    let compressedSize = buf.readUInt32LE(at + 20);
    let uncompressedSize = buf.readUInt32LE(at + 24);
    const nameLength = buf.readUInt16LE(at + 28);
    const extraLength = buf.readUInt16LE(at + 30);
    const commentLength = buf.readUInt16LE(at + 32);
    const nameStart = at + 46;
    const extraStart = nameStart + nameLength;
    if (extraStart + extraLength + commentLength > buf.length) throw truncated();
    // Bit 11: the name is UTF-8; otherwise CP437, which for OOXML's ASCII part names reads the same as latin1.
    const name = buf.toString(flags & 0x800 ? "utf8" : "latin1", nameStart, extraStart);
    if (uncompressedSize === U32_MAX || compressedSize === U32_MAX) {
      // ZIP64 extended information: the 8-byte values present are exactly those whose 4-byte field is saturated, in this order.
      for (let x = extraStart; x + 4 <= extraStart + extraLength; ) {
        const id = buf.readUInt16LE(x);
        const len = buf.readUInt16LE(x + 2);
        if (id === 0x0001) {
          let v = x + 4;
          if (uncompressedSize === U32_MAX && v + 8 <= x + 4 + len) {
            uncompressedSize = u64(buf, v);
            v += 8;
          }
          if (compressedSize === U32_MAX && v + 8 <= x + 4 + len) compressedSize = u64(buf, v);
          break;
        }
        x += 4 + len;
      }
    }
    entries.push({ name, method, flags, compressedSize, uncompressedSize });
    at = extraStart + extraLength + commentLength;
  }
  return entries;
}

/** An opened .docx: the zip, its declared entries, and the inflate budget of the parts read so far. */
export class DocxPackage {
  private inflated = 0;

  private constructor(
    readonly label: string,
    readonly zip: JSZip,
    readonly entries: ReadonlyMap<string, CentralEntry>,
    readonly limits: PackageLimits,
    /** The main document part, as the package relationships name it (almost always word/document.xml). */
    public mainPart: string,
  ) {}

  /**
   * Checks what the bytes are and opens the zip. `label` names the file in
   * messages (the path as the user typed it).
   */
  static async open(bytes: Uint8Array, label: string, limits: PackageLimits = DEFAULT_LIMITS): Promise<DocxPackage> {
    if (bytes.length > limits.maxFileBytes) {
      throw new InputError(`${label}: too large (${mb(bytes.length)}; the limit is ${mb(limits.maxFileBytes)})`);
    }
    const kind = sniff(bytes);
    if (kind === "ole") {
      if (isEncryptedOoxml(bytes)) {
        throw new InputError(`${label}: encrypted (password-protected) document; save an unprotected copy and try again`);
      }
      throw new InputError(`${label}: legacy binary Word document (.doc); save it as .docx and try again`);
    }
    if (kind !== "zip") throw new InputError(`${label}: not a .docx (not a zip package)`);

    const list = readCentralDirectory(bytes, label);
    if (list.length > limits.maxEntries) {
      throw new InputError(`${label}: too many parts in the package (${list.length}; the limit is ${limits.maxEntries})`);
    }
    const entries = new Map<string, CentralEntry>();
    for (const e of list) {
      // Bit 0: the entry is encrypted with zip's own password scheme (not something Word writes, but a zip tool can).
      if (e.flags & 1) throw new InputError(`${label}: encrypted zip entry "${e.name}"; the package is password-protected`);
      entries.set(e.name, e);
    }

    let zip: JSZip;
    try {
      zip = await JSZip.loadAsync(bytes);
    } catch (err) {
      throw new InputError(`${label}: corrupt .docx (${reason(err)})`);
    }
    const pkg = new DocxPackage(label, zip, entries, limits, "word/document.xml");
    pkg.mainPart = await pkg.findMainPart();
    if (!pkg.has(pkg.mainPart)) throw new InputError(`${label}: not a Word document (no ${pkg.mainPart} in the package)`);
    return pkg;
  }

  /** The part's name as stored: OPC part names are case-insensitive. */
  resolve(name: string): string | undefined {
    if (this.zip.files[name] && !this.zip.files[name].dir) return name;
    const lower = name.toLowerCase();
    return Object.keys(this.zip.files).find((n) => n.toLowerCase() === lower && !this.zip.files[n].dir);
  }

  has(name: string): boolean {
    return this.resolve(name) !== undefined;
  }

  /** Inflates a part as bytes, within the budget (declared size first, then the bytes as they come). */
  async readBytes(name: string): Promise<Buffer> {
    const stored = this.resolve(name);
    if (!stored) throw new InputError(`${this.label}: corrupt .docx (missing part ${name})`);
    const declared = this.entries.get(stored);
    if (declared && declared.method !== 0 && declared.method !== 8) {
      throw new InputError(`${this.label}: unsupported zip compression method ${declared.method} for ${stored}`);
    }
    const tooLarge = () =>
      new InputError(`${this.label}: too large to read safely (${stored} inflates beyond the ${mb(this.limits.maxPartBytes)} limit; possible zip bomb)`);
    if (declared && this.inflated + declared.uncompressedSize > this.limits.maxPartBytes) throw tooLarge();

    const chunks: Buffer[] = [];
    await new Promise<void>((resolve, reject) => {
      const stream = this.zip.files[stored].nodeStream("nodebuffer");
      stream.on("data", (chunk: Buffer) => {
        this.inflated += chunk.length;
        if (this.inflated > this.limits.maxPartBytes) {
          // Stop inflating now: destroying the adapter makes JSZip's worker pause on its next push.
          (stream as unknown as { destroy(): void }).destroy();
          reject(tooLarge());
          return;
        }
        chunks.push(chunk);
      });
      stream.on("error", (err: unknown) => reject(new InputError(`${this.label}: corrupt .docx (${stored}: ${reason(err)})`)));
      stream.on("end", () => resolve());
    });
    return Buffer.concat(chunks);
  }

  /** Inflates an XML part as text (UTF-8, or UTF-16 with its byte order mark, as XML allows). */
  async readText(name: string): Promise<string> {
    const bytes = await this.readBytes(name);
    try {
      if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le", { fatal: true }).decode(bytes.subarray(2));
      if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be", { fatal: true }).decode(bytes.subarray(2));
      return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
    } catch (err) {
      throw new InputError(`${this.label}: corrupt .docx (${name} is not valid text: ${reason(err)})`);
    }
  }

  /**
   * The main document part named by the package relationships (_rels/.rels).
   * Every word processor we know writes word/document.xml, which is also the
   * answer when the relationships part is absent.
   */
  private async findMainPart(): Promise<string> {
    if (!this.has("_rels/.rels")) return "word/document.xml";
    const rels = parseXml(await this.readText("_rels/.rels"), `${this.label}: _rels/.rels`);
    for (const rel of childElements(rels.documentElement!)) {
      if (rel.localName !== "Relationship" || rel.namespaceURI !== PACKAGE_RELS) continue;
      const type = rel.getAttribute("Type") ?? "";
      // Transitional and Strict spell the type's namespace differently; both end the same way.
      if (!type.endsWith("/officeDocument")) continue;
      if (rel.getAttribute("TargetMode") === "External") continue;
      const target = (rel.getAttribute("Target") ?? "").replace(/^\/+/, "");
      if (target) return target;
    }
    return "word/document.xml";
  }
}

export function mb(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(bytes < 1024 * 1024 ? 2 : 0)} MB`;
}

/** Where a part's relationships live: word/document.xml -> word/_rels/document.xml.rels. */
export function relsPathOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}
