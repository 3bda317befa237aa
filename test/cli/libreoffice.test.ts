// Proof with a real word processor: LibreOffice opens what `redline` writes and
// converts it to flat ODF, where our insertions must be tracked changes
// (text:changed-region with text:insertion, spanning the clause text), our
// comments office:annotation spanning the flagged sentence, and the original text
// still there. Slow (a few seconds per conversion): two tests, each with its own
// LibreOffice profile so parallel runs cannot clash. CI installs LibreOffice, so a
// missing soffice fails these tests rather than skipping them.
import { strict as assert } from "node:assert";
import { execFile, execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { promisify } from "node:util";
import { DOMParser } from "@xmldom/xmldom";
import type { Element, Node } from "@xmldom/xmldom";
import { redline } from "../../src/cli/docx/redline";
import { openDocx } from "../../src/cli/read";
import { REVISED_DOCX, run, SAMPLE_DOCX, tempDir } from "./helpers";
import { handReview } from "./redline-helpers";

const TEXT_NS = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
const OFFICE_NS = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";

function sofficeOrFail(): void {
  try {
    execFileSync("soffice", ["--version"], { stdio: "pipe", timeout: 30000 });
  } catch (err) {
    throw new Error(
      `LibreOffice (soffice) is required for the .docx round-trip tests and was not found or did not start (${(err as Error).message}). ` +
        "Install it (Debian: apt-get install libreoffice-writer-nogui) — .ci/run does.",
    );
  }
}

/** Converts a .docx to flat ODF with a private LibreOffice profile; returns the parsed document. */
async function toFodt(docx: string, workDir: string) {
  const profile = path.join(workDir, "lo-profile");
  await promisify(execFile)(
    "soffice",
    [`-env:UserInstallation=file://${profile}`, "--headless", "--norestore", "--convert-to", "fodt", "--outdir", workDir, docx],
    { timeout: 90000 },
  );
  const out = path.join(workDir, `${path.basename(docx, ".docx")}.fodt`);
  return new DOMParser().parseFromString(readFileSync(out, "utf8"), "text/xml");
}

function* walk(node: Node): Generator<Node> {
  yield node;
  for (let c = node.firstChild; c; c = c.nextSibling) yield* walk(c);
}

const isText = (n: Node, local: string) => n.nodeType === 1 && (n as Element).namespaceURI === TEXT_NS && (n as Element).localName === local;
const isOffice = (n: Node, local: string) => n.nodeType === 1 && (n as Element).namespaceURI === OFFICE_NS && (n as Element).localName === local;

/**
 * Reads the body as LibreOffice laid it out: paragraph texts as they now read
 * (tracked deletions left out), the text inside each tracked-change range
 * (change-start .. change-end), and the text each annotation spans
 * (annotation .. annotation-end), with the annotation's own text.
 */
function readFodt(doc: ReturnType<typeof DOMParser.prototype.parseFromString>) {
  const regions = new Map<string, { kind: string; creator: string; text: string; open: boolean }>();
  for (const n of walk(doc)) {
    if (!isText(n, "changed-region")) continue;
    const el = n as Element;
    const change = [...walk(el)].find((c) => isText(c, "insertion") || isText(c, "deletion") || isText(c, "format-change")) as Element;
    const creator = [...walk(change)].find((c) => c.nodeType === 1 && (c as Element).localName === "creator")?.textContent ?? "";
    regions.set(el.getAttributeNS(TEXT_NS, "id")!, { kind: change.localName!, creator, text: "", open: false });
  }
  const paragraphs: string[] = [];
  const annotations: { creator: string; body: string; spans: string; open: boolean; name: string }[] = [];
  const body = [...walk(doc)].find((n) => isOffice(n, "text"))!;
  const visit = (node: Node, sink: (s: string) => void): void => {
    for (let c = node.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) sink(c.nodeValue ?? "");
      else if (isText(c, "s")) sink(" ".repeat(Number((c as Element).getAttributeNS(TEXT_NS, "c") ?? "1")));
      else if (isText(c, "tab")) sink("\t");
      else if (isText(c, "line-break")) sink("\n");
      else if (isText(c, "change-start")) regions.get((c as Element).getAttributeNS(TEXT_NS, "change-id")!)!.open = true;
      else if (isText(c, "change-end")) regions.get((c as Element).getAttributeNS(TEXT_NS, "change-id")!)!.open = false;
      else if (isOffice(c, "annotation")) {
        const el = c as Element;
        const creator = [...walk(el)].find((x) => x.nodeType === 1 && (x as Element).localName === "creator")?.textContent ?? "";
        const paras = [...walk(el)].filter((x) => isText(x, "p")).map((x) => x.textContent ?? "");
        annotations.push({ creator, body: paras.join("\n"), spans: "", open: true, name: el.getAttributeNS(OFFICE_NS, "name") ?? "" });
      } else if (isOffice(c, "annotation-end")) {
        const name = (c as Element).getAttributeNS(OFFICE_NS, "name");
        const a = annotations.find((x) => x.name === name);
        if (a) a.open = false;
      } else if (isText(c, "tracked-changes") || isText(c, "sequence-decls")) continue;
      else if (isText(c, "p") || isText(c, "h")) {
        let text = "";
        visit(c, (s) => {
          for (const r of regions.values()) if (r.open) r.text += s;
          // LibreOffice keeps deleted text inline between its change marks; the document as it now reads skips it.
          if ([...regions.values()].some((r) => r.open && r.kind === "deletion")) return;
          text += s;
          for (const a of annotations) if (a.open) a.spans += s;
        });
        paragraphs.push(text);
        for (const r of regions.values()) if (r.open) r.text += "\n";
      } else visit(c, sink);
    }
  };
  visit(body, () => undefined);
  return { regions: [...regions.values()], paragraphs, annotations };
}

