// The redlined copy of a .docx: the engine's proposals applied as a reviewer
// would, so the counterparty sees them in Word's Review pane.
//   area at risk   the top fallback for our side is inserted as a tracked
//                  insertion (w:ins), as a new paragraph right after the paragraph
//                  of the area's first risk finding, with that paragraph's
//                  properties (style, numbering, indents); every risk finding's
//                  sentence carries a comment: the finding's message plus the
//                  fallback's title and negotiation note.
//   area missing   the top fallback is inserted, tracked, under a tracked heading
//                  "Proposed additional clauses" at the end of the body (before
//                  the final w:sectPr), with a comment saying why the area matters.
// Only the main document part, the comments part, the main part's relationships
// and [Content_Types].xml are rewritten; every other part is copied as stored
// (compressed bytes included), so styles, numbering, headers, media and existing
// revisions and comments are untouched.
//
// Paragraph N and offset K are found with ./paragraphs.ts, the enumeration the
// reader used to produce the text the engine reviewed.

import * as path from "node:path";
import type { AreaReview, Fallback, Finding, Review } from "../../engine/types";
import { InputError } from "../errors";
import type { OpenedDocx } from "../read";
import { relsPathOf, type DocxPackage } from "./package";
import { bodyOf, bodyParagraphs, paragraphText, type TextPiece } from "./paragraphs";
import {
  CONTENT_TYPES,
  PACKAGE_RELS,
  W_STRICT,
  XML_NS,
  childElements,
  descendants,
  firstW,
  isW,
  isWordNs,
  parseXml,
  serializeXml,
  wAttr,
  wName,
  type Document,
  type Element,
  type Node,
} from "./xml";

export const REVISION_AUTHOR = "AI License Review";
const AUTHOR_INITIALS = "ALR";
export const ADDITIONAL_CLAUSES_HEADING = "Proposed additional clauses";

const COMMENTS_REL = {
  transitional: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments",
  strict: "http://purl.oclc.org/ooxml/officeDocument/relationships/comments",
};
const COMMENTS_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml";

export interface RedlineOptions {
  /** The revision and comment date (default: now). Fixed in tests. */
  date?: Date;
}

export interface RedlineResult {
  bytes: Buffer;
  /** Tracked paragraphs inserted (fallback clauses, plus the heading when any area is missing). */
  insertedParagraphs: number;
  comments: number;
  /** Comments anchored on a whole paragraph because the sentence could not be located exactly (see anchorComment). */
  paragraphAnchors: number;
}

/** Word writes revision dates to the second, in UTC. */
function wordDate(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, "Z");
}

/** Element factory for one part, in that part's WordprocessingML namespace and prefix. */
class Wml {
  readonly ns: string;
  readonly prefix: string;
  constructor(
    readonly doc: Document,
    root: Element,
  ) {
    this.ns = isWordNs(root.namespaceURI) ? root.namespaceURI! : "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    this.prefix = root.prefix || "w";
  }
  el(local: string, attrs: Record<string, string> = {}, ...children: Node[]): Element {
    const e = this.doc.createElementNS(this.ns, `${this.prefix}:${local}`);
    for (const [k, v] of Object.entries(attrs)) e.setAttributeNS(this.ns, `${this.prefix}:${k}`, v);
    for (const c of children) e.appendChild(c);
    return e;
  }
  /** A w:t that keeps its leading and trailing spaces. */
  t(text: string): Element {
    const t = this.el("t");
    t.setAttributeNS(XML_NS, "xml:space", "preserve");
    t.appendChild(this.doc.createTextNode(text));
    return t;
  }
  /** Runs for `text`, with tabs and line breaks as w:tab and w:br. */
  runs(text: string, bold = false): Element[] {
    const r = this.el("r");
    if (bold) r.appendChild(this.el("rPr", {}, this.el("b")));
    for (const part of text.split(/(\t|\r?\n)/)) {
      if (part === "") continue;
      r.appendChild(part === "\t" ? this.el("tab") : part === "\n" || part === "\r\n" ? this.el("br") : this.t(part));
    }
    return [r];
  }
}

