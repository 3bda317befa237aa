import { strict as assert } from "node:assert";
import { builtinChecklist, SCHEMA_VERSION, serializePlaybook } from "../../src/checklist";
import { review, type ChecklistDefinition } from "../../src/engine";
import {
  addClearingPhrase,
  addFallback,
  addRedFlag,
  applyEdit,
  BUILTIN_STATE,
  createPlaybookStore,
  errorsByField,
  inlineErrors,
  firmRedFlags,
  importPlaybookText,
  moveFallback,
  newFromBuiltin,
  phraseToPattern,
  PLAYBOOK_STORAGE_KEY,
  PlaybookEditError,
  PlaybookStorageError,
  playbookName,
  removeClearingPhrase,
  removeFallback,
  removeRedFlag,
  setAreaEnabled,
  setAreaSeverity,
  setStrictness,
  updateFallback,
  type PlaybookChange,
  type PlaybookState,
} from "../../src/taskpane/playbook";

/** A Storage in memory; `failWith` makes every call throw, as disabled or full storage does. */
class FakeStorage implements Storage {
  private items = new Map<string, string>();
  failWith: { get?: unknown; set?: unknown } = {};
  get length() {
    return this.items.size;
  }
  clear() {
    this.items.clear();
  }
  getItem(key: string) {
    if (this.failWith.get) throw this.failWith.get;
    return this.items.get(key) ?? null;
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string) {
    if (this.failWith.set) throw this.failWith.set;
    this.items.delete(key);
  }
  setItem(key: string, value: string) {
    if (this.failWith.set) throw this.failWith.set;
    this.items.set(key, String(value));
  }
}

const AREA = "audit-transparency";
const areaOf = (checklist: ChecklistDefinition, id = AREA) => checklist.areas.find((a) => a.id === id)!;

/** Deep snapshot, to prove that an edit left its input untouched. */
const snapshot = (value: unknown) => JSON.parse(JSON.stringify(value));

function accepted(change: PlaybookChange): PlaybookState {
  assert.ok(change.ok, `expected the change to be accepted: ${change.ok ? "" : change.errors.join("; ")}`);
  return (change as { state: PlaybookState }).state;
}

function refused(change: PlaybookChange): string[] {
  assert.equal(change.ok, false, "expected the change to be refused");
  return change.ok ? [] : change.errors;
}

const custom = () => newFromBuiltin();

describe("taskpane playbook: phrases", () => {
  it("reduces a typed phrase to its words as the tokenizer reads them", () => {
    assert.equal(phraseToPattern("e.g. Source-Code   escrow!"), "e g source-code escrow");
    assert.equal(phraseToPattern("Customer\u2019s prior approval"), "customer prior approval");
    assert.equal(phraseToPattern("licen* (any form)"), "licen* any form");
  });

  it("refuses a phrase without words", () => {
    assert.throws(() => phraseToPattern(" ... -- "), PlaybookEditError);
  });
});

describe("taskpane playbook: messages beside their fields", () => {
  it("puts a schema error under the field its path ends with, without the path", () => {
    const { fields, other } = errorsByField(
      ["areas[3].fallbacks.licensee[1].text: required", "areas[3].fallbacks.licensee[1].title: must be at most 5 characters", "areas: has 6000 patterns"],
      ["title", "text", "note"] as const,
    );
    assert.deepEqual(fields, { text: "Required.", title: "Must be at most 5 characters." });
    assert.deepEqual(other, ["areas: has 6000 patterns"]);
  });

  it("keeps a refusal without a path as written", () => {
    assert.equal(inlineErrors(['"no escrow" is already a red flag for the licensee in this area.']), '"no escrow" is already a red flag for the licensee in this area.');
    assert.equal(inlineErrors(['areas[0].clearedBy[0]: "ab*": the stem "ab*" is too short']), '"ab*": the stem "ab*" is too short.');
  });
});

