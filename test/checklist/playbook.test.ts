import { strict as assert } from "node:assert";
import { builtinChecklist, parsePlaybook, parsePlaybookText, serializePlaybook } from "../../src/checklist";
import { review, type ChecklistDefinition } from "../../src/engine";

const clone = (): Record<string, any> => JSON.parse(serializePlaybook(builtinChecklist));

function errorsOf(json: unknown): string[] {
  const r = parsePlaybook(json);
  assert.equal(r.ok, false, "expected the playbook to be rejected");
  return r.ok ? [] : r.errors;
}

describe("playbooks", () => {
  it("round-trips the built-in checklist through its file format", () => {
    const r = parsePlaybookText(serializePlaybook(builtinChecklist));
    assert.ok(r.ok);
    assert.deepEqual(r.ok && r.checklist.areas.map((a) => a.id), builtinChecklist.areas.map((a) => a.id));
  });

  it("names the exact field of a missing fallback text", () => {
    const p = clone();
    delete p.areas[3].fallbacks.licensee[1].text;
    assert.deepEqual(errorsOf(p), ["areas[3].fallbacks.licensee[1].text: required"]);
  });

  it("names a bad severity and a bad pattern, each with its path", () => {
    const p = clone();
    p.areas[0].severity = "critical";
    p.areas[1].rules[0].match.all[0][0] = "(unbalanced";
    const errors = errorsOf(p);
    assert.ok(errors.some((e) => e.startsWith('areas[0].severity: must be "high", "medium" or "low"')), errors.join("\n"));
    assert.ok(errors.some((e) => e.startsWith("areas[1].rules[0].match.all[0][0]:")), errors.join("\n"));
  });

  it("rejects raw regular expressions: patterns are phrases", () => {
    const p = clone();
    p.areas[0].addressedBy = ["(a+)+$"];
    assert.ok(errorsOf(p)[0].startsWith("areas[0].addressedBy[0]:"));
  });

  it("rejects duplicate area ids and unknown fields", () => {
    const p = clone();
    p.areas[1].id = p.areas[0].id;
    p.areas[2].colour = "red";
    const errors = errorsOf(p);
    assert.ok(errors.some((e) => e.includes("duplicate area id")));
    assert.ok(errors.some((e) => e.startsWith("areas[2]:") && e.includes("colour")), errors.join("\n"));
  });

  it("reports broken JSON plainly", () => {
    const r = parsePlaybookText('{"areas": [');
    assert.equal(r.ok, false);
    assert.match(r.ok ? "" : r.errors[0], /^\(playbook\): not valid JSON/);
  });

  it("loads a file without a version as version 1, and refuses one from a newer version with a reason", () => {
    const p = clone();
    delete p.schemaVersion;
    assert.ok(parsePlaybook(p).ok);
    p.schemaVersion = 99;
    assert.match(errorsOf(p)[0], /newer version/);
  });

  it("a user's own phrase raises a red flag, and a clearing phrase clears one", () => {
    const p = clone();
    const area = p.areas.find((a: any) => a.id === "audit-transparency");
    area.rules.push({
      id: "firm-no-source-code-escrow",
      effect: { licensee: "risk" },
      message: "No source code escrow for the model.",
      match: { all: [["no escrow"]], polarity: "any" },
    });
    const parsed = parsePlaybook(p);
    assert.ok(parsed.ok);
    const checklist = (parsed as { checklist: ChecklistDefinition }).checklist;
    const doc = { paragraphs: ['Acme Inc. ("Provider") and Beta LLC ("Customer") agree as follows.', "There is no escrow of any model."] };
    const audit = review(doc, checklist, { perspective: "licensee" }).areas.find((a) => a.id === "audit-transparency")!;
    assert.equal(audit.status, "risk");
    assert.equal(audit.findings[0].ruleId, "audit-transparency/firm-no-source-code-escrow");
  });
});

describe("playbook limits", () => {
  it("caps the number of patterns so that no playbook can make a review arbitrarily slow", () => {
    const p = clone();
    // Each area stays within its own limit of 500; together they exceed the playbook's.
    p.areas.forEach((a: any, k: number) => (a.addressedBy = Array.from({ length: 320 }, (_, i) => `phrase${k}x${i}`)));
    assert.ok(errorsOf(p).some((e) => /^areas: has \d+ patterns; at most 5000/.test(e)));
  });
});