/** The highest numeric w:id in a part: revisions, comments and bookmarks all draw ids, and ours must collide with none. */
function maxId(doc: Document): number {
  let max = -1;
  for (const el of descendants(doc.documentElement!)) {
    if (!isWordNs(el.namespaceURI)) continue;
    const id = Number(wAttr(el, "id"));
    if (Number.isInteger(id) && id > max) max = id;
  }
  return max;
}

/** Paragraph properties for an inserted paragraph: the flagged paragraph's, minus what must not be duplicated. */
function insertedPPr(w: Wml, source: Element | undefined, revision: Record<string, string>): Element {
  const pPr = source ? (source.cloneNode(true) as Element) : w.el("pPr");
  // A copied w:sectPr would start a new section; w:pPrChange is someone else's tracked formatting change.
  for (const c of childElements(pPr)) if (isW(c, "sectPr") || isW(c, "pPrChange")) pPr.removeChild(c);
  let rPr = firstW(pPr, "rPr");
  if (!rPr) {
    rPr = w.el("rPr");
    pPr.appendChild(rPr); // w:rPr comes after every other property we kept.
  }
  // The paragraph mark's own revision marks belong to the source paragraph, not to ours.
  for (const c of childElements(rPr)) if (["ins", "del", "moveFrom", "moveTo", "rPrChange"].includes(wName(c) ?? "")) rPr.removeChild(c);
  // The mark is inserted too, so rejecting the change removes the whole paragraph; w:ins leads CT_ParaRPr.
  rPr.insertBefore(w.el("ins", revision), rPr.firstChild);
  return pPr;
}

interface Boundary {
  parent: Node;
  /** Insert the marker before this node (null: append to parent). */
  before: Node | null;
}

/** Splits a w:t at `at` characters into two w:t siblings; returns the second. */
function splitText(w: Wml, t: Element, at: number): Element {
  const text = t.textContent ?? "";
  const second = w.t(text.slice(at));
  while (t.firstChild) t.removeChild(t.firstChild);
  t.appendChild(w.doc.createTextNode(text.slice(0, at)));
  t.setAttributeNS(XML_NS, "xml:space", "preserve");
  t.parentNode!.insertBefore(second, t.nextSibling);
  return second;
}

/**
 * The boundary just before `node` inside its run, splitting the run there if
 * `node` is not its first content: the new run takes a copy of the run's
 * properties (w:rPr) and everything from `node` on.
 */
function boundaryBefore(node: Element, run: Element): Boundary {
  const content = childElements(run).filter((c) => wName(c) !== "rPr");
  if (content[0] === node) return { parent: run.parentNode!, before: run };
  const second = run.cloneNode(false) as Element;
  const rPr = firstW(run, "rPr");
  if (rPr) second.appendChild(rPr.cloneNode(true));
  for (let n: Node | null = node; n; ) {
    const next: Node | null = n.nextSibling;
    second.appendChild(n);
    n = next;
  }
  run.parentNode!.insertBefore(second, run.nextSibling);
  return { parent: run.parentNode!, before: second };
}

/**
 * The boundary at character `offset` of the paragraph. A range's start sits
 * before the character at `offset`; its end sits after the character at
 * `offset - 1`. Runs (and a w:t) are split so the boundary falls between runs.
 */
function boundaryAt(w: Wml, p: Element, offset: number, side: "start" | "end"): Boundary | undefined {
  const { pieces } = paragraphText(p);
  const piece: TextPiece | undefined =
    side === "start" ? pieces.find((x) => x.start <= offset && offset < x.end) : pieces.find((x) => x.start < offset && offset <= x.end);
  if (!piece) return undefined;
  const { node, run } = piece;
  if (side === "end" && offset === piece.end) {
    const following = childElements(run).filter((c) => wName(c) !== "rPr");
    const next = following[following.indexOf(node) + 1];
    return next ? boundaryBefore(next, run) : { parent: run.parentNode!, before: run.nextSibling };
  }
  const cut = offset - piece.start;
  if (cut === 0) return boundaryBefore(node, run);
  // Only a w:t is longer than one character, so a cut inside a piece is a cut inside a w:t.
  return boundaryBefore(splitText(w, node, cut), run);
}

class Redliner {
  private nextId: number;
  private readonly w: Wml;
  private readonly body: Element;
  private readonly paragraphs: Element[];
  /** The last paragraph we inserted after each flagged paragraph, so several clauses stack in area order. */
  private readonly lastInserted = new Map<Element, Element>();
  private readonly revision: () => Record<string, string>;
  readonly comments: Element[] = [];
  insertedParagraphs = 0;
  paragraphAnchors = 0;

