// XML plumbing shared by the .docx reader and the redline writer, over
// @xmldom/xmldom. WordprocessingML comes in two namespaces: Transitional (what
// Word, LibreOffice and Google Docs write) and Strict (Word's "Strict Open XML"
// save option). Both are read; elements we create take the namespace of the
// document they go into, so a Strict file stays Strict.

import { DOMParser, XMLSerializer, onErrorStopParsing } from "@xmldom/xmldom";
import type { Document, Element, Node } from "@xmldom/xmldom";
import { InputError, reason } from "../errors";

export type { Document, Element, Node };

export const W_TRANSITIONAL = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
export const W_STRICT = "http://purl.oclc.org/ooxml/wordprocessingml/main";
export const R_TRANSITIONAL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
export const R_STRICT = "http://purl.oclc.org/ooxml/officeDocument/relationships";
export const PACKAGE_RELS = "http://schemas.openxmlformats.org/package/2006/relationships";
export const CONTENT_TYPES = "http://schemas.openxmlformats.org/package/2006/content-types";
export const XML_NS = "http://www.w3.org/XML/1998/namespace";

const ELEMENT_NODE = 1;

/** Parses a part; malformed XML is bad input (exit 2), reported with the part's name. */
export function parseXml(text: string, what: string): Document {
  try {
    // onErrorStopParsing: xmldom otherwise recovers from non-fatal errors
    // (unclosed tags, bad entities) and hands back a silently different tree.
    const doc = new DOMParser({ onError: onErrorStopParsing }).parseFromString(text, "text/xml");
    if (!doc.documentElement) throw new Error("no root element");
    return doc;
  } catch (err) {
    throw new InputError(`${what} is corrupt: malformed XML (${reason(err)})`);
  }
}

export function serializeXml(doc: Document): string {
  const text = new XMLSerializer().serializeToString(doc);
  // xmldom keeps the declaration when the source had one; a part we create from
  // scratch gets the one Word writes.
  return text.startsWith("<?xml") ? text : `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${text}`;
}

export function isElement(node: Node | null | undefined): node is Element {
  return !!node && node.nodeType === ELEMENT_NODE;
}

export function childElements(el: Node): Element[] {
  const out: Element[] = [];
  for (let n = el.firstChild; n; n = n.nextSibling) if (isElement(n)) out.push(n);
  return out;
}

export function isWordNs(ns: string | null | undefined): boolean {
  return ns === W_TRANSITIONAL || ns === W_STRICT;
}

/** Is `node` the WordprocessingML element `local` (w:p, w:r ...) in either namespace? */
export function isW(node: Node | null | undefined, local: string): node is Element {
  return isElement(node) && node.localName === local && isWordNs(node.namespaceURI);
}

/** The element's local name when it is a WordprocessingML element, else undefined. */
export function wName(node: Node | null | undefined): string | undefined {
  return isElement(node) && isWordNs(node.namespaceURI) ? (node.localName ?? undefined) : undefined;
}

export function firstW(el: Node, local: string): Element | undefined {
  return childElements(el).find((c) => isW(c, local));
}

/** A w: attribute (w:val, w:id ...) in the element's own WordprocessingML namespace. */
export function wAttr(el: Element, local: string): string | null {
  const ns = isWordNs(el.namespaceURI) ? el.namespaceURI : W_TRANSITIONAL;
  return el.getAttributeNS(ns, local) ?? null;
}

/** Every element in document order under `root` (root included). Iterative: body trees can be deep. */
export function* descendants(root: Element): Generator<Element> {
  const stack: Element[] = [root];
  while (stack.length) {
    const el = stack.pop()!;
    yield el;
    const kids = childElements(el);
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
  }
}
