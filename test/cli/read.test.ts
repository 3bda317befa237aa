// The readers: how a file becomes the paragraph list the engine's indexes point into.
import { strict as assert } from "node:assert";
import { writeFileSync } from "node:fs";
import * as path from "node:path";
import { InputError } from "../../src/cli/errors";
import { decodeText, openDocx, readDocument, splitLines } from "../../src/cli/read";
import { makeDocx, para, REVISED_DOCX, SAMPLE_DOCX, SAMPLE_TXT, tempDir } from "./helpers";

describe("cli/read: text files", () => {
  it("splits lines on LF, CRLF and CR, keeps blank lines, and drops only the final line end", () => {
    assert.deepEqual(splitLines("a\r\nb\n\nc\rd\n"), ["a", "b", "", "c", "d"]);
    assert.deepEqual(splitLines("a\n\n"), ["a", ""]);
    assert.deepEqual(splitLines("no newline"), ["no newline"]);
    assert.deepEqual(splitLines(""), []);
  });

  it("drops a UTF-8 byte order mark and reads UTF-16 with one", () => {
    assert.equal(decodeText(Buffer.from("\ufeffHello", "utf8"), "x"), "Hello");
    assert.equal(decodeText(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("Héllo", "utf16le")]), "x"), "Héllo");
  });

  it("rejects invalid UTF-8 and binary content with one-line reasons", () => {
    assert.throws(() => decodeText(Buffer.from([0x41, 0xc3, 0x28]), "bad.txt"), (e: Error) => e instanceof InputError && e.message === "bad.txt: not UTF-8 text (save it as UTF-8 and try again)");
    assert.throws(() => decodeText(Buffer.from([0x41, 0x00, 0x42]), "bin.txt"), /bin.txt: binary file, not text/);
  });

  it("reads a .txt as lines, with its base name as the file", async () => {
    const t = tempDir();
    try {
      const file = path.join(t.dir, "crlf.md");
      writeFileSync(file, "\ufeff# Title\r\n\r\nProvider owns Output.\r\n");
      const doc = await readDocument(file);
      assert.deepEqual(doc, { paragraphs: ["# Title", "", "Provider owns Output."], file: "crlf.md" });
    } finally {
      t.cleanup();
    }
  });

  it("keeps the committed .txt fixture's blank lines as paragraphs", async () => {
    const doc = await readDocument(SAMPLE_TXT);
    assert.equal(doc.paragraphs[0], "AI Services Agreement");
    assert.equal(doc.paragraphs[1], "");
    assert.ok(doc.paragraphs[2].startsWith("This AI Services Agreement"));
  });
});

describe("cli/read: .docx written by LibreOffice", () => {
  it("reads every paragraph in order, table cells included", async () => {
    const doc = await readDocument(SAMPLE_DOCX);
    assert.equal(doc.file, "sample-ai-agreement.docx");
    assert.equal(doc.paragraphs.length, 27);
    assert.equal(doc.paragraphs[0], "AI Services Agreement");
    // A bold lead-in run and the rest of the sentence join without a seam.
    assert.equal(doc.paragraphs[9], "Ownership. Provider retains all right, title and interest in and to Output. Customer may use Output for its internal business purposes only.");
    assert.deepEqual(doc.paragraphs.slice(19, 25), [
      "Item",
      "Terms",
      "Monthly fee",
      "USD 2,000, invoiced monthly in advance.",
      "Changes",
      "Provider may change the Service and its models at any time without notice.",
    ]);
  });

  it("reads the document as it now reads: tracked insertions in, deletions out; empty paragraphs kept", async () => {
    const doc = await readDocument(REVISED_DOCX);
    assert.deepEqual(doc.paragraphs, [
      "Model Licence Agreement",
      'This Model Licence Agreement is entered into by Orbis Models GmbH ("Licensor") and Tessellate Retail Ltd ("Licensee").',
      '"Inputs" means prompts and files that Licensee submits to the Model, and "Outputs" means the responses the Model returns.',
      "Use of Inputs. Licensor may use Inputs and Outputs to train and improve its models.",
      "Licensor may terminate this Agreement on thirty days' notice.",
      "",
      "Fee",
      "EUR 500 per month.",
      "Licensee retains all rights in Outputs.",
    ]);
  });
});