  constructor(
    private readonly doc: Document,
    private readonly commentsDoc: Document,
    label: string,
    date: Date,
    firstId: number,
  ) {
    this.w = new Wml(doc, doc.documentElement!);
    this.body = bodyOf(doc, label);
    this.paragraphs = bodyParagraphs(this.body);
    this.nextId = firstId;
    const when = wordDate(date);
    this.revision = () => ({ id: String(this.nextId++), author: REVISION_AUTHOR, date: when });
    this.date = when;
  }
  private readonly date: string;

  paragraph(index: number): Element {
    const p = this.paragraphs[index];
    // The engine's indexes come from the same enumeration; a miss is a bug, not bad input.
    if (!p) throw new Error(`finding points at paragraph ${index}, but the document has ${this.paragraphs.length}`);
    return p;
  }

  /** A tracked paragraph holding `runs`, with properties taken from `like` (or none). */
  private trackedParagraph(like: Element | undefined, runs: Element[], pStyle?: string): Element {
    const w = this.w;
    const pPr = insertedPPr(w, like ? firstW(like, "pPr") : undefined, this.revision());
    if (pStyle) {
      for (const c of childElements(pPr)) if (isW(c, "pStyle")) pPr.removeChild(c);
      pPr.insertBefore(w.el("pStyle", { val: pStyle }), pPr.firstChild); // w:pStyle leads CT_PPr.
    }
    return w.el("p", {}, pPr, w.el("ins", this.revision(), ...runs));
  }

  /** Inserts the area's top fallback as a tracked paragraph after paragraph `index`. */
  insertAfter(index: number, fallback: Fallback): void {
    const flagged = this.paragraph(index);
    const p = this.trackedParagraph(flagged, this.w.runs(fallback.text));
    const after = this.lastInserted.get(flagged) ?? flagged;
    after.parentNode!.insertBefore(p, after.nextSibling);
    this.lastInserted.set(flagged, p);
    this.insertedParagraphs++;
  }

  /** Appends tracked paragraphs before the body's final w:sectPr (or at its end). */
  appendAtEnd(paragraphs: Element[]): void {
    const last = childElements(this.body).at(-1);
    const before = last && isW(last, "sectPr") ? last : null;
    for (const p of paragraphs) this.body.insertBefore(p, before);
    this.insertedParagraphs += paragraphs.length;
  }

  /** The "Proposed additional clauses" section: a heading, then per area a bold title and the clause, each commented. */
  missingSection(areas: { area: AreaReview; fallback: Fallback }[], headingStyle: string | undefined): void {
    const w = this.w;
    const heading = this.trackedParagraph(undefined, w.runs(ADDITIONAL_CLAUSES_HEADING, !headingStyle), headingStyle);
    const out = [heading];
    for (const { area, fallback } of areas) {
      const p = this.trackedParagraph(undefined, [...w.runs(`${area.title}. `, true), ...w.runs(fallback.text)]);
      // The markers and the reference run go inside the w:ins, so rejecting the insertion leaves nothing behind.
      const ins = childElements(p).find((c) => isW(c, "ins"))!;
      const id = String(this.nextId++);
      ins.insertBefore(w.el("commentRangeStart", { id }), ins.firstChild);
      ins.appendChild(w.el("commentRangeEnd", { id }));
      ins.appendChild(this.referenceRun(id));
      this.addComment(id, [`Missing: ${area.title}. ${area.why}`.trim(), `Proposed: ${fallback.title}. ${fallback.note}`.trim()]);
      out.push(p);
    }
    this.appendAtEnd(out);
  }

  private referenceRun(id: string): Element {
    return this.w.el("r", {}, this.w.el("commentReference", { id }));
  }

  private addComment(id: string, paragraphs: string[]): void {
    const c = new Wml(this.commentsDoc, this.commentsDoc.documentElement!);
    const comment = c.el("comment", { id, author: REVISION_AUTHOR, date: this.date, initials: AUTHOR_INITIALS });
    paragraphs.forEach((text, i) => {
      const p = c.el("p");
      if (i === 0) p.appendChild(c.el("r", {}, c.el("annotationRef")));
      p.appendChild(c.el("r", {}, c.t(text)));
      comment.appendChild(p);
    });
    this.commentsDoc.documentElement!.appendChild(comment);
    this.comments.push(comment);
  }