/** Is `sub` a subsequence of `all` (same order, gaps allowed)? */
function isSubsequence(sub: string[], all: string[]): boolean {
  let i = 0;
  for (const p of all) if (i < sub.length && p === sub[i]) i++;
  return i === sub.length;
}

describe("cli redline opened by LibreOffice", function () {
  this.timeout(120000);
  let t: ReturnType<typeof tempDir>;
  before(sofficeOrFail);
  beforeEach(() => (t = tempDir()));
  afterEach(() => t.cleanup());

  it("the CLI's redline of the sample: tracked insertions, annotations on the flagged sentences, original text intact", async () => {
    const out = path.join(t.dir, "redlined.docx");
    const r = await run(["redline", SAMPLE_DOCX, "--out", out]);
    assert.equal(r.code, 0, r.stderr);
    const review = JSON.parse((await run(["scan", SAMPLE_DOCX, "--format", "json"])).stdout);
    const original = (await openDocx(readFileSync(SAMPLE_DOCX), "in")).paragraphs;
    const fodt = readFodt(await toFodt(out, t.dir));

    assert.ok(isSubsequence(original, fodt.paragraphs), "every original paragraph, in order");
    const insertions = fodt.regions.filter((x) => x.kind === "insertion");
    assert.ok(insertions.length > 0, "tracked insertions present");
    for (const x of insertions) assert.equal(x.creator, "AI License Review");
    const insertedText = insertions.map((x) => x.text).join("\n");
    for (const area of review.areas) {
      if (area.status === "ok" || area.fallbacks.length === 0) continue;
      assert.ok(insertedText.includes(area.fallbacks[0].text), `${area.id}: its fallback is inside a tracked insertion`);
    }
    const ours = fodt.annotations.filter((a) => a.creator === "AI License Review");
    const risks = review.areas.filter((a: any) => a.status === "risk").flatMap((a: any) => a.findings.filter((f: any) => f.kind === "risk"));
    assert.ok(risks.length > 0, "the sample has risk findings to comment on");
    for (const f of risks) {
      const note = ours.find((a) => a.spans === f.text && a.body.startsWith(f.message));
      assert.ok(note, `an annotation spanning "${f.text}" with its message`);
    }
    // No stray text: what is not original is exactly what we inserted.
    const extra = fodt.paragraphs.filter((p) => !original.includes(p));
    for (const p of extra) assert.ok(insertedText.includes(p), `untracked new text: "${p}"`);
  });

  it("a document with the counterparty's revisions and comment keeps them beside ours", async () => {
    const opened = await openDocx(readFileSync(REVISED_DOCX), "in");
    const sentence = "Licensor may use Inputs and Outputs to train and improve its models.";
    const review = handReview(opened.paragraphs, [
      { id: "training", status: "risk", risks: [[3, sentence]], fallback: { title: "No training", text: "Licensor will not use Inputs or Outputs to train any model.", note: "Opening." } },
    ]);
    const result = await redline(opened, review);
    const out = path.join(t.dir, "revised-redlined.docx");
    writeFileSync(out, result.bytes);
    const fodt = readFodt(await toFodt(out, t.dir));

    assert.ok(fodt.regions.some((x) => x.kind === "deletion" && x.creator === "Licensee Counsel"), "their deletion");
    assert.ok(fodt.regions.some((x) => x.kind === "insertion" && x.creator === "Licensor Counsel" && x.text.includes("may ")), "their insertion");
    assert.ok(fodt.regions.some((x) => x.kind === "insertion" && x.creator === "AI License Review" && x.text.includes("Licensor will not use Inputs or Outputs to train any model.")), "ours");
    assert.ok(fodt.annotations.some((a) => a.creator === "Licensee Counsel" && a.body === "Too short: ask for twelve months."), "their comment");
    const ours = fodt.annotations.find((a) => a.creator === "AI License Review");
    assert.ok(ours, "our comment");
    assert.equal(ours!.spans, sentence);
    assert.ok(isSubsequence(opened.paragraphs, fodt.paragraphs), "original text intact");
  });
});
