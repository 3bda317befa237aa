// The preview in a real browser: the production build of preview.html (the real task pane and
// the real Word adapter over the simulated Word API) driven the way a user would drive it.
// Needs Debian's chromium (CHROMIUM_PATH overrides /usr/bin/chromium) and dist/ from
// `npm run build` (npm run test:browser builds first).
// UPDATE_SCREENSHOT=1 also writes assets/screenshot.png for the README; every run writes
// .tmp/preview.png for inspection.

import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import type { Locator } from "playwright-core";
import { SAMPLE_AGREEMENT } from "../../src/preview/sample-agreement";
import { openInChromium } from "./previewPage";

const ROOT = path.resolve(__dirname, "../..");

const squash = (text: string) => text.replace(/\s+/g, " ").trim();

describe("preview: the task pane on the simulated Word document", function () {
  this.timeout(120_000);

  const chrome = openInChromium();

  const pane = () => chrome.page.getByTestId("task-pane");
  const documentView = () => chrome.page.getByTestId("simulated-document");
  const trackingMode = () => chrome.page.getByTestId("tracking-mode");
  const area = (id: string) => pane().locator(`[data-area="${id}"]`);
  const paragraphIndex = (prefix: string) => {
    const index = SAMPLE_AGREEMENT.findIndex((p) => p.startsWith(prefix));
    assert.ok(index >= 0, `the sample has no paragraph starting "${prefix}"`);
    return index;
  };
  async function openArea(id: string): Promise<Locator> {
    const item = area(id);
    const header = item.getByRole("button").first();
    if ((await header.getAttribute("aria-expanded")) !== "true") await header.click();
    await assert.doesNotReject(item.getByTestId("fallback").first().waitFor());
    return item;
  }

  it("says plainly that it is a preview, not Word", async () => {
    await chrome.page.getByText("PREVIEW", { exact: true }).waitFor();
    await chrome.page.getByRole("heading", { name: "Simulated Word document, not Microsoft Word" }).waitFor();
    assert.equal(await documentView().locator("[data-paragraph]").count(), SAMPLE_AGREEMENT.length);
  });

  it("reviews the sample for the licensee and shows the summary and the seventeen areas", async () => {
    await pane().getByRole("radio", { name: /^Licensee/ }).check();
    await pane().getByRole("button", { name: "Review", exact: true }).click();
    await pane().getByTestId("review-summary").waitFor();

    assert.equal(await pane().getByTestId("area").count(), 17);
    const count = async (status: string) => Number((await pane().getByTestId(`count-${status}`).innerText()).match(/\d+/)?.[0]);
    const [risk, missing, ok] = [await count("risk"), await count("missing"), await count("ok")];
    assert.equal(risk + missing + ok, 17, "the summary counts every area once");
    assert.ok(risk >= 3, `the sample is drafted against the licensee; only ${risk} areas at risk`);
    // The sample lets the provider train on customer data unless the customer opts out.
    assert.equal(await area("training-on-customer-data").locator("[data-status]").first().getAttribute("data-status"), "risk");
    // The sides are named as the agreement names its parties.
    await pane().getByRole("radio", { name: "Licensee (Customer)" }).waitFor();
    await pane().getByRole("radio", { name: "Licensor (Provider)" }).waitFor();
    // Focus moves to the result for keyboard and screen-reader users, and Tab goes on to the
    // first area, which opens with Enter.
    assert.equal(await chrome.page.evaluate(() => document.activeElement?.id), "review-summary-heading");
    await chrome.page.keyboard.press("Tab");
    const focusedArea = await chrome.page.evaluate(() => document.activeElement?.closest("[data-area]")?.getAttribute("data-area"));
    const firstArea = await pane().getByTestId("area").first().getAttribute("data-area");
    assert.equal(focusedArea, firstArea);
    const firstHeader = pane().getByTestId("area").first().getByRole("button").first();
    await chrome.page.keyboard.press("Enter");
    assert.equal(await firstHeader.getAttribute("aria-expanded"), "true");
    await chrome.page.keyboard.press("Enter");
    assert.equal(await firstHeader.getAttribute("aria-expanded"), "false");
    // Risks come first.
    assert.equal(await pane().getByTestId("area").first().locator("[data-status]").first().getAttribute("data-status"), "risk");
  });

  it("selects a finding's sentence in the document with Go to", async () => {
    const item = await openArea("training-on-customer-data");
    const finding = item.getByTestId("finding").first();
    const quoted = squash(await finding.locator("blockquote").innerText());
    await finding.getByRole("button", { name: "Go to" }).click();
    await finding.getByTestId("action-notice").waitFor();
    assert.match(await chrome.page.getByTestId("sim-status").innerText(), /characters \d+ to \d+/);
    const selected = squash((await documentView().locator("[data-selected]").allTextContents()).join(""));
    assert.equal(selected, quoted, "the selection drawn in the document is the quoted sentence");
  });

  it("inserts a fallback clause at the cursor as a tracked change and restores the tracking mode", async () => {
    // Place the cursor with the keyboard inside a clause, then with a click in the empty
    // paragraph before the signatures, where the clause goes.
    const clause123 = paragraphIndex("12.3 ");
    await documentView().locator(`[data-paragraph="${clause123}"]`).click();
    await chrome.page.keyboard.press("End");
    assert.match(
      await chrome.page.getByTestId("sim-status").innerText(),
      new RegExp(`paragraph ${clause123 + 1}, character ${SAMPLE_AGREEMENT[clause123].length}\\b`),
    );
    const target = SAMPLE_AGREEMENT.indexOf("");
    assert.ok(target > 0, "the sample has an empty paragraph");
    const paragraph = documentView().locator(`[data-paragraph="${target}"]`);
    await paragraph.click();
    assert.match(await chrome.page.getByTestId("sim-status").innerText(), new RegExp(`paragraph ${target + 1}, character 0\\b`));
    assert.equal(await paragraph.getByTestId("caret").count(), 1);
    assert.equal(await trackingMode().innerText(), "Off");

    const item = await openArea("training-on-customer-data");
    const fallback = item.getByTestId("fallback").first();
    const clause = squash(await fallback.getByTestId("fallback-text").innerText());
    await fallback.getByRole("button", { name: "Insert at cursor" }).click();
    const notice = fallback.getByTestId("action-notice");
    await notice.waitFor();
    assert.match(await notice.innerText(), /tracked change/);

    const inserted = squash((await paragraph.locator('[data-kind="inserted"]').allInnerTexts()).join(" "));
    assert.equal(inserted, clause, "the paragraph at the cursor shows the clause as a tracked insertion");
    assert.equal(await trackingMode().innerText(), "Off", "the user's tracking mode must be restored");

    // The README's picture: the pane from its top (summary, areas, this one open) beside the insertion.
    await chrome.page.setViewportSize({ width: 1360, height: 1180 });
    await pane().evaluate((el) => el.scrollTo(0, 0));
    await paragraph.evaluate((el) => el.scrollIntoView({ block: "center" }));
    await chrome.page.mouse.move(0, 0);
    fs.mkdirSync(path.join(ROOT, ".tmp"), { recursive: true });
    await chrome.page.screenshot({ path: path.join(ROOT, ".tmp", "preview.png") });
    if (process.env.UPDATE_SCREENSHOT) await chrome.page.screenshot({ path: path.join(ROOT, "assets", "screenshot.png") });
    await chrome.page.setViewportSize({ width: 1360, height: 860 });

    // Dismissing the notice returns focus to the card rather than dropping it.
    await notice.getByRole("button", { name: "Dismiss" }).click();
    await notice.waitFor({ state: "detached" });
    await chrome.page.waitForFunction(() => document.activeElement?.textContent === "Insert at cursor");
  });

  it("replaces a risky sentence with a fallback as a tracked deletion and insertion", async () => {
    const item = await openArea("training-on-customer-data");
    const finding = item.getByTestId("finding").first();
    const paragraphNumber = Number((await finding.getByText(/^Paragraph \d+$/).innerText()).match(/\d+/)?.[0]);
    const quoted = squash(await finding.locator("blockquote").innerText());
    const clause = squash(await item.getByTestId("fallback").nth(1).getByTestId("fallback-text").innerText());
    await finding.getByRole("button", { name: "Fix" }).click();
    const title = squash(await item.getByTestId("fallback").nth(1).locator("[id$='-title']").innerText()).replace(/^2\. /, "");
    await chrome.page.getByRole("group", { name: "Replace the sentence with" }).getByRole("menuitem", { name: title }).click();
    await finding.getByTestId("action-notice").waitFor();
    assert.match(await finding.getByTestId("action-notice").innerText(), /replaced as a tracked change/);
    const paragraph = documentView().locator(`[data-paragraph="${paragraphNumber - 1}"]`);
    assert.equal(squash((await paragraph.locator('[data-kind="deleted"]').allInnerTexts()).join(" ")), quoted);
    assert.ok(squash((await paragraph.locator('[data-kind="inserted"]').allInnerTexts()).join(" ")).includes(clause));
    assert.equal(await trackingMode().innerText(), "Off");
  });

  it("adds a comment on a finding", async () => {
    const item = await openArea("improvements-ownership");
    const finding = item.getByTestId("finding").first();
    const message = squash(await finding.locator("blockquote + *").innerText());
    await finding.getByRole("button", { name: "Fix" }).click();
    await chrome.page.getByRole("menuitem", { name: "Explain the issue" }).click();
    await finding.getByTestId("action-notice").waitFor();
    const comments = await documentView().getByTestId("comment").allInnerTexts();
    assert.equal(comments.length, 1);
    assert.ok(squash(comments[0]).includes(message), `comment "${comments[0]}" lacks the finding's message`);
  });

  it("shows Word's refusal when the cursor is somewhere it cannot insert, and inserts nothing", async () => {
    const before = await documentView().locator('[data-kind="inserted"]').count();
    await chrome.page.getByRole("button", { name: "Put the cursor in the header" }).click();
    const fallback = (await openArea("training-on-customer-data")).getByTestId("fallback").first();
    await fallback.getByRole("button", { name: "Insert at cursor" }).click();
    const notice = fallback.getByTestId("action-notice");
    await notice.waitFor();
    assert.match(await notice.innerText(), /Word cannot insert there[\s\S]*header/);
    assert.equal(await documentView().locator('[data-kind="inserted"]').count(), before);
    assert.equal(await trackingMode().innerText(), "Off");
  });

  it("offers Copy instead of insertion where Word cannot track an add-in's edits, and Copy works", async () => {
    await chrome.page.getByLabel("Word API level").selectOption("1.3");
    await pane().getByRole("button", { name: "Review again" }).click();
    await pane().getByTestId("review-summary").waitFor();
    const fallback = (await openArea("training-on-customer-data")).getByTestId("fallback").first();
    const insert = fallback.getByRole("button", { name: "Insert at cursor" });
    assert.equal(await insert.getAttribute("aria-disabled"), "true");
    await fallback.getByText(/Copy the clause and paste it with Track Changes on/).waitFor();
    await chrome.browser.context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: chrome.server.origin });
    await fallback.getByRole("button", { name: "Copy" }).click();
    await fallback.getByTestId("action-notice").getByText("Copied").waitFor();
    const copied = await chrome.page.evaluate(() => navigator.clipboard.readText());
    assert.equal(squash(copied), squash(await fallback.getByTestId("fallback-text").innerText()));
    await chrome.page.getByLabel("Word API level").selectOption("1.8");
  });

  it("shows what the provider's redline changed", async () => {
    await chrome.page.getByLabel("Document", { exact: true }).selectOption("redline");
    await documentView().locator('[data-kind="deleted"]').first().waitFor();
    await pane().getByRole("radio", { name: /^Licensee/ }).check();
    await pane().getByRole("button", { name: "Review", exact: true }).click();
    const changes = pane().getByTestId("redline-changes");
    await changes.waitFor();
    assert.match(await changes.innerText(), /Worse for you/);
    // The provider's new training clause is quoted, with Go to, once per area however many rules it fires.
    for (const change of await changes.locator("li").all()) {
      const quotes = (await change.locator("blockquote").allInnerTexts()).map(squash);
      assert.equal(new Set(quotes).size, quotes.length, `a sentence is listed twice: ${quotes.join(" | ")}`);
    }
    const training = changes.locator(`[data-change="training-on-customer-data"]`);
    assert.match(squash(await training.innerText()), /3\.3 Provider may use Customer Data/);
    // Findings in paragraphs that carry their tracked changes are marked as such (issue #4).
    const marked = (await openArea("training-on-customer-data")).locator('[data-testid="finding"]:has([data-testid="in-revision"])');
    assert.ok((await marked.count()) > 0, "no finding is marked as inside tracked changes");
    assert.ok(
      (await marked.allInnerTexts()).some((t) => /Provider may use Customer Data/.test(t)),
      "the provider's new training clause is not marked as inside tracked changes",
    );
  });

  it("made no request off the machine and logged no errors", () => {
    assert.deepEqual(chrome.browser.offsite, []);
    assert.deepEqual(chrome.browser.problems, []);
  });
});
