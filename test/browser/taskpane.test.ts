// taskpane.html (the page Word loads) outside Word: how it starts when office.js is missing,
// never becomes ready, or reports no Word, and that it follows the Office theme. office.js is
// never fetched from the network here: its CDN request is refused or answered by a stub.

import assert from "node:assert/strict";
import type { Page } from "playwright-core";
import { OFFICE_JS } from "./chromium";
import { openInChromium } from "./previewPage";

/** A stand-in for office.js that only answers what the pane's start-up reads. */
function officeStub(options: { ready: "never" | { host: string | null }; background?: string }): string {
  const onReady =
    options.ready === "never"
      ? "function () { return new Promise(function () {}); }"
      : `function () { return Promise.resolve({ host: ${JSON.stringify(options.ready.host)}, platform: "PC" }); }`;
  const theme = options.background ? `{ bodyBackgroundColor: ${JSON.stringify(options.background)} }` : "undefined";
  return `window.Office = { HostType: { Word: "Word" }, onReady: ${onReady}, context: { officeTheme: ${theme} } };`;
}

/** Relative luminance of the computed background of the pane's <main>. */
async function paneLuminance(page: Page): Promise<number> {
  const rgb = await page.locator("main").evaluate((el) => getComputedStyle(el).backgroundColor);
  const [r, g, b] = (rgb.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map((c) => Number(c) / 255);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

describe("taskpane.html outside Word", function () {
  this.timeout(60_000);

  const chrome = openInChromium({ html: "taskpane.html", open: false });

  it("says Office did not load when office.js cannot be fetched, and shows the port's error on Review", async () => {
    const page = await chrome.newPage();
    await page.goto(`${chrome.server.origin}/taskpane.html`);
    await page.getByText("Office did not load").waitFor({ timeout: 3000 });
    await page.getByRole("button", { name: "Review", exact: true }).click();
    const error = page.getByTestId("review-error");
    await error.waitFor();
    assert.match(await error.innerText(), /not available here/);
    assert.equal(await error.evaluate((el) => el === document.activeElement), true, "focus moves to the error");
    assert.deepEqual(chrome.browser.offsite, [OFFICE_JS], "only office.js was requested off the machine");
    await page.close();
  });

  it("stops waiting for an office.js that never becomes ready, and says so", async () => {
    const page = await chrome.newPage({ officeJs: officeStub({ ready: "never" }) });
    const started = Date.now();
    await page.goto(`${chrome.server.origin}/taskpane.html`);
    await page.waitForTimeout(1000);
    assert.equal(await page.locator("main").count(), 0, "the pane should still be waiting for Office");
    await page.getByText("Office did not load").waitFor({ timeout: 15_000 });
    assert.ok(Date.now() - started >= 7000, "rendered before the timeout");
    await page.close();
  });

  it("follows a dark Office theme inside Word", async () => {
    const page = await chrome.newPage({ officeJs: officeStub({ ready: { host: "Word" }, background: "#1f1f1f" }) });
    await page.goto(`${chrome.server.origin}/taskpane.html`);
    await page.getByRole("heading", { name: "AI License Review" }).waitFor();
    assert.ok((await paneLuminance(page)) < 0.2, "the pane should use the dark theme");
    assert.equal(await page.getByText("Word was not detected").count(), 0);
    // The Playbook tab's editor is a chunk of its own, fetched beside taskpane.html's script.
    await page.getByRole("tab", { name: "Playbook" }).click();
    await page.getByTestId("playbook-name").waitFor();
    await page.close();
  });

  it("uses the light theme and says Word was not detected in a plain browser", async () => {
    const page = await chrome.newPage({ officeJs: officeStub({ ready: { host: null } }) });
    await page.goto(`${chrome.server.origin}/taskpane.html`);
    await page.getByText("Word was not detected").waitFor();
    assert.ok((await paneLuminance(page)) > 0.8, "the pane should use the light theme");
    await page.close();
  });

  it("logged no errors other than the refused office.js", () => {
    const unexpected = chrome.browser.problems.filter((p) => !/Failed to load resource: net::ERR_FAILED/.test(p));
    assert.deepEqual(unexpected, []);
  });
});
