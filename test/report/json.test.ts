import { strict as assert } from "node:assert";
import { formatJson, formatJsonBatch, toContractReport } from "../../src/report/json";
import { sampleReview } from "./sample-review";

describe("report/json", () => {
  it("emits exactly the contract's keys, in the contract's order, at every level", () => {
    const out = JSON.parse(formatJson(sampleReview()));
    assert.deepEqual(Object.keys(out), ["file", "perspective", "checklist", "parties", "areas", "summary"]);
    assert.deepEqual(Object.keys(out.checklist), ["id", "version"]);
    assert.deepEqual(Object.keys(out.parties), ["licensor", "licensee"]);
    assert.deepEqual(Object.keys(out.summary), ["risk", "missing", "ok"]);
    for (const area of out.areas) {
      assert.deepEqual(Object.keys(area), ["id", "title", "status", "severity", "findings", "fallbacks"]);
      for (const f of area.findings) assert.deepEqual(Object.keys(f), ["ruleId", "kind", "message", "paragraph", "start", "end", "text"]);
      for (const fb of area.fallbacks) assert.deepEqual(Object.keys(fb), ["id", "title", "text"]);
    }
  });

  it("drops the Review's internal fields (why, severity per finding, expected, note, terms)", () => {
    const text = formatJson(sampleReview());
    for (const key of ['"why"', '"expected"', '"note"', '"terms"']) assert.ok(!text.includes(key), `${key} leaked`);
    const out = JSON.parse(text);
    assert.equal(out.areas[0].findings[0].severity, undefined);
  });

  it("keeps values verbatim: 0-based paragraph, offsets, text with markup characters", () => {
    const out = JSON.parse(formatJson(sampleReview()));
    assert.equal(out.file, "contract <draft>.docx");
    assert.deepEqual(out.areas[0].findings[1], {
      ruleId: "output-ownership/mention",
      kind: "mention",
      message: "Output is addressed.",
      paragraph: 3,
      start: 5,
      end: 40,
      text: "Output <b>means</b> *all* content &\nresults | etc.",
    });
    assert.deepEqual(out.summary, { risk: 1, missing: 1, ok: 1 });
    assert.deepEqual(out.parties, { licensor: ["Provider"], licensee: ["Customer", "Client"] });
  });

  it("does not mutate the review and returns fresh arrays", () => {
    const review = sampleReview();
    const before = JSON.stringify(review);
    const report = toContractReport(review);
    report.parties.licensee.push("X");
    report.areas[0].findings.pop();
    assert.equal(JSON.stringify(review), before);
  });

  it("a batch is an array of the single-file objects, in order", () => {
    const a = sampleReview();
    const b = { ...sampleReview(), file: "b.txt" };
    const out = JSON.parse(formatJsonBatch([a, b]));
    assert.ok(Array.isArray(out));
    assert.deepEqual(out, [JSON.parse(formatJson(a)), JSON.parse(formatJson(b))]);
  });

  it("ends with a newline and is indented for reading", () => {
    const text = formatJson(sampleReview());
    assert.ok(text.endsWith("}\n"));
    assert.ok(text.startsWith('{\n  "file"'));
  });
});
