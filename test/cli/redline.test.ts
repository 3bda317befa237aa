// The redline writer, on the LibreOffice fixtures and on hand-made documents,
// with hand-built reviews so every expectation is exact; then once through the
// CLI with the real engine. Re-reading the output with the reader proves the
// paragraph enumeration is shared and the original text intact.
import { strict as assert } from "node:assert";
import { readFileSync, writeFileSync, existsSync } from "node:fs";
import * as path from "node:path";
import { redline, REVISION_AUTHOR, ADDITIONAL_CLAUSES_HEADING } from "../../src/cli/docx/redline";
import { openDocx } from "../../src/cli/read";
import { makeDocx, para, REVISED_DOCX, run, SAMPLE_DOCX, tempDir } from "./helpers";
import { attr, centralEntries, commentedText, commentTexts, handReview, part, partsOf, textOf, wElements } from "./redline-helpers";

const DATE = new Date("2025-02-03T04:05:06.789Z");
const REWRITTEN = new Set(["word/document.xml", "word/comments.xml", "word/_rels/document.xml.rels", "[Content_Types].xml"]);

async function redlined(bytes: Buffer, specs: Parameters<typeof handReview>[1]) {
  const before = await openDocx(bytes, "in.docx");
  const original = [...before.paragraphs];
  const review = handReview(original, specs);
  const result = await redline(before, review, { date: DATE });
  const after = await openDocx(result.bytes, "out.docx");
  return { original, review, result, after, doc: await part(result.bytes, "word/document.xml") };
}

