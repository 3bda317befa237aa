import { strict as assert } from "node:assert";
import * as React from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { Accordion, FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { AreaReview, Finding, FindingKind } from "../../src/engine/types";
import type { Capabilities } from "../../src/word/port";
import type { DocumentActions } from "../../src/taskpane/hooks/useDocumentActions";
import { AreaItem } from "../../src/taskpane/components/AreaItem/AreaItem";
import { FINDINGS_PAGE, moreCount } from "../../src/taskpane/components/FindingList/paging";

// The click-through (25, 50, 60 cards, focus, Go to on later cards) runs in the real pane in
// test/browser/findingPages.test.ts; here, the paging arithmetic and the first render, with
// React's server renderer (the unit tests have no DOM).

const CAPABILITIES: Capabilities = { trackedInsert: true, comments: true, reviewedText: true, trackedChangeList: true, limits: [] };
const IDLE_ACTIONS = { pending: null, outcome: null } as unknown as DocumentActions;

/**
 * An area with `risks` risks then `mentions` mentions, as the engine orders them; paragraph
 * numbers fall, so a list that re-sorted by position would show them in another order.
 */
function areaWith(risks: number, mentions = 0): AreaReview {
  const finding = (i: number, kind: FindingKind): Finding => ({
    ruleId: `area/${kind}`,
    kind,
    severity: "high",
    message: `Message ${i + 1}`,
    paragraph: 1000 - i,
    start: 0,
    end: 12,
    text: `Sentence ${i + 1}.`,
  });
  const findings = Array.from({ length: risks + mentions }, (_, i) => finding(i, i < risks ? "risk" : "mention"));
  return { id: "area", title: "Area", status: "risk", severity: "high", why: "Why it matters.", findings, fallbacks: [] };
}

/** AreaItem open, as the pane renders it; returns the quoted sentences, the cards' kinds and the Show more label. */
function renderOpen(area: AreaReview) {
  const html = renderToStaticMarkup(
    React.createElement(
      FluentProvider,
      { theme: webLightTheme },
      React.createElement(
        Accordion,
        { defaultOpenItems: [area.id] },
        React.createElement(AreaItem, { area, capabilities: CAPABILITIES, actions: IDLE_ACTIONS }),
      ),
    ),
  );
  return {
    quotes: [...html.matchAll(/<blockquote[^>]*>([^<]*)<\/blockquote>/g)].map((m) => m[1]),
    kinds: [...html.matchAll(/data-finding-kind="(\w+)"/g)].map((m) => m[1]),
    more: html.match(/Show \d+ more/)?.[0],
    shown: html.match(/\d+ of \d+ findings shown/)?.[0],
  };
}

describe("taskpane findings list: pages of 25", () => {
  it("shows 25 findings of 60, then 50 after one Show more, then 60", () => {
    assert.equal(FINDINGS_PAGE, 25);
    const total = 60;
    const steps: Array<[number, number]> = [];
    let shown = Math.min(FINDINGS_PAGE, total);
    for (let more = moreCount(shown, total); more > 0; more = moreCount(shown, total)) {
      steps.push([shown, more]);
      shown += more;
    }
    steps.push([shown, moreCount(shown, total)]);
    assert.deepEqual(steps, [
      [25, 25],
      [50, 10],
      [60, 0],
    ]);
  });

  it("offers a page, or what is left, and nothing once all are shown", () => {
    assert.equal(moreCount(25, 26), 1);
    assert.equal(moreCount(25, 25), 0);
    assert.equal(moreCount(3, 3), 0);
    assert.equal(moreCount(25, 1000), 25);
    assert.equal(moreCount(975, 1000), 25);
    assert.equal(moreCount(1000, 1000), 0);
  });

  it("renders the first 25 of a 60-finding area in the engine's order, with Show 25 more", () => {
    const area = areaWith(40, 20);
    const { quotes, kinds, more, shown } = renderOpen(area);
    assert.deepEqual(
      quotes,
      area.findings.slice(0, 25).map((f) => f.text),
    );
    assert.deepEqual(kinds, Array(25).fill("risk"));
    assert.equal(more, "Show 25 more");
    assert.equal(shown, "25 of 60 findings shown");
  });

  it("keeps risks before mentions across the first page", () => {
    const area = areaWith(20, 40);
    const { quotes, kinds, more } = renderOpen(area);
    assert.deepEqual(quotes, area.findings.slice(0, 25).map((f) => f.text));
    assert.deepEqual(kinds, [...Array(20).fill("risk"), ...Array(5).fill("mention")]);
    assert.equal(more, "Show 25 more");
  });

  it("renders every finding, with no Show more, when there are 25 or fewer", () => {
    for (const n of [1, 24, 25]) {
      const { quotes, more, shown } = renderOpen(areaWith(n));
      assert.equal(quotes.length, n);
      assert.equal(more, undefined);
      assert.equal(shown, undefined);
    }
    assert.equal(renderOpen(areaWith(26)).more, "Show 1 more");
  });
});
