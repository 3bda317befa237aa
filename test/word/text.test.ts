// The pure slicing helpers behind locating a finding.

import { strict as assert } from "node:assert";
import {
  SEARCH_LIMIT,
  clauseParagraphs,
  escapeSearch,
  occurrences,
  planSlices,
  sameText,
  searchablePrefix,
  searchableSuffix,
} from "../../src/word/text";

describe("word/text helpers", () => {
  it("keeps a short span as one search, trimmed of edge whitespace", () => {
    const plan = planSlices("  Data is kept. ", 10);
    assert.deepEqual(plan, { single: true, start: { text: "Data is kept.", at: 12 } });
  });

  it("cuts a long span into a start and an end slice within the limit, escapes counted", () => {
    const span = "^".repeat(100) + "a".repeat(300) + "^".repeat(100);
    const plan = planSlices(span, 5);
    assert.equal(plan.single, false);
    assert.ok(escapeSearch(plan.start.text).length <= SEARCH_LIMIT);
    assert.ok(escapeSearch(plan.end!.text).length <= SEARCH_LIMIT);
    assert.equal(plan.start.at, 5);
    assert.equal(plan.end!.at + plan.end!.text.length, 5 + span.length);
    assert.equal(span.slice(plan.end!.at - 5), plan.end!.text);
  });

  it("escapes carets, which start Word's special characters", () => {
    assert.equal(escapeSearch("2^3 ^p"), "2^^3 ^^p");
    assert.equal(searchablePrefix("^^^", 4), "^^");
    assert.equal(searchableSuffix("ab^", 2), "^");
  });

  it("counts occurrences left to right without overlaps, as Word numbers its hits", () => {
    assert.deepEqual(occurrences("aaaa", "aa"), [0, 2]);
    assert.deepEqual(occurrences("Data data DATA", "Data"), [0]);
    assert.deepEqual(occurrences("x", ""), []);
  });

  it("compares texts ignoring whitespace differences only", () => {
    assert.ok(sameText("A\u00a0clause\tis  here. ", "A clause is here."));
    assert.ok(!sameText("A clause is here.", "A clause is there."));
  });

  it("splits clauses into paragraphs, keeping a one-line text verbatim", () => {
    assert.deepEqual(clauseParagraphs(" solely "), [" solely "]);
    assert.deepEqual(clauseParagraphs("One.  \r\n\r\nTwo."), ["One.", "Two."]);
    assert.deepEqual(clauseParagraphs("  \n "), []);
  });
});