describe("taskpane playbook: edits", () => {
  it("turns an area off and on, without touching the input", () => {
    const start = custom().checklist;
    const before = snapshot(start);
    const off = setAreaEnabled(start, AREA, false);
    assert.equal(areaOf(off).enabled, false);
    assert.deepEqual(snapshot(start), before);
    const on = setAreaEnabled(off, AREA, true);
    assert.equal("enabled" in areaOf(on), false, "on is the default and is not written out");
    assert.equal(areaOf(off).enabled, false);
  });

  it("refuses to turn the last area off", () => {
    let checklist = custom().checklist;
    for (const area of checklist.areas.slice(1)) checklist = setAreaEnabled(checklist, area.id, false);
    assert.throws(() => setAreaEnabled(checklist, checklist.areas[0].id, false), /At least one area/);
  });

  it("changes an area's severity and the strictness", () => {
    const start = custom().checklist;
    const changed = setStrictness(setAreaSeverity(start, AREA, "high"), "pragmatic");
    assert.equal(areaOf(changed).severity, "high");
    assert.equal(changed.strictness, "pragmatic");
    assert.equal(areaOf(start).severity, builtinChecklist.areas.find((a) => a.id === AREA)!.severity);
    assert.equal(start.strictness, builtinChecklist.strictness);
  });

  it("adds a firm red flag as a firm- rule for the chosen side, and removes it", () => {
    const start = custom().checklist;
    const before = snapshot(start);
    const flagged = addRedFlag(start, AREA, { phrase: "No source-code escrow", side: "licensee" });
    const rule = areaOf(flagged).rules.at(-1)!;
    assert.deepEqual(rule, {
      id: "firm-no-source-code-escrow",
      effect: { licensee: "risk" },
      message: "Firm red flag: No source-code escrow",
      match: { all: [["no source-code escrow"]], polarity: "any" },
    });
    assert.deepEqual(firmRedFlags(areaOf(flagged)), [
      { ruleId: rule.id, pattern: "no source-code escrow", side: "licensee", message: "Firm red flag: No source-code escrow" },
    ]);
    // The same words for the other side get their own id; the same words for the same side are refused.
    const both = addRedFlag(flagged, AREA, { phrase: "no source code escrow", side: "licensor", message: "Escrow missing" });
    assert.equal(areaOf(both).rules.at(-1)!.id, "firm-no-source-code-escrow-2");
    assert.equal(areaOf(both).rules.at(-1)!.message, "Escrow missing");
    assert.throws(() => addRedFlag(both, AREA, { phrase: "No source-code escrow.", side: "licensee" }), /already a red flag/);

    const removed = removeRedFlag(both, AREA, rule.id);
    assert.deepEqual(firmRedFlags(areaOf(removed)).map((f) => f.ruleId), ["firm-no-source-code-escrow-2"]);
    assert.deepEqual(snapshot(start), before);
  });

  it("never removes the checklist's own rules", () => {
    const start = custom().checklist;
    assert.throws(() => removeRedFlag(start, AREA, areaOf(start).rules[0].id), /Only red flags you added/);
  });

  it("adds and removes clearing phrases", () => {
    const start = custom().checklist;
    const cleared = addClearingPhrase(start, AREA, "subject to Customer's prior written approval");
    assert.deepEqual(areaOf(cleared).clearedBy?.slice(-1), ["subject to customer prior written approval"]);
    assert.throws(() => addClearingPhrase(cleared, AREA, "Subject to customer prior written approval"), /already clears/);
    const back = removeClearingPhrase(cleared, AREA, "subject to customer prior written approval");
    assert.deepEqual(areaOf(back).clearedBy ?? [], areaOf(start).clearedBy ?? []);
  });

  it("edits, reorders, adds and removes fallback clauses per side", () => {
    const start = custom().checklist;
    const before = snapshot(start);
    const ladder = (c: ChecklistDefinition, side: "licensee" | "licensor" = "licensee") => areaOf(c).fallbacks[side].map((f) => f.id);
    const [first, second] = ladder(start);

    const edited = updateFallback(start, AREA, "licensee", second, { title: "Audit once a year", text: "{licensee} may audit once a year.", note: "Opening position" });
    assert.deepEqual(
      areaOf(edited).fallbacks.licensee[1],
      { id: second, title: "Audit once a year", text: "{licensee} may audit once a year.", note: "Opening position" },
    );

    const moved = moveFallback(edited, AREA, "licensee", second, -1);
    assert.deepEqual(ladder(moved).slice(0, 2), [second, first]);
    assert.throws(() => moveFallback(moved, AREA, "licensee", second, -1), /already the first/);

    const added = addFallback(moved, AREA, "licensor", { title: "Audit once a year", text: "Audits at most once a year.", note: "" });
    assert.equal(ladder(added, "licensor").at(-1), "firm-audit-once-a-year");
    assert.deepEqual(ladder(added), ladder(moved), "the other side's ladder is unchanged");

    const removed = removeFallback(added, AREA, "licensee", first);
    assert.ok(!ladder(removed).includes(first));
    assert.deepEqual(snapshot(start), before);
  });
});

