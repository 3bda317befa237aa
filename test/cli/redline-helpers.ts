// Helpers for the redline tests: hand-built reviews that point at sentences of a
// real document, and inspection of the written package.
import JSZip from "jszip";
import type { AreaReview, Finding, Review, Status } from "../../src/engine/types";
import { readCentralDirectory } from "../../src/cli/docx/package";
import { childElements, descendants, parseXml, type Document, type Element } from "../../src/cli/docx/xml";

export interface AreaSpec {
  id: string;
  status: Status;
  /** Risk findings: [paragraph, sentence]; offsets are found in the paragraph's text. */
  risks?: [number, string][];
  fallback?: { title: string; text: string; note: string };
}

export function handReview(paragraphs: string[], specs: AreaSpec[], file = "doc.docx"): Review {
  const areas: AreaReview[] = specs.map((s) => {
    const findings: Finding[] = (s.risks ?? []).map(([p, sentence], i) => {
      const start = paragraphs[p].indexOf(sentence);
      if (start < 0) throw new Error(`test setup: "${sentence}" is not in paragraph ${p}: "${paragraphs[p]}"`);
      return {
        ruleId: `${s.id}/rule-${i}`,
        kind: "risk",
        severity: "high",
        message: `Message ${s.id} ${i}: ${sentence.slice(0, 20)}`,
        paragraph: p,
        start,
        end: start + sentence.length,
        text: sentence,
      };
    });
    return {
      id: s.id,
      title: `Title of ${s.id}`,
      status: s.status,
      severity: "high",
      why: `Why ${s.id} matters.`,
      findings,
      fallbacks: s.fallback ? [{ id: `${s.id}/fb-1`, ...s.fallback }, { id: `${s.id}/fb-2`, title: "Second", text: "Never inserted.", note: "" }] : [],
    };
  });
  const summary = { risk: 0, missing: 0, ok: 0 };
  for (const a of areas) summary[a.status]++;
  return { file, perspective: "licensee", checklist: { id: "test", version: "0" }, parties: { licensor: [], licensee: [] }, terms: {}, areas, summary };
}

export async function partText(bytes: Buffer, name: string): Promise<string | undefined> {
  const zip = await JSZip.loadAsync(bytes);
  return zip.file(name)?.async("string");
}

export async function part(bytes: Buffer, name: string): Promise<Document> {
  const text = await partText(bytes, name);
  if (text === undefined) throw new Error(`no ${name}`);
  return parseXml(text, name);
}

/** Every part's uncompressed bytes. */
export async function partsOf(bytes: Buffer): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(bytes);
  const out = new Map<string, Buffer>();
  for (const [name, f] of Object.entries(zip.files)) if (!f.dir) out.set(name, await f.async("nodebuffer"));
  return out;
}

export function centralEntries(bytes: Buffer) {
  return new Map(readCentralDirectory(bytes, "x").map((e) => [e.name, e]));
}

/** Elements named `local` (any namespace) under a document or an element, in document order. */
export function wElements(root: Document | Element, local: string): Element[] {
  const el = "documentElement" in root ? root.documentElement! : root;
  return [...descendants(el)].filter((e) => e.localName === local);
}

/** The w:t text under an element. */
export function textOf(el: Element): string {
  return [...descendants(el)].filter((e) => e.localName === "t").map((t) => t.textContent).join("");
}

export function attr(el: Element, local: string): string | null {
  return el.getAttributeNS(el.namespaceURI, local);
}

/** The text (w:t only) between commentRangeStart and commentRangeEnd of comment `id`, in document order. */
export function commentedText(doc: Document, id: string): string {
  let inside = false;
  let text = "";
  for (const el of descendants(doc.documentElement!)) {
    if (el.localName === "commentRangeStart" && attr(el, "id") === id) inside = true;
    else if (el.localName === "commentRangeEnd" && attr(el, "id") === id) return text;
    else if (inside && el.localName === "t" && el.parentNode && (el.parentNode as Element).localName === "r") text += el.textContent;
  }
  throw new Error(`comment ${id} has no range end`);
}

/** The comment's paragraphs' text. */
export function commentTexts(comments: Document): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const c of childElements(comments.documentElement!)) {
    if (c.localName !== "comment") continue;
    out.set(attr(c, "id")!, childElements(c).map(textOf));
  }
  return out;
}
