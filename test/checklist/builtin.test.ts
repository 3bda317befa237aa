import { strict as assert } from "node:assert";
import { builtinChecklist, parsePlaybook } from "../../src/checklist";
import { fillTemplate } from "../../src/engine";

// The seventeen area ids are a public contract (CLI JSON, labelled corpus, saved playbooks).
const AREA_IDS = [
  "license-scope", "output-ownership", "improvements-ownership", "training-on-customer-data", "usage-data-feedback",
  "training-data-provenance", "ip-indemnity", "liability-cap", "accuracy-warranty", "autonomy-human-oversight",
  "confidentiality-trade-secrets", "regulatory-compliance", "model-changes", "third-party-models", "audit-transparency",
  "exit-data-deletion", "acceptable-use-suspension",
];

describe("built-in checklist", () => {
  it("has the seventeen contract area ids, in order", () => {
    assert.deepEqual(builtinChecklist.areas.map((a) => a.id), AREA_IDS);
  });

  it("is a valid playbook by its own schema (every pattern compiles)", () => {
    const result = parsePlaybook(JSON.parse(JSON.stringify(builtinChecklist)));
    assert.ok(result.ok, result.ok ? "" : result.errors.slice(0, 5).join("\n"));
  });

  for (const area of builtinChecklist.areas) {
    it(`${area.id}: says why it matters and offers at least three fallbacks per side, each with a note`, () => {
      assert.ok(area.why.trim().length > 20, "why");
      for (const side of ["licensee", "licensor"] as const) {
        assert.ok(area.fallbacks[side].length >= 3, `${side}: ${area.fallbacks[side].length} fallbacks`);
        for (const f of area.fallbacks[side]) {
          assert.ok(f.note.trim().length > 0, `${f.id}: note`);
          assert.ok(f.id.startsWith(`${area.id}/`), `${f.id}: id is prefixed with the area id`);
        }
      }
    });
  }

  it("uses only placeholders the fill step knows", () => {
    const terms = { primary: Object.fromEntries(Object.entries(builtinChecklist.neutralTerms)) };
    for (const area of builtinChecklist.areas) {
      const texts = [
        ...area.rules.flatMap((r) => [r.message, r.expected ?? ""]),
        ...area.fallbacks.licensee.flatMap((f) => [f.title, f.text, f.note]),
        ...area.fallbacks.licensor.flatMap((f) => [f.title, f.text, f.note]),
      ];
      for (const t of texts) assert.doesNotMatch(fillTemplate(t, terms), /\{[\w':]+\}/, `${area.id}: ${t.slice(0, 80)}`);
    }
  });
});
