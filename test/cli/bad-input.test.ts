// Every kind of bad input: exit 2, exactly one "error: ..." line on stderr, nothing
// on stdout, and (for redline) nothing written. Bad files are made here, in a
// temp folder, except the ones only a word processor can make (a real encrypted
// .docx and a real .doc), which are committed fixtures.
import { strict as assert } from "node:assert";
import { copyFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import * as fs from "node:fs";
import * as path from "node:path";
import JSZip from "jszip";
import * as sinon from "sinon";
import { CONTENT_TYPES_XML, FIXTURES, makeDocx, oneErrorLine, para, run, SAMPLE_DOCX, tempDir, zipWithZlib } from "./helpers";

const ENCRYPTED = path.join(FIXTURES, "encrypted-sample.docx");
const LEGACY_DOC = path.join(FIXTURES, "legacy-sample.doc");

/** Sets the declared uncompressed size of `name` in both its local header and the central directory. */
function lieAboutSize(zip: Buffer, name: string, size: number): Buffer {
  const out = Buffer.from(zip);
  const n = Buffer.from(name, "utf8");
  for (let at = 0; at + 46 < out.length; at++) {
    const sig = out.readUInt32LE(at);
    if (sig === 0x04034b50 && out.readUInt16LE(at + 26) === n.length && out.subarray(at + 30, at + 30 + n.length).equals(n)) out.writeUInt32LE(size, at + 22);
    if (sig === 0x02014b50 && out.readUInt16LE(at + 28) === n.length && out.subarray(at + 46, at + 46 + n.length).equals(n)) out.writeUInt32LE(size, at + 24);
  }
  return out;
}

describe("cli: bad input exits 2 with one line", function () {
  this.timeout(30000);
  let t: ReturnType<typeof tempDir>;
  beforeEach(() => (t = tempDir()));
  afterEach(() => {
    sinon.restore();
    t.cleanup();
  });
  const at = (name: string) => path.join(t.dir, name);

  async function expectBad(argv: string[], pattern: RegExp): Promise<string> {
    const r = await run(argv);
    assert.equal(r.code, 2, `exit code for ${argv.join(" ")}: stderr ${r.stderr}`);
    assert.equal(r.stdout, "", "nothing on stdout");
    const line = oneErrorLine(r);
    assert.match(line, pattern);
    return line;
  }

  it("file not found", async () => {
    await expectBad(["scan", at("nope.docx")], /^error: .*nope\.docx: file not found$/);
  });

  it("unreadable file (permission denied)", async () => {
    const file = at("locked.txt");
    writeFileSync(file, "text");
    // Tests run as root in CI, where chmod 000 does not stop a read; the error the OS would give is simulated.
    const err = Object.assign(new Error(`EACCES: permission denied, open '${file}'`), { code: "EACCES" });
    sinon.stub(fs.promises, "readFile").rejects(err);
    await expectBad(["scan", file], /locked\.txt: permission denied$/);
  });

  it("unsupported extension, and a legacy .doc by name", async () => {
    writeFileSync(at("a.pdf"), "%PDF-1.4");
    await expectBad(["scan", at("a.pdf")], /a\.pdf: unsupported file type "\.pdf" \(expected \.docx, \.txt or \.md\)$/);
    await expectBad(["scan", LEGACY_DOC], /legacy-sample\.doc: legacy binary Word document \(\.doc\) is not supported; save it as \.docx$/);
  });

  it("a real .doc renamed .docx is recognised by its OLE signature", async () => {
    copyFileSync(LEGACY_DOC, at("renamed.docx"));
    await expectBad(["scan", at("renamed.docx")], /renamed\.docx: legacy binary Word document \(\.doc\); save it as \.docx and try again$/);
  });

  it("an encrypted .docx (a real one, saved with a password by LibreOffice)", async () => {
    assert.deepEqual([...readFileSync(ENCRYPTED).subarray(0, 4)], [0xd0, 0xcf, 0x11, 0xe0], "fixture is an OLE container");
    await expectBad(["scan", ENCRYPTED], /encrypted-sample\.docx: encrypted \(password-protected\) document/);
  });

  it("not a zip", async () => {
    writeFileSync(at("plain.docx"), "This is just text pretending to be a .docx");
    await expectBad(["scan", at("plain.docx")], /plain\.docx: not a \.docx \(not a zip package\)$/);
  });

  it("a truncated zip", async () => {
    const bytes = readFileSync(SAMPLE_DOCX);
    writeFileSync(at("cut.docx"), bytes.subarray(0, Math.floor(bytes.length / 2)));
    await expectBad(["scan", at("cut.docx")], /cut\.docx: corrupt or truncated \.docx/);
  });

  it("a zip bomb that declares its size is refused before inflating", async () => {
    // 60 MB of XML that compresses to about 60 KB.
    const huge = Buffer.concat([
      Buffer.from(`<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${para("x")}<!--`),
      Buffer.alloc(60 * 1024 * 1024, 0x20),
      Buffer.from("--></w:body></w:document>"),
    ]);
    const bytes = zipWithZlib([
      { name: "[Content_Types].xml", data: Buffer.from(CONTENT_TYPES_XML) },
      { name: "word/document.xml", data: huge },
    ]);
    assert.ok(bytes.length < 1024 * 1024);
    writeFileSync(at("bomb.docx"), bytes);
    await expectBad(["scan", at("bomb.docx")], /bomb\.docx: too large to read safely \(word\/document\.xml inflates beyond the 50 MB limit; possible zip bomb\)$/);
    // The same bomb lying about its size (declares 100 bytes) is stopped while inflating.
    writeFileSync(at("liar.docx"), lieAboutSize(bytes, "word/document.xml", 100));
    await expectBad(["scan", at("liar.docx")], /liar\.docx: too large to read safely .* possible zip bomb\)$/);
  });

  it("a zip without word/document.xml, and a document without w:body", async () => {
    const zip = new JSZip();
    zip.file("hello.txt", "not a word document");
    writeFileSync(at("other.docx"), await zip.generateAsync({ type: "nodebuffer" }));
    await expectBad(["scan", at("other.docx")], /other\.docx: not a Word document \(no word\/document\.xml in the package\)$/);
    writeFileSync(
      at("nobody.docx"),
      await makeDocx("", { "word/document.xml": '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>' }),
    );
    await expectBad(["scan", at("nobody.docx")], /nobody\.docx: not a Word document \(the main part has no w:body\)$/);
  });

  it("malformed XML in the document part", async () => {
    writeFileSync(at("broken.docx"), await makeDocx("", { "word/document.xml": "<w:document><w:body><w:p></w:body>" }));
    await expectBad(["scan", at("broken.docx")], /broken\.docx: word\/document\.xml is corrupt: malformed XML/);
  });

  it("an invalid playbook prints its first field-precise error", async () => {
    writeFileSync(at("contract.txt"), "Provider owns Output.\n");
    writeFileSync(at("bad.json"), JSON.stringify({ schemaVersion: 1, id: "x", version: "1", title: "T", vocabulary: {}, neutralTerms: {}, areas: [{ id: "a" }] }));
    const line = await expectBad(["scan", at("contract.txt"), "--checklist", at("bad.json")], /bad\.json: invalid playbook: areas\[0\]\.\S+: /);
    assert.ok(!line.includes("\n"));
    writeFileSync(at("notjson.json"), "{ nope");
    await expectBad(["scan", at("contract.txt"), "--checklist", at("notjson.json")], /notjson\.json: invalid playbook \(not valid JSON: /);
    await expectBad(["scan", at("contract.txt"), "--checklist", at("missing.json")], /missing\.json: file not found$/);
  });

  it("bad options: unknown option or command, bad --perspective, bad --format, missing file argument or command; --help and --version exit 0", async () => {
    writeFileSync(at("c.txt"), "x\n");
    await expectBad(["scan", at("c.txt"), "--bogus"], /unknown option '--bogus'/);
    await expectBad(["scan", at("c.txt"), "--perspective", "vendor"], /--perspective.*vendor.*licensee, licensor/);
    await expectBad(["scan", at("c.txt"), "--format", "pdf"], /--format.*pdf/);
    await expectBad(["scan"], /missing required argument 'files'/);
    await expectBad(["frobnicate"], /unknown command 'frobnicate'/);
    await expectBad([], /^error: missing command: scan or redline \(see --help\)$/);
    const help = await run(["scan", "--help"]);
    assert.equal(help.code, 0);
    assert.match(help.stdout, /^Usage: ai-license-review scan \[options\] <files\.\.\.>/);
    const version = await run(["--version"]);
    assert.deepEqual([version.code, version.stdout.trim()], [0, require("../../package.json").version]);
  });

  it("a folder with nothing to scan", async () => {
    writeFileSync(at("notes.pdf"), "x");
    await expectBad(["scan", t.dir], /no \.docx, \.txt or \.md files in this folder$/);
  });

  it("one bad file in a batch fails the batch with that file's reason and prints no partial report", async () => {
    writeFileSync(at("a.txt"), "Provider owns Output.\n");
    writeFileSync(at("b.docx"), "not a zip");
    await expectBad(["scan", t.dir, "--format", "json"], /b\.docx: not a \.docx \(not a zip package\)$/);
  });

  describe("redline", () => {
    it("existing --out without --force", async () => {
      writeFileSync(at("out.docx"), "keep me");
      await expectBad(["redline", SAMPLE_DOCX, "--out", at("out.docx")], /out\.docx: exists; use --force to overwrite$/);
      assert.equal(readFileSync(at("out.docx"), "utf8"), "keep me");
    });

    it("unwritable --out (folder missing or not writable)", async () => {
      await expectBad(["redline", SAMPLE_DOCX, "--out", at("no/such/dir/out.docx")], /out\.docx: cannot write \(folder does not exist\)$/);
      const err = Object.assign(new Error("EACCES"), { code: "EACCES" });
      sinon.stub(fs.promises, "access").rejects(err);
      await expectBad(["redline", SAMPLE_DOCX, "--out", at("out.docx")], /out\.docx: cannot write \(folder is not writable\)$/);
    });

    it("bad input files write nothing", async () => {
      writeFileSync(at("plain.docx"), "not a zip");
      await expectBad(["redline", at("plain.docx"), "--out", at("out.docx")], /not a zip package/);
      await expectBad(["redline", ENCRYPTED, "--out", at("out.docx")], /encrypted/);
      writeFileSync(at("c.txt"), "x\n");
      await expectBad(["redline", at("c.txt"), "--out", at("out.docx")], /c\.txt: redline needs a \.docx file/);
      await expectBad(["redline", SAMPLE_DOCX, "--out", at("out.pdf")], /out\.pdf: --out must be a \.docx file$/);
      await expectBad(["redline", SAMPLE_DOCX], /required option '--out <file>' not specified/);
      assert.deepEqual(
        readdirSync(t.dir).filter((n) => n.startsWith("out") || n.endsWith(".tmp")),
        [],
      );
      assert.ok(!existsSync(at("out.docx")));
    });
  });
});