describe("cli/docx redline", function () {
  this.timeout(20000);

  describe("on the LibreOffice sample", () => {
    const fbA = { title: "Customer owns Output", text: "As between the parties, Customer owns all Output.", note: "Opening position." };
    const fbB = { title: "Notice of changes", text: "Provider will give ninety days' notice of any material change.", note: "Ask first." };
    const fbC = { title: "Deletion on exit", text: "On termination Provider will delete all Customer Data.", note: "Standard." };
    let r: Awaited<ReturnType<typeof redlined>>;
    before(async () => {
      r = await redlined(readFileSync(SAMPLE_DOCX), [
        { id: "area-a", status: "risk", risks: [[9, "Provider retains all right, title and interest in and to Output."], [9, "Customer may use Output for its internal business purposes only."]], fallback: fbA },
        { id: "area-b", status: "risk", risks: [[24, "Provider may change the Service and its models at any time without notice."]], fallback: fbB },
        { id: "area-c", status: "missing", fallback: fbC },
        { id: "area-d", status: "ok", fallback: { title: "x", text: "Not for ok areas.", note: "" } },
      ]);
    });

    it("re-reads as the original paragraphs plus the tracked clauses, each where it belongs", () => {
      const expected = [...r.original];
      expected.splice(25, 0, fbB.text); // after the table cell paragraph 24, inside the cell
      expected.splice(10, 0, fbA.text); // after paragraph 9
      expected.push(ADDITIONAL_CLAUSES_HEADING, `Title of area-c. ${fbC.text}`);
      assert.deepEqual(r.after.paragraphs, expected);
      assert.equal(r.result.insertedParagraphs, 4);
      assert.ok(!r.after.paragraphs.includes("Not for ok areas."));
      assert.ok(!r.after.paragraphs.includes("Never inserted."), "only the top fallback");
    });

    it("inserts tracked: w:ins runs and an inserted paragraph mark, author and ISO date, the flagged paragraph's properties", () => {
      const inserted = wElements(r.doc, "p").filter((p) => [fbA.text, fbB.text, ADDITIONAL_CLAUSES_HEADING].includes(textOf(p)) || textOf(p).endsWith(fbC.text));
      assert.equal(inserted.length, 4);
      for (const p of inserted) {
        const runs = wElements(p, "r");
        for (const run of runs) assert.equal((run.parentNode as any).localName, "ins", "every run of an inserted paragraph is inside w:ins");
        const marks = wElements(p, "ins");
        assert.ok(marks.length >= 2, "paragraph mark and content both tracked");
        for (const m of marks) {
          assert.equal(attr(m, "author"), REVISION_AUTHOR);
          assert.equal(attr(m, "date"), "2025-02-03T04:05:06Z");
        }
        const pPr = (p as any).firstChild;
        assert.equal(pPr.localName, "pPr");
        assert.equal(wElements(pPr, "sectPr").length, 0);
      }
      const afterNine = inserted.find((p) => textOf(p) === fbA.text)!;
      const style = wElements(afterNine, "pStyle")[0];
      assert.equal(attr(style, "val"), "TextBody", "takes the flagged paragraph's style");
      const heading = inserted.find((p) => textOf(p) === ADDITIONAL_CLAUSES_HEADING)!;
      assert.equal(attr(wElements(heading, "pStyle")[0], "val"), "Heading1", "the document's own heading 1 style");
      // The end section sits before the body's final w:sectPr.
      const body = wElements(r.doc, "body")[0];
      assert.equal((body as any).lastChild.localName, "sectPr");
    });

    it("comments each risk sentence exactly, with the message and the fallback's note; the missing clause too", async () => {
      const comments = await part(r.result.bytes, "word/comments.xml");
      const texts = commentTexts(comments);
      assert.equal(texts.size, 4);
      assert.equal(r.result.comments, 4);
      assert.equal(r.result.paragraphAnchors, 0);
      const byText = new Map([...texts.keys()].map((id) => [commentedText(r.doc, id), texts.get(id)!]));
      assert.deepEqual(byText.get("Provider retains all right, title and interest in and to Output."), [
        "Message area-a 0: Provider retains all",
        "Proposed fallback (inserted as a tracked change after paragraph 10): Customer owns Output. Opening position.",
      ]);
      assert.ok(byText.has("Customer may use Output for its internal business purposes only."));
      assert.ok(byText.has("Provider may change the Service and its models at any time without notice."));
      assert.deepEqual(byText.get(`Title of area-c. ${fbC.text}`), ["Missing: Title of area-c. Why area-c matters.", "Proposed: Deletion on exit. Standard."]);
      // Every comment has its range and one reference, and ids are unique across the document's annotations.
      for (const id of texts.keys()) {
        assert.equal(wElements(r.doc, "commentReference").filter((e) => attr(e, "id") === id).length, 1);
      }
      const ids = wElements(r.doc, "ins").map((e) => attr(e, "id")).concat([...texts.keys()]);
      assert.equal(new Set(ids).size, ids.length, "unique ids");
      // The bold lead-in run kept its formatting and the split halves of the sentence run kept theirs.
      assert.ok(r.after.paragraphs[9].startsWith("Ownership. Provider retains"));
    });

    it("adds the comments relationship and content type; every other part is byte-for-byte and stored the same way", async () => {
      const rels = (await part(r.result.bytes, "word/_rels/document.xml.rels")).documentElement!;
      const commentRels = wElements(rels.ownerDocument!, "Relationship").filter((e) => e.getAttribute("Type")!.endsWith("/comments"));
      assert.equal(commentRels.length, 1);
      assert.equal(commentRels[0].getAttribute("Target"), "comments.xml");
      const ids = wElements(rels.ownerDocument!, "Relationship").map((e) => e.getAttribute("Id"));
      assert.equal(new Set(ids).size, ids.length);
      const types = await part(r.result.bytes, "[Content_Types].xml");
      assert.ok(wElements(types, "Override").some((o) => o.getAttribute("PartName") === "/word/comments.xml" && o.getAttribute("ContentType")!.endsWith("comments+xml")));

      const inParts = await partsOf(readFileSync(SAMPLE_DOCX));
      const outParts = await partsOf(r.result.bytes);
      assert.deepEqual([...outParts.keys()].filter((n) => !inParts.has(n)), ["word/comments.xml"], "no other new entries (no folder entries)");
      const inDir = centralEntries(readFileSync(SAMPLE_DOCX));
      const outDir = centralEntries(r.result.bytes);
      for (const [name, bytes] of inParts) {
        if (REWRITTEN.has(name)) continue;
        assert.ok(outParts.get(name)!.equals(bytes), `${name} changed`);
        assert.equal(outDir.get(name)!.method, inDir.get(name)!.method, `${name} compression method`);
        assert.equal(outDir.get(name)!.compressedSize, inDir.get(name)!.compressedSize, `${name} was recompressed`);
      }
    });
  });

  describe("on the LibreOffice document with tracked changes and a comment", () => {
    const sentence = "Licensor may use Inputs and Outputs to train and improve its models.";
    let r: Awaited<ReturnType<typeof redlined>>;
    before(async () => {
      r = await redlined(readFileSync(REVISED_DOCX), [
        { id: "training", status: "risk", risks: [[3, sentence]], fallback: { title: "No training", text: "Licensor will not train on Inputs.", note: "Opening." } },
      ]);
    });

    it("anchors the comment on a sentence that spans a deletion and an insertion, splitting the first run", () => {
      const starts = wElements(r.doc, "commentRangeStart").map((e) => attr(e, "id"));
      assert.equal(starts.length, 1);
      assert.equal(commentedText(r.doc, starts[0]!), sentence);
      assert.equal(r.after.paragraphs[3], `Use of Inputs. ${sentence}`);
    });

    it("keeps the counterparty's revisions and the existing comment; new ids collide with none", async () => {
      const del = wElements(r.doc, "del").find((d) => attr(d, "author") === "Licensee Counsel")!;
      assert.equal(textOf(del), "", "deleted text is w:delText, untouched");
      assert.equal(wElements(del, "delText")[0].textContent, "will not ");
      assert.ok(wElements(r.doc, "ins").some((i) => attr(i, "author") === "Licensor Counsel" && textOf(i) === "may "));
      const comments = await part(r.result.bytes, "word/comments.xml");
      const texts = commentTexts(comments);
      assert.deepEqual(texts.get("0"), ["Too short: ask for twelve months."]);
      assert.equal(texts.size, 2);
      const newId = [...texts.keys()].find((k) => k !== "0")!;
      assert.ok(Number(newId) > 1, "above the existing revision and comment ids");
      assert.equal(wElements(r.doc, "commentReference").filter((e) => attr(e, "id") === "0").length, 1, "the existing reference is kept");
      // The existing relationship and content type are reused, not duplicated.
      const rels = await part(r.result.bytes, "word/_rels/document.xml.rels");
      assert.equal(wElements(rels, "Relationship").filter((e) => e.getAttribute("Type")!.endsWith("/comments")).length, 1);
      const inParts = await partsOf(readFileSync(REVISED_DOCX));
      const outParts = await partsOf(r.result.bytes);
      assert.ok(outParts.get("[Content_Types].xml")!.equals(inParts.get("[Content_Types].xml")!));
      assert.ok(outParts.get("word/_rels/document.xml.rels")!.equals(inParts.get("word/_rels/document.xml.rels")!));
      for (const name of ["word/styles.xml", "word/numbering.xml", "word/settings.xml", "docProps/core.xml"]) assert.ok(outParts.get(name)!.equals(inParts.get(name)!), name);
    });
  });

  describe("run structures", () => {
    it("splits runs at offsets inside text, at a tab, across a hyperlink, and stacks two clauses after one paragraph in area order", async () => {
      const body =
        '<w:p><w:pPr><w:pStyle w:val="Body"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="3"/></w:numPr><w:sectPr/></w:pPr>' +
        '<w:r><w:rPr><w:i/></w:rPr><w:t xml:space="preserve">1.1 First we agree. Provider </w:t></w:r>' +
        '<w:hyperlink w:anchor="x"><w:r><w:t xml:space="preserve">may train</w:t></w:r></w:hyperlink>' +
        '<w:r><w:t xml:space="preserve"> on data.</w:t><w:tab/><w:t>Then</w:t></w:r><w:r><w:t xml:space="preserve"> Provider may stop.</w:t></w:r></w:p>' +
        para("Second paragraph.") +
        "<w:sectPr/>";
      const r = await redlined(await makeDocx(body), [
        { id: "a", status: "risk", risks: [[0, "Provider may train on data."]], fallback: { title: "A", text: "Clause A.", note: "" } },
        { id: "b", status: "risk", risks: [[0, "Then Provider may stop."], [0, "First we agree."]], fallback: { title: "B", text: "Clause B.", note: "" } },
      ]);
      assert.equal(r.original[0], "1.1 First we agree. Provider may train on data.\tThen Provider may stop.");
      assert.deepEqual(r.after.paragraphs, [r.original[0], "Clause A.", "Clause B.", "Second paragraph."]);
      const anchored = wElements(r.doc, "commentRangeStart").map((e) => commentedText(r.doc, attr(e, "id")!));
      assert.deepEqual(anchored.sort(), ["First we agree.", "Provider may train on data.", "Then Provider may stop."]);
      assert.equal(r.result.paragraphAnchors, 0);
      // Split halves keep the run's formatting; the copied paragraph properties keep numbering but drop the section break.
      const italic = wElements(r.doc, "r").filter((run) => wElements(run, "i").length > 0).map(textOf);
      assert.deepEqual(italic, ["1.1 ", "First we agree.", " ", "Provider "]);
      const clauseA = wElements(r.doc, "p").find((p) => textOf(p) === "Clause A.")!;
      assert.equal(wElements(clauseA, "numId").length, 1);
      assert.equal(wElements(clauseA, "sectPr").length, 0);
      assert.equal(wElements(r.doc, "sectPr").length, 2, "the original paragraph's and the body's");
    });

    it("falls back to the whole paragraph when the sentence no longer reads as reviewed, and says so", async () => {
      const bytes = await makeDocx(para("Provider may train on data.") + "<w:sectPr/>");
      const opened = await openDocx(bytes, "x.docx");
      const review = handReview(opened.paragraphs, [{ id: "a", status: "risk", risks: [[0, "Provider may train on data."]] }]);
      review.areas[0].findings[0] = { ...review.areas[0].findings[0], text: "Provider may train on other data." };
      const result = await redline(opened, review, { date: DATE });
      assert.equal(result.paragraphAnchors, 1);
      assert.equal(result.insertedParagraphs, 0, "no fallback to insert");
      const doc = await part(result.bytes, "word/document.xml");
      assert.equal(commentedText(doc, attr(wElements(doc, "commentRangeStart")[0], "id")!), "Provider may train on data.");
    });

    it("writes nothing new when the review proposes nothing", async () => {
      const bytes = await makeDocx(para("Hello.") + "<w:sectPr/>");
      const opened = await openDocx(bytes, "x.docx");
      const result = await redline(opened, handReview(opened.paragraphs, [{ id: "a", status: "ok" }]), { date: DATE });
      const parts = await partsOf(result.bytes);
      assert.ok(!parts.has("word/comments.xml"));
      assert.deepEqual((await openDocx(result.bytes, "y.docx")).paragraphs, ["Hello."]);
    });
  });

  describe("the redline command with the real engine", () => {
    let t: ReturnType<typeof tempDir>;
    beforeEach(() => (t = tempDir()));
    afterEach(() => t.cleanup());

    it("writes OUT.docx, reports on stderr only, refuses to overwrite without --force and overwrites with it", async () => {
      const out = path.join(t.dir, "out.docx");
      const r = await run(["redline", SAMPLE_DOCX, "--out", out]);
      assert.equal(r.code, 0, r.stderr);
      assert.equal(r.stdout, "");
      assert.match(r.stderr, /^Wrote .*out\.docx: \d+ tracked paragraphs? inserted, \d+ comments?; \d+ at risk, \d+ missing, \d+ ok\.\n$/);
      const scan = JSON.parse((await run(["scan", SAMPLE_DOCX, "--format", "json"])).stdout);
      const original = (await openDocx(readFileSync(SAMPLE_DOCX), "in")).paragraphs;
      const after = (await openDocx(readFileSync(out), "out")).paragraphs;
      // Every original paragraph is still there, in order; what was added is the top fallback of each area at risk or missing.
      const added = after.filter((p) => !original.includes(p));
      let i = 0;
      for (const p of after) if (i < original.length && p === original[i]) i++;
      assert.equal(i, original.length, "original paragraphs intact and in order");
      for (const area of scan.areas.filter((a: any) => a.status === "risk" && a.fallbacks.length)) {
        assert.ok(after.includes(area.fallbacks[0].text), `${area.id}'s fallback inserted`);
      }
      assert.ok(added.length > 0);
      writeFileSync(out, "old");
      assert.equal((await run(["redline", SAMPLE_DOCX, "--out", out])).code, 2);
      assert.equal(readFileSync(out, "utf8"), "old");
      assert.equal((await run(["redline", SAMPLE_DOCX, "--out", out, "--force"])).code, 0);
      assert.ok(readFileSync(out).subarray(0, 2).equals(Buffer.from("PK")));
      assert.ok(!existsSync(`${out}.tmp`));
    });
  });
});
