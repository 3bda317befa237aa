import { strict as assert } from "node:assert";
import { builtinChecklist } from "../../src/checklist";
import { compareReviews, fillTemplate, PatternError, prepare, review, type ChecklistDefinition, type Review } from "../../src/engine";

const PREAMBLE = [
  'This Agreement is made between Pelican Data Corp. ("Vendor") and Ostara Foods Ltd. ("Client").',
  '"Client Data" means all data Client submits to the Service, including Prompts.',
  '"Prompts" means instructions Client enters into the AI Assistant.',
  '"Deliverables" means the content the AI Assistant generates in response to Prompts.',
];

function reviewOf(paragraphs: string[], perspective: "licensee" | "licensor" = "licensee", checklist: ChecklistDefinition = builtinChecklist): Review {
  return review({ paragraphs: [...PREAMBLE, ...paragraphs], file: "t.txt" }, checklist, { perspective });
}
const area = (r: Review, id: string) => r.areas.find((a) => a.id === id)!;

describe("engine: review", () => {
  it("lists every enabled area in checklist order with one status, and a summary that adds up", () => {
    const r = reviewOf(["Vendor may use Client Data to train its models."]);
    assert.deepEqual(r.areas.map((a) => a.id), builtinChecklist.areas.map((a) => a.id));
    assert.equal(r.summary.risk + r.summary.missing + r.summary.ok, r.areas.length);
    assert.deepEqual(r.parties, { licensor: ["Vendor"], licensee: ["Client"] });
  });

  it("is risk for the licensee and ok for the licensor on the same red flag", () => {
    const text = ["Vendor may use Client Data to train its models."];
    assert.equal(area(reviewOf(text, "licensee"), "training-on-customer-data").status, "risk");
    assert.equal(area(reviewOf(text, "licensor"), "training-on-customer-data").status, "ok");
  });

  it("is missing when nothing addresses the area", () => {
    assert.equal(area(reviewOf(["Client shall pay the fees within thirty days."]), "training-on-customer-data").status, "missing");
  });

  it("is risk when a protective and a harmful provision meet, with the harmful finding first", () => {
    const r = reviewOf(["Vendor shall not use Client Data to train any model.", "Notwithstanding the foregoing, Vendor may use Prompts to improve the Service."]);
    const a = area(r, "training-on-customer-data");
    assert.equal(a.status, "risk");
    assert.equal(a.findings[0].kind, "risk");
    assert.ok(a.findings.some((f) => f.kind === "protection"));
  });

  it("points each finding at its sentence, verbatim, with paragraph offsets", () => {
    const r = reviewOf(["1.1 Fees are due monthly. Vendor may use Client Data to train its models. Other terms apply."]);
    const f = area(r, "training-on-customer-data").findings.find((x) => x.kind === "risk")!;
    const paragraph = PREAMBLE.length;
    assert.equal(f.paragraph, paragraph);
    assert.equal(f.text, "Vendor may use Client Data to train its models.");
    assert.equal(`1.1 Fees are due monthly. Vendor may use Client Data to train its models. Other terms apply.`.slice(f.start, f.end), f.text);
    assert.match(f.ruleId, /^training-on-customer-data\//);
  });

  it("fills fallbacks with the document's own defined terms", () => {
    const r = reviewOf(["Vendor may use Client Data to train its models."]);
    const text = area(r, "training-on-customer-data").fallbacks.map((f) => f.text).join(" ");
    assert.match(text, /\bVendor\b/);
    assert.match(text, /\bClient Data\b/);
    assert.doesNotMatch(text, /\{\w+/);
    assert.doesNotMatch(text, /\bProvider\b|\bCustomer\b/);
    assert.ok(area(r, "output-ownership").fallbacks.every((f) => /Deliverables/.test(f.text)));
  });

  it("reports low-severity risks as mentions under a pragmatic strictness", () => {
    const checklist: ChecklistDefinition = {
      ...builtinChecklist,
      areas: builtinChecklist.areas.map((a) => (a.id === "training-on-customer-data" ? { ...a, severity: "low" as const } : a)),
    };
    const text = ["Vendor may use Client Data to train its models."];
    const strict = review({ paragraphs: [...PREAMBLE, ...text] }, checklist, { perspective: "licensee", strictness: "strict" });
    const pragmatic = review({ paragraphs: [...PREAMBLE, ...text] }, checklist, { perspective: "licensee", strictness: "pragmatic" });
    assert.equal(area(strict, "training-on-customer-data").status, "risk");
    assert.equal(area(pragmatic, "training-on-customer-data").status, "ok");
  });

  it("a clearing phrase turns a red flag in its sentence into a mention", () => {
    const checklist: ChecklistDefinition = {
      ...builtinChecklist,
      areas: builtinChecklist.areas.map((a) => (a.id === "training-on-customer-data" ? { ...a, clearedBy: ["approved in writing by Client"] } : a)),
    };
    const r = reviewOf(["Vendor may use Client Data to train its models where approved in writing by Client."], "licensee", checklist);
    assert.equal(area(r, "training-on-customer-data").status, "ok");
  });

  it("skips disabled areas", () => {
    const checklist: ChecklistDefinition = { ...builtinChecklist, areas: builtinChecklist.areas.map((a) => (a.id === "ip-indemnity" ? { ...a, enabled: false } : a)) };
    assert.equal(reviewOf(["x"], "licensee", checklist).areas.some((a) => a.id === "ip-indemnity"), false);
  });

  it("compares a counterparty's redline: an area made worse is reported with the new finding", () => {
    const before = reviewOf(["Vendor shall not use Client Data to train any model."]);
    const after = reviewOf(["Vendor may use Client Data to train any model."]);
    const changes = compareReviews(before, after);
    const c = changes.find((x) => x.id === "training-on-customer-data")!;
    assert.equal(c.direction, "worse");
    assert.equal(c.before, "ok");
    assert.equal(c.after, "risk");
    assert.ok(c.added.some((f) => f.kind === "risk"));
  });
});

describe("engine: filling placeholders", () => {
  const terms = { primary: { licensee: "you", licensor: "we", output: "Outputs" } };
  it("uses pronoun forms for second-person drafting", () => {
    assert.equal(
      fillTemplate("{licensee} will own all {output}, and {licensor} will assign to {licensee:object} {licensor's} rights.", terms),
      "You will own all Outputs, and we will assign to you our rights.",
    );
  });
  it("says 'these Terms' where the draft calls itself Terms", () => {
    assert.equal(fillTemplate("This {agreement} will bind {licensee:object}.", { primary: { ...terms.primary, agreement: "Terms" } }), "These Terms will bind you.");
  });
  it("agrees the verb with a pronoun party", () => {
    assert.equal(fillTemplate("{licensee} owns {output}; {licensor} indemnifies {licensee:object}; {licensor} has no claim.", terms), "You own Outputs; we indemnify you; we have no claim.");
    assert.equal(fillTemplate("{licensee} owns {output}.", { primary: { licensee: "Customer", output: "Output" } }), "Customer owns Output.");
  });
  it("leaves an unknown placeholder visible", () => {
    assert.equal(fillTemplate("{nothing} here", terms), "{nothing} here");
    // Names an object has of its own are not concepts either.
    assert.equal(fillTemplate("{toString} and {constructor's}", terms), "{toString} and {constructor's}");
  });
  it("fills named parties: possessives, capitals after a full stop or colon, braces that are not placeholders", () => {
    const named = { primary: { licensee: "Acme Health", licensor: "Northwind Labs", output: "Outputs" } };
    assert.equal(
      fillTemplate("{licensee's} data. {licensor's} {output:object}: {output}; {{licensor}}, { licensee}, {licensee:subject}", named),
      "Acme Health's data. Northwind Labs' Outputs: Outputs; {Northwind Labs}, { licensee}, {licensee:subject}",
    );
  });
});

describe("engine: prepare (the pane's warm-up while idle)", () => {
  it("leaves reviews exactly as they are", () => {
    const before = reviewOf(["Vendor may use Client Data to train its models."]);
    prepare(builtinChecklist);
    assert.deepEqual(reviewOf(["Vendor may use Client Data to train its models."]), before);
  });

  it("throws the review's own error for a playbook the engine cannot compile, so the review can report it", () => {
    const broken: ChecklistDefinition = {
      ...builtinChecklist,
      areas: builtinChecklist.areas.map((a, i) => (i === 0 ? { ...a, addressedBy: ["(unbalanced"] } : a)),
    };
    assert.throws(() => prepare(broken), PatternError);
    assert.throws(() => reviewOf(["Anything."], "licensee", broken), PatternError);
  });
});
