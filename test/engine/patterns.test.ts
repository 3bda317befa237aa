import { strict as assert } from "node:assert";
import { compilePattern, PatternError } from "../../src/engine";
import { ConceptSpans, matchAt, PatternIndex } from "../../src/engine/patterns";
import { tokenizeInto, TokenList, WordTable } from "../../src/engine/text";

function matches(pattern: string, text: string): boolean {
  const p = compilePattern(pattern);
  const tokens = new TokenList(new WordTable());
  tokenizeInto(text, 0, text.length, tokens);
  const spans = new ConceptSpans();
  spans.reset(tokens.length);
  for (let i = 0; i < tokens.length; i++) if (matchAt(p, tokens, spans, i) >= 0) return true;
  return false;
}

describe("engine: phrase patterns", () => {
  const cases: Array<[string, string, string, boolean]> = [
    ["literal words match case-insensitively", "as is", 'PROVIDED "AS IS" AND "AS AVAILABLE"', true],
    ["a stem matches its inflections", "train*", "will be used for training purposes", true],
    ["alternatives", "may|can use", "Provider can use it", true],
    ["a gap spans up to six words", "may ... use", "may, without notice or any further consent, use", true],
    ["a gap does not span seven", "may ... use", "may one two three four five six seven use", false],
    ["a sized gap", "retains ...8 output", "retains all right, title and interest in and to Output", true],
    ["a hyphenated pattern matches both spellings", "opt-out", "Customer may opt out at any time", true],
    ["words must be whole", "use", "Provider may reuse it", false],
  ];
  for (const [description, pattern, text, expected] of cases) {
    it(description, () => assert.equal(matches(pattern, text), expected));
  }

  it("rejects what is not a phrase, with a reason", () => {
    for (const bad of ["(a|b)+", "tr*", "{nonsense}", "...", "a||b"]) {
      assert.throws(() => compilePattern(bad), PatternError, bad);
    }
  });
});

describe("engine: pattern index", () => {
  // A pattern through a word, one through a stem and the same pattern reachable twice ("train|train*").
  const sources = ["use ... customer data", "train*", "train|train* on", "data"];
  const text = "Provider may use Customer Data to train on it and will not train models on other data.";

  function scanOnce(index: PatternIndex): string[] {
    const tokens = new TokenList(new WordTable());
    tokenizeInto(text, 0, text.length, tokens);
    const spans = new ConceptSpans();
    spans.reset(tokens.length);
    const hits: string[] = [];
    index.begin();
    index.scan(tokens, spans, { hit: (owner, start, end) => hits.push(`${sources[owner]} ${start}-${end}`) });
    return hits;
  }

  function indexOf(): PatternIndex {
    const index = new PatternIndex();
    sources.forEach((s, owner) => index.add(compilePattern(s), owner));
    return index;
  }

  it("finds every occurrence once per start, in the same order document after document", () => {
    const index = indexOf();
    const first = scanOnce(index);
    // At a token, patterns that start with its word come before those that start with its stem.
    assert.deepEqual(first, ["use ... customer data 2-5", "data 4-5", "train|train* on 6-8", "train* 6-7", "train* 12-13", "data 16-17"]);
    assert.deepEqual(scanOnce(index), first);
  });

  it("gives the same hits after its marks restart, long before they could overflow", () => {
    const index = indexOf();
    const first = scanOnce(index);
    // Stamps and sentence numbers only grow; past 2^30 the next document restarts them all.
    const marks = index as unknown as { stamp: number; sentence: number };
    marks.stamp = 2 ** 30 + 7;
    marks.sentence = 2 ** 30 + 3;
    assert.deepEqual(scanOnce(index), first);
    assert.ok(marks.stamp < 1000 && marks.sentence < 10, `marks restarted (stamp ${marks.stamp}, sentence ${marks.sentence})`);
  });
});
