import { strict as assert } from "node:assert";
import { builtinChecklist } from "../../src/checklist";
import { analyze, compareReviews, fillTemplate, PatternError, prepare, review, reviewFor, type ChecklistDefinition, type Review } from "../../src/engine";
import { generateAgreement } from "../../scripts/bench/generate";

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

describe("engine: findings of an area", () => {
  const analysis = analyze({ paragraphs: generateAgreement(10, 3).paragraphs }, builtinChecklist);
  const RANK = { risk: 0, protection: 1, mention: 2 };
  const place = (f: { paragraph: number; start: number }) => `${f.paragraph}:${f.start}`;

  for (const perspective of ["licensee", "licensor"] as const) {
    it(`lists risks, then protections, then at most six mentions, each in reading order; a rule once per sentence; no flagged sentence again as a mention (${perspective})`, () => {
      const r = reviewFor(analysis, { perspective });
      for (const a of r.areas) {
        for (let k = 1; k < a.findings.length; k++) {
          const [p, f] = [a.findings[k - 1], a.findings[k]];
          const inOrder = RANK[p.kind] < RANK[f.kind] || (RANK[p.kind] === RANK[f.kind] && (p.paragraph < f.paragraph || (p.paragraph === f.paragraph && p.start <= f.start)));
          assert.ok(inOrder, `${a.id}: ${p.kind} ${place(p)} before ${f.kind} ${place(f)}`);
        }
        const mentions = a.findings.filter((f) => f.kind === "mention");
        assert.ok(mentions.length <= 6, a.id);
        const flagged = new Set(a.findings.filter((f) => f.kind !== "mention").map(place));
        for (const m of mentions) assert.ok(!flagged.has(place(m)), `${a.id}: ${place(m)} is flagged and a mention`);
        const reported = a.findings.map((f) => `${f.ruleId}@${place(f)}`);
        assert.equal(new Set(reported).size, reported.length, a.id);
      }
      // The agreement exercises every rule above: the cap is reached, and some area has both risks and protections.
      assert.ok(r.areas.some((a) => a.findings.filter((f) => f.kind === "mention").length === 6));
      assert.ok(r.areas.some((a) => a.findings.some((f) => f.kind === "risk") && a.findings.some((f) => f.kind !== "risk")));
    });
  }

  it("does not depend on the order in which the analysis found its sentences", () => {
    // The sentences taken last to first; each sentence's matches stay in the order its rules were judged.
    const bySentence = new Map<string, typeof analysis.matches>();
    for (const m of analysis.matches) {
      const key = place(m.sentence);
      bySentence.set(key, [...(bySentence.get(key) ?? []), m]);
    }
    const reversed = { ...analysis, matches: [...bySentence.values()].reverse().flat() };
    assert.notDeepEqual(reversed.matches, analysis.matches);
    for (const perspective of ["licensee", "licensor"] as const) assert.deepEqual(reviewFor(reversed, { perspective }), reviewFor(analysis, { perspective }));
  });
});
