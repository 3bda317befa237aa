// An area with many findings in the real pane: the first 25 are rendered, "Show N more" adds
// up to 25 at a time, the engine's order (risks before mentions) is kept, and Go to works on
// the cards shown later. The preview's sample gets extra training clauses through the
// simulated Word API, so that one area has exactly 60 findings. Needs Debian's chromium and
// dist/ from `npm run build`.

import assert from "node:assert/strict";
import { builtinChecklist } from "../../src/checklist";
import { review } from "../../src/engine";
import { SAMPLE_AGREEMENT } from "../../src/preview/sample-agreement";
import { openInChromium } from "./previewPage";

const AREA = "training-on-customer-data";
const FINDINGS = 60;
const clause = (n: number) => `${20 + n}.1 Provider may use Customer Data to train the Models for release ${n + 1}.`;

const squash = (text: string) => text.replace(/\s+/g, " ").trim();

/** The paragraphs to append so that the area has FINDINGS findings for the licensee, and those findings in the engine's order. */
function plan(): { added: string[]; quotes: string[] } {
  const findingsOf = (paragraphs: string[]) =>
    review({ paragraphs }, builtinChecklist, { perspective: "licensee" }).areas.find((a) => a.id === AREA)!.findings;
  const base = findingsOf([...SAMPLE_AGREEMENT]).length;
  const added = Array.from({ length: FINDINGS - base }, (_, i) => clause(i));
  const findings = findingsOf([...SAMPLE_AGREEMENT, ...added]);
  assert.equal(findings.length, FINDINGS, `each added clause should give the area one finding (the sample gives ${base})`);
  assert.ok(findings.some((f) => f.kind !== "risk"), "the test needs mentions as well as risks, to see their order kept");
  return { added, quotes: findings.map((f) => squash(f.text)) };
}

describe("preview: an area with many findings is listed a page at a time", function () {
  this.timeout(120_000);

  const chrome = openInChromium();

  const pane = () => chrome.page.getByTestId("task-pane");
  const area = () => pane().locator(`[data-testid="area"][data-area="${AREA}"]`);
  const cards = () => area().getByTestId("finding");
  const showMore = () => area().getByTestId("show-more-findings");

  /** Go to on the n-th card (from 0) selects its quoted sentence in the document. */
  async function goTo(n: number) {
    const card = cards().nth(n);
    await card.getByRole("button", { name: "Go to" }).click();
    await card.getByTestId("action-notice").waitFor();
    const selected = squash((await chrome.page.getByTestId("simulated-document").locator("[data-selected]").allTextContents()).join(""));
    assert.equal(selected, squash(await card.locator("blockquote").innerText()), `Go to on card ${n + 1} selects its sentence`);
  }

  it("shows 25 findings, then 50 after Show 25 more, then all 60 after Show 10 more, in the engine's order", async () => {
    const { added, quotes } = plan();
    // Appended through the same Word API the add-in uses; a string, so the page needs no helper of tsx's.
    await chrome.page.evaluate(`Word.run((context) => {
      for (const text of ${JSON.stringify(added)}) context.document.body.insertParagraph(text, "End");
      return context.sync();
    })`);
    assert.equal(await chrome.page.getByTestId("simulated-document").locator("[data-paragraph]").count(), SAMPLE_AGREEMENT.length + added.length);

    await pane().getByRole("radio", { name: /^Licensee/ }).check();
    await pane().getByRole("button", { name: "Review", exact: true }).click();
    await pane().getByTestId("review-summary").waitFor();
    await area().getByRole("button").first().click();

    await cards().first().waitFor();
    assert.equal(await cards().count(), 25);
    assert.equal(await showMore().innerText(), "Show 25 more");
    assert.equal(await area().getByTestId("findings-shown").innerText(), `25 of ${FINDINGS} findings shown`);
    await goTo(24);

    await showMore().click();
    assert.equal(await cards().count(), 50);
    // Focus goes to the first card added, where a keyboard user carries on.
    assert.equal(await cards().nth(25).getByRole("button", { name: "Go to" }).evaluate((el) => el === document.activeElement), true);
    assert.equal(await showMore().innerText(), "Show 10 more");
    await goTo(49);

    await showMore().click();
    assert.equal(await cards().count(), 60);
    assert.equal(await showMore().count(), 0);
    const shown = (await cards().locator("blockquote").allInnerTexts()).map(squash);
    assert.deepEqual(shown, quotes, "the cards are the engine's findings in the engine's order");
    const kinds = await cards().evaluateAll((els) => els.map((el) => el.getAttribute("data-finding-kind")));
    assert.ok(kinds.lastIndexOf("risk") < kinds.findIndex((k) => k !== "risk"), `risks are listed before mentions: ${kinds.join(",")}`);
    await goTo(59);
  });

  it("made no request off the machine and logged no errors", () => {
    assert.deepEqual(chrome.browser.offsite, []);
    assert.deepEqual(chrome.browser.problems, []);
  });
});
