import { strict as assert } from "node:assert";
import { compilePattern, PatternError } from "../../src/engine";
import { ConceptSpans, matchAt } from "../../src/engine/patterns";
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