  /**
   * A comment on the finding's sentence. The runs covering start..end are split
   * at the offsets so the comment spans exactly the sentence. When the paragraph
   * no longer reads as the engine saw it (the sentence text differs), or no run
   * holds the offset, the comment is anchored on the whole paragraph instead:
   * a comment in roughly the right place beats none or a wrong span.
   */
  comment(finding: Finding, text: string[]): void {
    const w = this.w;
    const p = this.paragraph(finding.paragraph);
    const id = String(this.nextId++);
    const start = w.el("commentRangeStart", { id });
    const end = w.el("commentRangeEnd", { id });
    const { text: now } = paragraphText(p);
    let placed = false;
    if (finding.start < finding.end && now.slice(finding.start, finding.end) === finding.text) {
      const b1 = boundaryAt(w, p, finding.start, "start");
      if (b1) {
        b1.parent.insertBefore(start, b1.before);
        const b2 = boundaryAt(w, p, finding.end, "end");
        if (b2) {
          b2.parent.insertBefore(end, b2.before);
          b2.parent.insertBefore(this.referenceRun(id), end.nextSibling);
          placed = true;
        } else {
          start.parentNode!.removeChild(start);
        }
      }
    }
    if (!placed) {
      const pPr = firstW(p, "pPr");
      p.insertBefore(start, pPr ? pPr.nextSibling : p.firstChild);
      p.appendChild(end);
      p.appendChild(this.referenceRun(id));
      this.paragraphAnchors++;
    }
    this.addComment(id, text);
  }
}

/** The style id of "heading 1" in word/styles.xml, if the document defines it (we read styles, never change them). */
async function headingStyleId(pkg: DocxPackage, mainPart: string): Promise<string | undefined> {
  const stylesPath = path.posix.join(path.posix.dirname(mainPart), "styles.xml");
  if (!pkg.has(stylesPath)) return undefined;
  const styles = parseXml(await pkg.readText(stylesPath), `${pkg.label}: ${stylesPath}`);
  for (const s of childElements(styles.documentElement!)) {
    if (!isW(s, "style") || wAttr(s, "type") !== "paragraph") continue;
    const name = firstW(s, "name");
    if (name && (wAttr(name, "val") ?? "").toLowerCase() === "heading 1") return wAttr(s, "styleId") ?? undefined;
  }
  return undefined;
}

function resolveTarget(fromPart: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  return path.posix.normalize(path.posix.join(path.posix.dirname(fromPart), target));
}

/** The comment text for a risk finding: its message, then what we propose and when to offer it. */
function riskCommentText(finding: Finding, fallback: Fallback | undefined, insertedAfter: number | undefined): string[] {
  const lines = [finding.message];
  if (fallback) {
    const where = insertedAfter !== undefined ? ` (inserted as a tracked change after paragraph ${insertedAfter + 1})` : "";
    lines.push(`Proposed fallback${where}: ${fallback.title}. ${fallback.note}`.trim());
  }
  return lines;
}

