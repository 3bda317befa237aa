// `scan` end to end with the real engine and built-in checklist: the JSON shape of
// the contract, formats, batch, --fail-on, progress, playbooks, and the real
// `npm run --silent cli` process.
import { strict as assert } from "node:assert";
import { execFile } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { promisify } from "node:util";
import { builtinChecklist } from "../../src/checklist";
import { readDocument } from "../../src/cli/read";
import { run, SAMPLE_DOCX, SAMPLE_TXT, tempDir } from "./helpers";

const ROOT = path.join(__dirname, "..", "..");

/** The contract's shape, checked strictly: keys and their order, types, and the invariants the contract states. */
async function assertContractReport(report: any, source: string): Promise<void> {
  assert.deepEqual(Object.keys(report), ["file", "perspective", "checklist", "parties", "areas", "summary"]);
  assert.equal(report.file, path.basename(source));
  assert.deepEqual(Object.keys(report.checklist), ["id", "version"]);
  assert.deepEqual(Object.keys(report.parties), ["licensor", "licensee"]);
  assert.ok(report.parties.licensor.every((s: unknown) => typeof s === "string"));
  const enabled = builtinChecklist.areas.filter((a) => a.enabled !== false).map((a) => a.id);
  assert.deepEqual(report.areas.map((a: any) => a.id), enabled, "every area, in checklist order");
  const paragraphs = (await readDocument(source)).paragraphs;
  const counts = { risk: 0, missing: 0, ok: 0 } as Record<string, number>;
  for (const area of report.areas) {
    assert.deepEqual(Object.keys(area), ["id", "title", "status", "severity", "findings", "fallbacks"]);
    assert.ok(["risk", "missing", "ok"].includes(area.status));
    assert.ok(["high", "medium", "low"].includes(area.severity));
    counts[area.status]++;
    for (const f of area.findings) {
      assert.deepEqual(Object.keys(f), ["ruleId", "kind", "message", "paragraph", "start", "end", "text"]);
      assert.ok(["risk", "protection", "mention"].includes(f.kind));
      assert.ok(f.ruleId.startsWith(`${area.id}/`), f.ruleId);
      // The contract: paragraph is the 0-based index as read, offsets inside it, text verbatim.
      assert.equal(paragraphs[f.paragraph].slice(f.start, f.end), f.text, `${f.ruleId} points at its text`);
    }
    for (const fb of area.fallbacks) assert.deepEqual(Object.keys(fb), ["id", "title", "text"]);
  }
  assert.deepEqual(report.summary, counts);
}