describe("taskpane playbook: state and validation", () => {
  it("names the playbook in use", () => {
    assert.equal(playbookName(BUILTIN_STATE), `${builtinChecklist.title} (built-in)`);
    assert.equal(playbookName(newFromBuiltin()), `${builtinChecklist.title} (custom)`);
  });

  it("editing the built-in starts a custom copy and leaves the built-in as it was", () => {
    const before = snapshot(builtinChecklist);
    const state = accepted(applyEdit(BUILTIN_STATE, (c) => setAreaEnabled(c, AREA, false)));
    assert.equal(state.custom, true);
    assert.equal(state.checklist.id, `${builtinChecklist.id}-custom`);
    assert.equal(areaOf(state.checklist).enabled, false);
    assert.deepEqual(snapshot(builtinChecklist), before);
    assert.equal(BUILTIN_STATE.checklist, builtinChecklist);
  });

  it("an edit the schema rejects leaves the playbook unchanged and names the field", () => {
    const state = custom();
    const before = snapshot(state);
    const errors = refused(applyEdit(state, (c) => addRedFlag(c, AREA, { phrase: "ab*", side: "licensee" })));
    const index = state.checklist.areas.findIndex((a) => a.id === AREA);
    assert.match(errors[0], new RegExp(`^areas\\[${index}\\]\\.rules\\[\\d+\\]\\.match\\.all\\[0\\]\\[0\\]: .*too short`));
    assert.deepEqual(snapshot(state), before);

    const blank = refused(applyEdit(state, (c) => updateFallback(c, AREA, "licensee", areaOf(c).fallbacks.licensee[0].id, { title: "T", text: "  ", note: "" })));
    assert.deepEqual(blank, [`areas[${index}].fallbacks.licensee[0].text: required`]);
    assert.deepEqual(snapshot(state), before);
  });

  it("a refused edit comes back as the user's message; a bug in an edit is not turned into one", () => {
    assert.deepEqual(refused(applyEdit(custom(), (c) => setAreaEnabled(c, "no-such-area", false))), ['This playbook has no area "no-such-area".']);
    assert.throws(() => applyEdit(custom(), () => {
      throw new TypeError("bug");
    }), TypeError);
  });

  it("a firm red flag makes its area a risk in a review, and a clearing phrase clears it", () => {
    const doc = {
      paragraphs: ['Acme Inc. ("Provider") and Beta LLC ("Customer") agree as follows.', "Provider offers no source code escrow, e.g. for the model weights."],
    };
    const flagged = accepted(applyEdit(BUILTIN_STATE, (c) => addRedFlag(c, AREA, { phrase: "e.g. for the model weights", side: "licensee" })));
    const area = review(doc, flagged.checklist, { perspective: "licensee" }).areas.find((a) => a.id === AREA)!;
    assert.equal(area.status, "risk");
    assert.ok(area.findings.some((f) => f.ruleId === `${AREA}/firm-e-g-for-the-model-weights` && f.kind === "risk"));

    const cleared = accepted(applyEdit(flagged, (c) => addClearingPhrase(c, AREA, "source code escrow")));
    const again = review(doc, cleared.checklist, { perspective: "licensee" }).areas.find((a) => a.id === AREA)!;
    assert.ok(!again.findings.some((f) => f.kind === "risk"), "the clearing phrase in the same sentence clears the flag");
  });

  it("imports a valid playbook file, and an invalid one changes nothing", () => {
    const file = JSON.parse(serializePlaybook(builtinChecklist));
    file.title = "Firm playbook";
    const imported = accepted(importPlaybookText(JSON.stringify(file)));
    assert.equal(playbookName(imported), "Firm playbook (custom)");
    delete file.areas[2].fallbacks.licensee[0].text;
    assert.deepEqual(refused(importPlaybookText(JSON.stringify(file))), ["areas[2].fallbacks.licensee[0].text: required"]);
  });
});

