// Engine semantics that every checklist rule relies on, tested with one-rule checklists
// so that a change in the built-in content cannot hide a regression here.
import { strict as assert } from "node:assert";
import { analyze, WorkLimitExceeded, type ChecklistDefinition, type MatchDefinition } from "../../src/engine";
import { neutralTerms, vocabulary } from "../../src/checklist/vocabulary";
import { tokenize } from "../../src/engine";

const PREAMBLE = [
  'This Agreement is between Osprey AI Ltd. ("Supplier") and Fenwick Bank plc ("Client").',
  '"Responses" means the text the Service generates for Client.',
];

function fires(match: MatchDefinition, text: string | string[]): boolean {
  const checklist: ChecklistDefinition = {
    schemaVersion: 1, id: "t", version: "1", title: "t", vocabulary, neutralTerms,
    areas: [{ id: "a", title: "A", severity: "high", why: "w", addressedBy: [], rules: [{ id: "r", effect: { licensee: "risk" }, message: "m", match }], fallbacks: { licensee: [], licensor: [] } }],
  };
  const body = Array.isArray(text) ? text : [text];
  return analyze({ paragraphs: [...PREAMBLE, ...body] }, checklist).matches.some((m) => m.rule?.id === "r" && m.sentence.paragraph >= PREAMBLE.length);
}

describe("engine semantics", () => {
  const cases: Array<[string, MatchDefinition, string | string[], boolean]> = [
    ["a negation reaches the verb it governs", { all: [["use"], ["train*"]] }, "Supplier shall not use Client data to train models.", false],
    ["an exception clause revives a negated flag", { all: [["use"], ["improve"]] }, "Supplier shall not use Client data, except that Supplier may use it to improve the Service.", true],
    ["a limit is not a negation", { all: [["retain*"]] }, "Supplier shall retain logs for no longer than twelve months.", true],
    ["'not more than once' is not a negation", { all: [["audit"]] }, "Client may audit Supplier not more than once a year.", true],
    ["a leading condition is hypothetical", { all: [["use"], ["train*"]] }, "If Supplier uses Client data to train models, Supplier shall notify Client.", false],
    ["a time word does not make a right hypothetical", { all: [["export"]] }, "After termination Client may export its data.", true],
    ["a new coordinated subject ends the negation", { all: [["responsible"]] }, "Supplier gives no warranty of accuracy, and the Client shall be responsible for checking Responses.", true],
    ["the actor is the party the match starts with", { all: [["{licensor} ...4 liable"]], actor: "licensor" }, "Supplier shall not be liable for decisions made by Client.", false],
    ["a passive subject is not the actor", { all: [["notif*"]], actor: "licensor" }, "Client will be notified of any breach.", true],
    ["'by <party>' names the actor of a passive", { all: [["used"], ["train*"]], actor: "licensor" }, "Client data may be used by Supplier to train models.", true],
    ["'by <party>' of the other side blocks the rule", { all: [["audit"]], actor: "licensee" }, "Client shall cooperate with any audit of its records by Supplier.", false],
    ["a lead-in hit joins each list item", { all: [["shall ...4 at its own cost"], ["implement"]] }, ["The Supplier shall, at its own cost:", "(a) implement any change required by law;"], true],
    ["a defined plural matches its singular", { all: [["verify ...3 {output}"]] }, "Client shall verify any Response before use.", true],
    ["a term does not span punctuation", { all: [["{usageData}"]] }, "Client may not resell any product, service, data or process.", false],
  ];
  for (const [description, match, text, expected] of cases) {
    it(description, () => assert.equal(fires(match, text), expected));
  }

  it("keeps amounts whole: thousands separators do not split a number", () => {
    assert.deepEqual(tokenize("USD 5,000,000 or 1,5").map((t) => t.norm), ["usd", "5,000,000", "or", "1", "5"]);
  });
});

describe("engine: work bound for any playbook", () => {
  it("stops with a reason, not a hang, when a playbook's phrases all start with a word found everywhere", function () {
    // Builds a 24,000-word sentence and 4,000 patterns: give a loaded machine room; the guard below is the test's own.
    this.timeout(60_000);
    const patterns = Array.from({ length: 4000 }, (_, i) => `the ...15 zz${i}`);
    const checklist: ChecklistDefinition = {
      schemaVersion: 1, id: "t", version: "1", title: "t", vocabulary, neutralTerms,
      areas: [{ id: "a", title: "A", severity: "high", why: "w", addressedBy: patterns, rules: [], fallbacks: { licensee: [], licensor: [] } }],
    };
    // One sentence holding every pattern's last word, so each pattern stays a candidate
    // at every "the": about 80 million attempts without a bound on the whole review.
    const paragraph = Array.from({ length: 20_000 }, () => "the").join(" ") + " " + Array.from({ length: 4000 }, (_, i) => `zz${i}`).join(" ");
    const started = process.hrtime.bigint();
    assert.throws(() => analyze({ paragraphs: [paragraph] }, checklist), WorkLimitExceeded);
    // Not a timing assertion on the review: the bound is on work; this only guards against a hang in CI.
    assert.ok(process.hrtime.bigint() - started < 30_000_000_000n);
  });
});
