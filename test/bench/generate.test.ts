// The benchmark's agreement generator (scripts/bench/generate.ts) keeps the promises its
// figures rest on: the same seed gives the same text, a page is about 500 words, every area
// of the checklist is drafted, and long agreements are not one page repeated.

import { strict as assert } from "node:assert";
import { builtinChecklist } from "../../src/checklist";
import { SECTIONS } from "../../scripts/bench/clause-bank";
import { distinctSentences, generateAgreement, WORDS_PER_PAGE } from "../../scripts/bench/generate";
import { summarize } from "../../scripts/bench/stats";
import { readBudget } from "../../scripts/bench/word";

describe("bench: generated agreements", () => {
  it("are reproducible: the same pages and seed give the same paragraphs, another seed other ones", () => {
    assert.deepEqual(generateAgreement(10, 7).paragraphs, generateAgreement(10, 7).paragraphs);
    assert.notDeepEqual(generateAgreement(10, 7).paragraphs, generateAgreement(10, 8).paragraphs);
  });

  it("have about 500 words a page", () => {
    for (const pages of [10, 100]) {
      const { words } = generateAgreement(pages);
      const target = pages * WORDS_PER_PAGE;
      assert.ok(words >= target && words < target * 1.1, `${pages} pages: ${words} words`);
    }
  });

  it("draft clauses for every area of the built-in checklist", () => {
    const banked = new Set(SECTIONS.map((s) => s.area));
    for (const area of builtinChecklist.areas) assert.ok(banked.has(area.id), `the clause bank has no clauses for ${area.id}`);
  });

  it("leave no template slot unfilled and no alternative unexpanded", () => {
    const text = generateAgreement(100).paragraphs.join("\n");
    assert.doesNotMatch(text, /[{}[\]|]/);
  });

  it("repeat few sentences, even at 100 pages", () => {
    const { total, distinct } = distinctSentences(generateAgreement(100).paragraphs);
    assert.ok(total > 1500, `${total} sentences`);
    assert.ok(distinct / total > 0.97, `${((100 * distinct) / total).toFixed(1)}% distinct`);
  });
});

describe("bench: helpers", () => {
  it("summarises samples with the median and nearest-rank percentiles", () => {
    const s = summarize([5, 1, 4, 2, 3, 10, 6, 7, 9, 8]);
    assert.deepEqual(s, { runs: 10, median: 5.5, min: 1, max: 10, p10: 1, p90: 9 });
    assert.equal(summarize([3, 1, 2]).median, 2);
  });

  it("allows 2 round trips to read up to 1,000 paragraphs and one more per further 1,000", () => {
    assert.equal(readBudget(10), 2);
    assert.equal(readBudget(1000), 2);
    assert.equal(readBudget(1001), 3);
    assert.equal(readBudget(5000), 6);
  });
});