describe("taskpane playbook: storage", () => {
  it("round-trips a custom playbook through storage under one key, with its schema version", () => {
    const storage = new FakeStorage();
    const store = createPlaybookStore(() => storage);
    const state = accepted(applyEdit(BUILTIN_STATE, (c) => addRedFlag(setAreaEnabled(c, AREA, false), "liability-cap", { phrase: "in no event", side: "licensee" })));
    store.save(state.checklist);
    assert.equal(storage.length, 1);
    assert.equal(JSON.parse(storage.getItem(PLAYBOOK_STORAGE_KEY)!).schemaVersion, SCHEMA_VERSION);
    const loaded = store.load();
    assert.equal(loaded.problem, undefined);
    assert.equal(loaded.state.custom, true);
    assert.deepEqual(loaded.state.checklist, state.checklist);
    store.clear();
    assert.deepEqual(store.load(), { state: BUILTIN_STATE });
  });

  it("uses the built-in when nothing is stored, without a notice", () => {
    assert.deepEqual(createPlaybookStore(() => new FakeStorage()).load(), { state: BUILTIN_STATE });
  });

  it("falls back to the built-in with the reason when the stored playbook is corrupt or invalid", () => {
    const storage = new FakeStorage();
    const store = createPlaybookStore(() => storage);
    storage.setItem(PLAYBOOK_STORAGE_KEY, '{"areas": [');
    const broken = store.load();
    assert.equal(broken.state, BUILTIN_STATE);
    assert.match(broken.problem ?? "", /saved playbook could not be used.*not valid JSON/);

    const invalid = JSON.parse(serializePlaybook(builtinChecklist));
    invalid.areas[0].severity = "critical";
    storage.setItem(PLAYBOOK_STORAGE_KEY, JSON.stringify(invalid));
    const rejected = store.load();
    assert.equal(rejected.state, BUILTIN_STATE);
    assert.match(rejected.problem ?? "", /areas\[0\]\.severity: must be "high", "medium" or "low"/);
  });

  it("loads a stored playbook written without a schema version (as version 1)", () => {
    const storage = new FakeStorage();
    const old = JSON.parse(serializePlaybook(builtinChecklist));
    delete old.schemaVersion;
    old.title = "Old playbook";
    storage.setItem(PLAYBOOK_STORAGE_KEY, JSON.stringify(old));
    const loaded = createPlaybookStore(() => storage).load();
    assert.equal(loaded.problem, undefined);
    assert.equal(playbookName(loaded.state), "Old playbook (custom)");
  });

  it("refuses a stored playbook from a newer version with the reason", () => {
    const storage = new FakeStorage();
    storage.setItem(PLAYBOOK_STORAGE_KEY, JSON.stringify({ ...JSON.parse(serializePlaybook(builtinChecklist)), schemaVersion: 99 }));
    const loaded = createPlaybookStore(() => storage).load();
    assert.equal(loaded.state, BUILTIN_STATE);
    assert.match(loaded.problem ?? "", /newer version/);
  });

  it("surfaces a full storage as a quota error, and keeps what was stored before", () => {
    const storage = new FakeStorage();
    const store = createPlaybookStore(() => storage);
    const first = custom();
    store.save(first.checklist);
    storage.failWith.set = Object.assign(new Error("The quota has been exceeded."), { name: "QuotaExceededError" });
    const second = accepted(applyEdit(first, (c) => setAreaEnabled(c, AREA, false)));
    assert.throws(
      () => store.save(second.checklist),
      (e: unknown) => e instanceof PlaybookStorageError && e.problem === "quota" && /storage in this browser is full/.test(e.message),
    );
    assert.throws(() => store.clear(), (e: unknown) => e instanceof PlaybookStorageError && e.problem === "quota");
    storage.failWith = {};
    assert.deepEqual(store.load().state.checklist, first.checklist);
  });

  it("reports disabled storage on load and on save", () => {
    const denied = () => {
      throw Object.assign(new Error("Access is denied for this document."), { name: "SecurityError" });
    };
    const store = createPlaybookStore(denied);
    const loaded = store.load();
    assert.equal(loaded.state, BUILTIN_STATE);
    assert.match(loaded.problem ?? "", /does not let the add-in keep data \(Access is denied/);
    assert.throws(() => store.save(builtinChecklist), (e: unknown) => e instanceof PlaybookStorageError && e.problem === "unavailable");
    assert.throws(() => createPlaybookStore(() => null).save(builtinChecklist), /does not let the add-in keep data/);

    const storage = new FakeStorage();
    storage.failWith.get = new Error("read failed");
    assert.match(createPlaybookStore(() => storage).load().problem ?? "", /read failed/);
  });

  it("uses its own key only", () => {
    const storage = new FakeStorage();
    storage.setItem("other", "keep");
    const store = createPlaybookStore(() => storage, "preview.playbook");
    store.save(custom().checklist);
    store.clear();
    assert.equal(storage.getItem("other"), "keep");
    assert.equal(storage.length, 1);
  });
});