describe("cli scan", function () {
  this.timeout(30000);
  let t: ReturnType<typeof tempDir>;
  beforeEach(() => (t = tempDir()));
  afterEach(() => t.cleanup());

  it("a .docx written by LibreOffice: JSON exactly per the contract, nothing on stderr", async () => {
    const r = await run(["scan", SAMPLE_DOCX, "--format", "json"]);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stderr, "");
    const report = JSON.parse(r.stdout);
    await assertContractReport(report, SAMPLE_DOCX);
    assert.equal(report.perspective, "licensee");
    assert.deepEqual(report.checklist, { id: builtinChecklist.id, version: builtinChecklist.version });
    assert.deepEqual(report.parties, { licensor: ["Provider"], licensee: ["Customer"] });
    // The checklist's own textbook red flag (docs/checklist.md, area 2), in paragraph 9 of the fixture.
    const output = report.areas.find((a: any) => a.id === "output-ownership");
    assert.equal(output.status, "risk");
    assert.ok(output.findings.some((f: any) => f.kind === "risk" && f.paragraph === 9 && f.text === "Provider retains all right, title and interest in and to Output."));
  });

  it("the same agreement as .txt (blank lines between paragraphs) gets the same statuses", async () => {
    const txt = JSON.parse((await run(["scan", SAMPLE_TXT, "--format", "json"])).stdout);
    const docx = JSON.parse((await run(["scan", SAMPLE_DOCX, "--format", "json"])).stdout);
    await assertContractReport(txt, SAMPLE_TXT);
    assert.deepEqual(
      txt.areas.map((a: any) => [a.id, a.status]),
      docx.areas.map((a: any) => [a.id, a.status]),
    );
    // Paragraph indexes count the blank lines: paragraph 9 of the .docx is line 19 of the .txt.
    const f = txt.areas.find((a: any) => a.id === "output-ownership").findings.find((x: any) => x.kind === "risk");
    assert.equal(f.paragraph, 18);
  });

  it("--perspective licensor is reported as such", async () => {
    const r = await run(["scan", SAMPLE_DOCX, "--format", "json", "--perspective", "licensor"]);
    assert.equal(r.code, 0);
    const report = JSON.parse(r.stdout);
    assert.equal(report.perspective, "licensor");
    await assertContractReport(report, SAMPLE_DOCX);
  });

  it("text (default), markdown and html formats", async () => {
    const text = await run(["scan", SAMPLE_DOCX]);
    assert.equal(text.code, 0);
    assert.ok(text.stdout.startsWith("sample-ai-agreement.docx: AI licensing review for the licensee\n"));
    assert.match(text.stdout, /^RISK\s+high\s+Ownership and use of outputs \[output-ownership\]$/m);
    const md = await run(["scan", SAMPLE_DOCX, "--format", "markdown"]);
    assert.ok(md.stdout.startsWith("# AI licensing review\n\n## sample-ai-agreement.docx\n"));
    const html = await run(["scan", SAMPLE_DOCX, "--format", "html"]);
    assert.ok(html.stdout.startsWith("<!DOCTYPE html>"));
    assert.ok(html.stdout.trimEnd().endsWith("</html>"));
  });

  it("--fail-on: exit 1 only when some area has that status", async () => {
    const file = path.join(t.dir, "letter.txt");
    writeFileSync(file, "Dear Sir,\n\nThank you for your letter.\n");
    const plain = await run(["scan", file, "--format", "json"]);
    const statuses = new Set(JSON.parse(plain.stdout).areas.map((a: any) => a.status));
    assert.deepEqual([...statuses], ["missing"], "a letter addresses nothing");
    assert.equal((await run(["scan", file, "--fail-on", "risk"])).code, 0);
    const failed = await run(["scan", file, "--fail-on", "missing", "--format", "json"]);
    assert.equal(failed.code, 1);
    assert.ok(JSON.parse(failed.stdout), "the report is still printed");
    assert.equal((await run(["scan", SAMPLE_DOCX, "--fail-on", "risk"])).code, 1);
  });

  it("batch over files and a folder: JSON array in order, summary table, hidden and lock files skipped", async () => {
    const dir = path.join(t.dir, "deals");
    mkdirSync(dir);
    writeFileSync(path.join(dir, "b.md"), "# B\n\nProvider retains all right, title and interest in and to Output.\n");
    writeFileSync(path.join(dir, "a.txt"), "Customer owns all Output.\n");
    writeFileSync(path.join(dir, ".hidden.txt"), "x\n");
    writeFileSync(path.join(dir, "~$lock.docx"), "lock");
    writeFileSync(path.join(dir, "notes.pdf"), "x");
    mkdirSync(path.join(dir, "sub"));
    writeFileSync(path.join(dir, "sub", "deep.txt"), "x\n");
    const r = await run(["scan", dir, SAMPLE_DOCX, "--format", "json"]);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stderr, "", "no progress when stderr is not a terminal");
    const reports = JSON.parse(r.stdout);
    assert.ok(Array.isArray(reports));
    assert.deepEqual(reports.map((x: any) => x.file), ["a.txt", "b.md", "sample-ai-agreement.docx"]);
    await assertContractReport(reports[1], path.join(dir, "b.md"));
    // A single folder is a batch too: the JSON shape follows the command line, not the folder's content.
    const one = path.join(t.dir, "one");
    mkdirSync(one);
    writeFileSync(path.join(one, "only.txt"), "x\n");
    assert.ok(Array.isArray(JSON.parse((await run(["scan", one, "--format", "json"])).stdout)));

    const text = await run(["scan", dir, "--format", "text"]);
    assert.match(text.stdout, /^Summary of 2 files for the licensee/);
    assert.match(text.stdout, /^a\.txt\s/m);
    assert.match(text.stdout, /^b\.md\s/m);
  });

  it("progress on stderr when it is a terminal, as a count per file", async () => {
    const r = await run(["scan", SAMPLE_DOCX, SAMPLE_TXT, "--format", "json"], { tty: true });
    assert.equal(r.code, 0);
    assert.ok(r.stderr.includes("[1/2] "));
    assert.ok(r.stderr.includes(`[2/2] ${SAMPLE_TXT}`));
    assert.ok(r.stderr.endsWith("\r\x1b[K"), "the progress line is cleared at the end");
    assert.equal(JSON.parse(r.stdout).length, 2, "stdout carries only the report");
  });

  it("--checklist applies a user's playbook", async () => {
    const playbook = { ...structuredClone(builtinChecklist), id: "firm-playbook", version: "2.1.0" };
    const file = path.join(t.dir, "firm.json");
    writeFileSync(file, JSON.stringify(playbook));
    const r = await run(["scan", SAMPLE_DOCX, "--format", "json", "--checklist", file]);
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(JSON.parse(r.stdout).checklist, { id: "firm-playbook", version: "2.1.0" });
  });

  it("the real process: `npm run --silent cli -- scan` prints only JSON on stdout; bad input is one line and exit 2", async () => {
    const exec = promisify(execFile);
    const ok = await exec("npm", ["run", "--silent", "cli", "--", "scan", SAMPLE_DOCX, "--format", "json"], { cwd: ROOT });
    assert.equal(ok.stderr, "");
    await assertContractReport(JSON.parse(ok.stdout), SAMPLE_DOCX);
    const bad = await exec("npm", ["run", "--silent", "cli", "--", "scan", path.join(t.dir, "missing.docx")], { cwd: ROOT }).then(
      () => assert.fail("expected exit 2"),
      (err: { code: number; stdout: string; stderr: string }) => err,
    );
    assert.equal(bad.code, 2);
    assert.equal(bad.stdout, "");
    assert.match(bad.stderr, /^error: .*missing\.docx: file not found\n$/);
  });
});
