// The one paragraph enumeration of a .docx, shared by the reader and the redline
// writer: the engine's paragraph indexes and character offsets are positions in
// exactly this text, so the writer must find paragraph N and offset K the way the
// reader produced them. Nothing else in src/cli may walk w:p elements.
//
// What counts as a paragraph: every w:p of the body in document order, descending
// into tables (rows, cells, nested tables), content controls (w:sdt) and custom
// XML wrappers. Empty paragraphs count, so indexes match the document as laid out.
// Rows deleted as a tracked change (w:trPr/w:del) are skipped: they are gone from
// the document as it now reads.
//
// The text of a paragraph is the document "as it now reads", the counterparty's
// tracked changes accepted:
//   w:t                      its text; w:ins and w:moveTo content included
//   w:del, w:moveFrom        skipped (with their w:delText / w:delInstrText)
//   w:tab, w:ptab            "\t"
//   w:br (any type), w:cr    "\n": a line, page or column break inside a paragraph
//                            separates words but does not end the paragraph
//   w:noBreakHyphen          "-"  (so "non-exclusive" reads as one word)
//   w:softHyphen             nothing (invisible unless a line breaks there)
//   w:instrText              skipped: a field's code; the field's result runs are read
// Limits: text boxes (w:txbxContent inside drawings), footnotes, endnotes,
// headers, footers, comments and equations (m:oMath) are not read; w:sym
// characters are skipped (their code points belong to a symbol font). A tracked
// deletion of a paragraph mark (w:pPr/w:rPr/w:del) would, once accepted, join the
// paragraph to the next; we keep the two paragraphs apart so indexes stay those of
// the w:p elements.

import { InputError } from "../errors";
import { childElements, firstW, isW, wName, type Document, type Element } from "./xml";

/** A stretch of a paragraph's text and the run node it came from. */
export interface TextPiece {
  /** Offsets in the paragraph's text: text.slice(start, end) is this piece. */
  start: number;
  end: number;
  /** The w:t, w:tab, w:br ... element. */
  node: Element;
  /** The w:r holding `node`. */
  run: Element;
}

export interface ParagraphText {
  element: Element;
  text: string;
  pieces: TextPiece[];
}

/** The document's w:body; a document without one is not something we can review. */
export function bodyOf(doc: Document, label: string): Element {
  const root = doc.documentElement;
  if (!isW(root, "document")) throw new InputError(`${label}: not a Word document (the main part is not a w:document)`);
  const body = firstW(root, "body");
  if (!body) throw new InputError(`${label}: not a Word document (the main part has no w:body)`);
  return body;
}

/** Containers whose children may be paragraphs. */
const BLOCK_CONTAINERS = new Set(["body", "tbl", "tr", "tc", "sdt", "sdtContent", "customXml"]);

function isDeletedRow(tr: Element): boolean {
  const trPr = firstW(tr, "trPr");
  return !!trPr && !!firstW(trPr, "del");
}

/** Every paragraph of the body, in reading order (see the header for what is included). */
export function bodyParagraphs(body: Element): Element[] {
  const out: Element[] = [];
  // Iterative so that deeply nested tables cannot overflow the stack.
  const stack: Element[] = childElements(body).reverse();
  while (stack.length) {
    const el = stack.pop()!;
    const name = wName(el);
    if (name === "p") {
      out.push(el);
    } else if (name && BLOCK_CONTAINERS.has(name)) {
      if (name === "tr" && isDeletedRow(el)) continue;
      const kids = childElements(el);
      for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
    }
  }
  return out;
}

/** Inline containers whose runs are part of the text as it now reads. */
const INLINE_CONTAINERS = new Set(["hyperlink", "ins", "moveTo", "smartTag", "customXml", "sdt", "sdtContent", "fldSimple", "dir", "bdo"]);

/** What a run child contributes to the text; undefined for nodes that contribute nothing. */
function runChildText(node: Element): string | undefined {
  switch (wName(node)) {
    case "t":
      return node.textContent ?? "";
    case "tab":
    case "ptab":
      return "\t";
    case "br":
    case "cr":
      return "\n";
    case "noBreakHyphen":
      return "-";
    default:
      return undefined;
  }
}

/** The paragraph's text as it now reads, with the run node behind every character. */
export function paragraphText(p: Element): ParagraphText {
  let text = "";
  const pieces: TextPiece[] = [];
  const visit = (container: Element): void => {
    for (const child of childElements(container)) {
      const name = wName(child);
      if (name === "r") {
        for (const node of childElements(child)) {
          const piece = runChildText(node);
          if (piece === undefined || piece === "") continue;
          pieces.push({ start: text.length, end: text.length + piece.length, node, run: child });
          text += piece;
        }
      } else if (name && INLINE_CONTAINERS.has(name)) {
        visit(child);
      }
      // Everything else (w:pPr, w:del, w:moveFrom, bookmarks, comment ranges, proofing marks, math) adds no text.
    }
  };
  visit(p);
  return { element: p, text, pieces };
}

/** The paragraphs' text, in the order of bodyParagraphs. */
export function readParagraphs(doc: Document, label: string): string[] {
  return bodyParagraphs(bodyOf(doc, label)).map((p) => paragraphText(p).text);
}