describe("cli/read: .docx text rules", () => {
  async function paragraphsOf(body: string): Promise<string[]> {
    return (await openDocx(await makeDocx(body), "t.docx")).paragraphs;
  }

  it("maps tab, breaks and hyphens; skips field codes, deletions, moved-away text, symbols and text boxes", async () => {
    const body =
      "<w:p><w:r><w:t>A</w:t><w:tab/><w:t>B</w:t><w:br/><w:t>C</w:t><w:br w:type=\"page\"/><w:t>D</w:t><w:cr/></w:r></w:p>" +
      "<w:p><w:r><w:t>non</w:t><w:noBreakHyphen/><w:t>exclusive</w:t><w:softHyphen/><w:t>ly</w:t><w:sym w:font=\"Wingdings\" w:char=\"F0FC\"/></w:r></w:p>" +
      '<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> REF x </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>Result</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>' +
      '<w:p><w:del w:id="1" w:author="a" w:date="2024-01-01T00:00:00Z"><w:r><w:delText>old </w:delText></w:r></w:del><w:ins w:id="2" w:author="a" w:date="2024-01-01T00:00:00Z"><w:r><w:t>new </w:t></w:r></w:ins><w:moveFrom w:id="3" w:author="a" w:date="2024-01-01T00:00:00Z"><w:r><w:t>gone </w:t></w:r></w:moveFrom><w:moveTo w:id="4" w:author="a" w:date="2024-01-01T00:00:00Z"><w:r><w:t>moved </w:t></w:r></w:moveTo><w:r><w:t>text</w:t></w:r></w:p>' +
      '<w:p><w:hyperlink w:anchor="x"><w:r><w:t>link</w:t></w:r></w:hyperlink><w:fldSimple w:instr="PAGE"><w:r><w:t>7</w:t></w:r></w:fldSimple><w:sdt><w:sdtContent><w:r><w:t>cc</w:t></w:r></w:sdtContent></w:sdt></w:p>' +
      "<w:p><w:r><w:t>Before</w:t></w:r><w:r><w:drawing><wp:inline xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\"><w:txbxContent><w:p><w:r><w:t>in a box</w:t></w:r></w:p></w:txbxContent></wp:inline></w:drawing></w:r></w:p>";
    assert.deepEqual(await paragraphsOf(body), ["A\tB\nC\nD\n", "non-exclusively", "Result", "new moved text", "link7cc", "Before"]);
  });

  it("enumerates table cells, nested tables and content controls in order, and skips rows deleted as tracked changes", async () => {
    const cell = (inner: string) => `<w:tc>${inner}</w:tc>`;
    const body =
      para("one") +
      `<w:tbl><w:tr>${cell(para("r1c1"))}${cell(para("r1c2") + `<w:tbl><w:tr>${cell(para("nested"))}</w:tr></w:tbl>` + para("after nested"))}</w:tr>` +
      `<w:tr><w:trPr><w:del w:id="9" w:author="a" w:date="2024-01-01T00:00:00Z"/></w:trPr>${cell(para("deleted row"))}</w:tr>` +
      `<w:tr>${cell(para("r3"))}</w:tr></w:tbl>` +
      `<w:sdt><w:sdtContent>${para("in control")}</w:sdtContent></w:sdt>` +
      "<w:p/>" +
      para("last") +
      "<w:sectPr/>";
    assert.deepEqual(await paragraphsOf(body), ["one", "r1c1", "r1c2", "nested", "after nested", "r3", "in control", "", "last"]);
  });

  it("reads a Strict Open XML document", async () => {
    const strict = "http://purl.oclc.org/ooxml/wordprocessingml/main";
    const bytes = await makeDocx("", {
      "word/document.xml": `<?xml version="1.0"?><w:document xmlns:w="${strict}"><w:body><w:p><w:r><w:t>Strict text</w:t></w:r></w:p></w:body></w:document>`,
    });
    assert.deepEqual((await openDocx(bytes, "s.docx")).paragraphs, ["Strict text"]);
  });

  it("finds the main part through the package relationships", async () => {
    const bytes = await makeDocx("", {
      "word/document.xml": null,
      "_rels/.rels":
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="/word/main.xml"/></Relationships>',
      "word/main.xml": `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${para("main part")}</w:body></w:document>`,
    });
    const opened = await openDocx(bytes, "m.docx");
    assert.equal(opened.pkg.mainPart, "word/main.xml");
    assert.deepEqual(opened.paragraphs, ["main part"]);
  });
});