/** Applies the review to the opened document and returns the new package's bytes. The input objects are left as they were read only for `opened.pkg`'s untouched parts; `opened.doc` is edited in place. */
export async function redline(opened: OpenedDocx, review: Review, options: RedlineOptions = {}): Promise<RedlineResult> {
  const { pkg, doc } = opened;
  const label = pkg.label;
  const date = options.date ?? new Date();
  const strict = doc.documentElement!.namespaceURI === W_STRICT;

  // Comments part: the existing one (found through the main part's relationships), or a new one.
  const relsPath = relsPathOf(pkg.mainPart);
  const rels = pkg.has(relsPath)
    ? parseXml(await pkg.readText(relsPath), `${label}: ${relsPath}`)
    : parseXml(`<Relationships xmlns="${PACKAGE_RELS}"/>`, "relationships");
  const relElements = childElements(rels.documentElement!).filter((r) => r.localName === "Relationship");
  const commentsRelType = strict ? COMMENTS_REL.strict : COMMENTS_REL.transitional;
  const existingRel = relElements.find((r) => r.getAttribute("Type") === commentsRelType && r.getAttribute("TargetMode") !== "External");
  const commentsPath = existingRel ? resolveTarget(pkg.mainPart, existingRel.getAttribute("Target") ?? "") : path.posix.join(path.posix.dirname(pkg.mainPart), "comments.xml");
  const commentsStored = pkg.resolve(commentsPath);
  const commentsDoc = commentsStored
    ? parseXml(await pkg.readText(commentsStored), `${label}: ${commentsStored}`)
    : parseXml(`<w:comments xmlns:w="${doc.documentElement!.namespaceURI}"/>`, "comments");

  const r = new Redliner(doc, commentsDoc, label, date, Math.max(maxId(doc), maxId(commentsDoc)) + 1);

  const missing: { area: AreaReview; fallback: Fallback }[] = [];
  for (const area of review.areas) {
    const top = area.fallbacks[0];
    if (area.status === "missing") {
      if (top) missing.push({ area, fallback: top });
      continue;
    }
    if (area.status !== "risk") continue;
    const risks = area.findings.filter((f) => f.kind === "risk");
    if (risks.length === 0) {
      // A risk status with no risk finding to anchor on: propose the clause at the end like a missing one.
      if (top) missing.push({ area, fallback: top });
      continue;
    }
    const anchor = risks[0].paragraph;
    if (top) r.insertAfter(anchor, top);
    for (const f of risks) r.comment(f, riskCommentText(f, top, top ? anchor : undefined));
  }
  if (missing.length) r.missingSection(missing, await headingStyleId(pkg, pkg.mainPart));

  const zip = pkg.zip;
  // Unchanged parts keep their stored compression, so JSZip copies their compressed bytes without inflating them.
  for (const [name, file] of Object.entries(zip.files)) {
    const entry = pkg.entries.get(name);
    if (!file.dir && entry) file.options.compression = entry.method === 0 ? "STORE" : "DEFLATE";
  }
  // createFolders false: JSZip would otherwise add "word/" directory entries that the original package did not have.
  const write = (name: string, xml: string) => zip.file(name, xml, { compression: "DEFLATE", date, createFolders: false });
  write(pkg.resolve(pkg.mainPart)!, serializeXml(doc));

  if (r.comments.length) {
    write(commentsStored ?? commentsPath, serializeXml(commentsDoc));
    if (!existingRel) {
      const ids = new Set(relElements.map((e) => e.getAttribute("Id")));
      let n = relElements.length + 1;
      while (ids.has(`rId${n}`)) n++;
      const rel = rels.createElementNS(PACKAGE_RELS, "Relationship");
      rel.setAttribute("Id", `rId${n}`);
      rel.setAttribute("Type", commentsRelType);
      rel.setAttribute("Target", path.posix.relative(path.posix.dirname(pkg.mainPart), commentsPath));
      rels.documentElement!.appendChild(rel);
      write(pkg.resolve(relsPath) ?? relsPath, serializeXml(rels));
    }
    await ensureContentType(pkg, `/${commentsPath}`, (name, xml) => write(name, xml));
  }

  const bytes = await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE", compressionOptions: { level: 6 } });
  return { bytes, insertedParagraphs: r.insertedParagraphs, comments: r.comments.length, paragraphAnchors: r.paragraphAnchors };
}

/** Adds an Override for `partName` to [Content_Types].xml unless one is there (part names compare case-insensitively). */
async function ensureContentType(pkg: DocxPackage, partName: string, write: (name: string, xml: string) => void): Promise<void> {
  const stored = pkg.resolve("[Content_Types].xml");
  if (!stored) throw new InputError(`${pkg.label}: corrupt .docx (no [Content_Types].xml)`);
  const types = parseXml(await pkg.readText(stored), `${pkg.label}: [Content_Types].xml`);
  const root = types.documentElement!;
  const has = childElements(root).some(
    (o) => o.localName === "Override" && (o.getAttribute("PartName") ?? "").toLowerCase() === partName.toLowerCase(),
  );
  if (has) return;
  const o = types.createElementNS(root.namespaceURI ?? CONTENT_TYPES, "Override");
  o.setAttribute("PartName", partName);
  o.setAttribute("ContentType", COMMENTS_CONTENT_TYPE);
  root.appendChild(o);
  write(stored, serializeXml(types));
}
