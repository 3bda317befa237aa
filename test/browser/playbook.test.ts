// The playbook tab of the real task pane in the preview (production build, simulated Word
// document), driven as a user would: areas off, an invalid file refused field by field, a
// firm red flag that changes a review, persistence across a reload (localStorage), export,
// and reset. Needs Debian's chromium and dist/ from `npm run build` (npm run test:browser
// builds first). Each run launches a fresh browser profile, so no playbook is left over.

import assert from "node:assert/strict";
import fs from "node:fs";
import { builtinChecklist, parsePlaybookText, serializePlaybook } from "../../src/checklist";
import { SAMPLE_AGREEMENT } from "../../src/preview/sample-agreement";
import { openInChromium } from "./previewPage";

const TOTAL = builtinChecklist.areas.length;
const AREA_OFF = "audit-transparency";
/** Words of the sample's background recital, which no built-in rule flags. */
const FIRM_PHRASE = "freight documentation";

describe("preview: the user's playbook", function () {
  this.timeout(180_000);

  /** An area the sample does not put at risk for the licensee, found by the first review. */
  let flaggedArea: string;

  before(() => {
    assert.ok(SAMPLE_AGREEMENT.some((p) => p.toLowerCase().includes(FIRM_PHRASE)), `the sample no longer says "${FIRM_PHRASE}"`);
  });
  const chrome = openInChromium();

  const pane = () => chrome.page.getByTestId("task-pane");
  const reviewAreas = () => pane().getByTestId("area");
  const playbookName = () => pane().getByTestId("playbook-name");
  const statusOf = (id: string) => pane().locator(`[data-testid="area"][data-area="${id}"] [data-status]`).first().getAttribute("data-status");

  async function showTab(name: "Review" | "Playbook") {
    await pane().getByRole("tab", { name }).click();
    await pane().getByRole("tabpanel", { name }).waitFor();
  }

  /** Runs a review from the Review tab and waits until it shows `areas` areas. */
  async function review(areas: number) {
    await showTab("Review");
    await pane().getByRole("button", { name: /^Review( again)?$/ }).click();
    await chrome.page.waitForFunction(
      (n) => document.querySelectorAll('[data-testid="task-pane"] [data-testid="area"]').length === n,
      areas,
    );
    assert.equal(await pane().getByTestId("review-stale").count(), 0, "a fresh review is not marked stale");
  }

  async function openPlaybookArea(id: string) {
    await showTab("Playbook");
    const item = pane().locator(`[data-testid="playbook-area"][data-area="${id}"]`);
    const header = item.getByRole("button").first();
    if ((await header.getAttribute("aria-expanded")) !== "true") await header.click();
    await item.getByRole("switch", { name: "Check this area in reviews" }).waitFor();
    return item;
  }

  it("starts with the built-in checklist and reviews all its areas", async () => {
    // The Playbook tab's editor is loaded the first time the tab is opened (playbookChunk.test.ts).
    await showTab("Playbook");
    assert.equal(await playbookName().innerText(), `${builtinChecklist.title} (built-in)`);
    await review(TOTAL);
    for (const item of await reviewAreas().all()) {
      const id = (await item.getAttribute("data-area"))!;
      if (id !== AREA_OFF && (await statusOf(id)) !== "risk") {
        flaggedArea = id;
        break;
      }
    }
    assert.ok(flaggedArea, "every area of the sample is at risk; the red-flag test needs one that is not");
  });

  it("turns an area off with the keyboard: the playbook becomes custom, the review is stale, and the next review has one area less", async () => {
    const item = await openPlaybookArea(AREA_OFF);
    const toggle = item.getByRole("switch", { name: "Check this area in reviews" });
    await toggle.focus();
    await chrome.page.keyboard.press("Space");
    await item.getByTestId("area-off").waitFor();
    assert.equal(await toggle.isChecked(), false);
    assert.equal(await playbookName().innerText(), `${builtinChecklist.title} (custom)`);

    await showTab("Review");
    await pane().getByTestId("review-stale").getByText("Playbook changed — review again").waitFor();
    await review(TOTAL - 1);
    assert.equal(await pane().locator(`[data-testid="area"][data-area="${AREA_OFF}"]`).count(), 0);
  });

  it("refuses an invalid playbook file, naming the field, and keeps the playbook in use", async () => {
    await showTab("Playbook");
    const broken = JSON.parse(serializePlaybook(builtinChecklist));
    broken.title = "Broken playbook";
    delete broken.areas[3].fallbacks.licensee[1].text;
    await pane().getByTestId("playbook-file-input").setInputFiles({
      name: "broken.json",
      mimeType: "application/json",
      buffer: Buffer.from(JSON.stringify(broken)),
    });
    const error = pane().getByTestId("playbook-import-error");
    await error.waitFor();
    const text = await error.innerText();
    assert.match(text, /broken\.json was not imported/);
    assert.match(text, /areas\[3\]\.fallbacks\.licensee\[1\]\.text: required/);
    assert.equal(await error.evaluate((el) => el === document.activeElement), true, "focus moves to the errors");
    assert.equal(await playbookName().innerText(), `${builtinChecklist.title} (custom)`);
    assert.equal(await pane().locator(`[data-testid="playbook-area"][data-area="${AREA_OFF}"]`).getByTestId("area-off").count(), 1);
  });

  it("adds a firm red flag that occurs in the agreement: its area becomes a risk with the firm's finding", async () => {
    const item = await openPlaybookArea(flaggedArea);
    const section = item.getByTestId(`${flaggedArea}-red-flags-section`);
    await section.getByRole("textbox", { name: "Phrase" }).fill("Freight documentation.");
    // What is stored is shown before adding: punctuation and case go.
    await section.getByText(`Matched as: ${FIRM_PHRASE}`).waitFor();
    await section.getByRole("button", { name: "Add red flag" }).click();
    await section.getByTestId("phrase").getByText(FIRM_PHRASE, { exact: true }).waitFor();

    await review(TOTAL - 1);
    assert.equal(await statusOf(flaggedArea), "risk");
    const reviewed = pane().locator(`[data-testid="area"][data-area="${flaggedArea}"]`);
    await reviewed.getByRole("button").first().click();
    const finding = reviewed.locator(`[data-rule="${flaggedArea}/firm-freight-documentation"]`);
    assert.equal(await finding.getAttribute("data-finding-kind"), "risk");
    assert.match(await finding.innerText(), /Firm red flag: Freight documentation\./);
  });

  it("exports the playbook as a .json file that reads back with the change", async () => {
    await showTab("Playbook");
    const [download] = await Promise.all([chrome.page.waitForEvent("download"), pane().getByRole("button", { name: "Export" }).click()]);
    assert.match(download.suggestedFilename(), /\.json$/);
    const parsed = parsePlaybookText(fs.readFileSync(await download.path(), "utf8"));
    assert.ok(parsed.ok, parsed.ok ? "" : parsed.errors.join("\n"));
    const area = parsed.checklist.areas.find((a) => a.id === flaggedArea)!;
    assert.ok(area.rules.some((r) => r.id === "firm-freight-documentation"));
    assert.equal(parsed.checklist.areas.find((a) => a.id === AREA_OFF)!.enabled, false);
    await pane().getByTestId("playbook-notice").getByRole("button", { name: "Show as text" }).click();
    assert.equal(await pane().getByTestId("playbook-export-text").inputValue(), serializePlaybook(parsed.checklist));
  });

  it("edits and reorders a fallback clause from the keyboard, and the review offers it", async () => {
    const item = await openPlaybookArea(flaggedArea);
    const ladder = item.locator('[data-testid="fallback-ladder"][data-side="licensee"]');
    const first = ladder.getByTestId("fallback-editor").first();
    const id = (await first.getAttribute("data-fallback"))!;
    await first.getByRole("textbox", { name: "Title" }).fill("Firm standard position");
    await first.getByRole("button", { name: "Save" }).click();
    await first.getByText("1. Firm standard position").waitFor();

    await first.getByRole("button", { name: "Move down: Firm standard position" }).focus();
    await chrome.page.keyboard.press("Enter");
    const moved = ladder.locator(`[data-fallback="${id}"]`);
    await moved.getByText("2. Firm standard position").waitFor();
    // Focus stays on the control that moved the clause, though the clause moved in the page.
    assert.equal(await moved.getByRole("button", { name: "Move down: Firm standard position" }).evaluate((el) => el === document.activeElement), true);

    await review(TOTAL - 1);
    const reviewed = pane().locator(`[data-testid="area"][data-area="${flaggedArea}"]`);
    if ((await reviewed.getByRole("button").first().getAttribute("aria-expanded")) !== "true") await reviewed.getByRole("button").first().click();
    const titles = await reviewed.getByTestId("fallback").locator("[id$='-title']").allInnerTexts();
    assert.equal(titles[1], "2. Firm standard position");
  });

  it("keeps the custom playbook after the page is reloaded", async () => {
    await chrome.page.reload();
    await showTab("Playbook");
    assert.equal(await playbookName().innerText(), `${builtinChecklist.title} (custom)`);
    await review(TOTAL - 1);
    assert.equal(await statusOf(flaggedArea), "risk");
  });

  it("resets to the built-in checklist after confirmation, and reviews all areas again", async () => {
    await showTab("Playbook");
    await pane().getByRole("button", { name: "Reset to built-in" }).click();
    const confirm = pane().getByTestId("playbook-confirm");
    await confirm.waitFor();
    await confirm.getByRole("button", { name: "Reset" }).click();
    assert.equal(await playbookName().innerText(), `${builtinChecklist.title} (built-in)`);
    await review(TOTAL);
    assert.notEqual(await statusOf(flaggedArea), "risk");
    await chrome.page.reload();
    await showTab("Playbook");
    assert.equal(await playbookName().innerText(), `${builtinChecklist.title} (built-in)`);
  });

  it("made no request off the machine and logged no errors", () => {
    assert.deepEqual(chrome.browser.offsite, []);
    assert.deepEqual(chrome.browser.problems, []);
  });
});
