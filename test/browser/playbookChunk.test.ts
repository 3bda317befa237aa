// The Playbook tab's editor is a chunk of its own, loaded with React.lazy: the preview shows
// its first review without requesting it, fetches it from the page's folder the first time
// the tab is opened, and, when it cannot be fetched, says so in the tab (not a blank panel)
// and loads it on "Try again". Needs Debian's chromium and dist/ from `npm run build`.

import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { DIST, openInChromium } from "./previewPage";

/** The chunk webpack emits for the Playbook tab (webpackChunkName "playbook", content-hashed). */
const PLAYBOOK_CHUNK = /^\/playbook\.[0-9a-f]{8}\.js$/;

function scriptsOf(page: string): string[] {
  const html = fs.readFileSync(path.join(DIST, page), "utf8");
  // The production HTML is minified, which drops attribute quotes where it can.
  return [...html.matchAll(/<script\b[^>]*?\bsrc=(?:"([^"]+)"|'([^']+)'|([^\s>]+))/g)].map((m) => `/${m[1] ?? m[2] ?? m[3]}`);
}

describe("preview: the Playbook tab is loaded when first opened", function () {
  this.timeout(120_000);

  const chrome = openInChromium({ open: false });

  /** Paths of the scripts the page requests, in order. */
  function scriptRequests(page: Page): string[] {
    const scripts: string[] = [];
    page.on("request", (request) => {
      if (request.resourceType() === "script") scripts.push(new URL(request.url()).pathname);
    });
    return scripts;
  }

  it("shows the first review without requesting the playbook chunk, and requests it when the tab is opened", async () => {
    const page = await chrome.newPage();
    const scripts = scriptRequests(page);
    await page.goto(`${chrome.server.origin}/preview.html`);
    const pane = page.getByTestId("task-pane");
    await pane.getByRole("button", { name: "Review", exact: true }).click();
    await pane.getByTestId("review-summary").waitFor();
    assert.deepEqual(scripts, scriptsOf("preview.html"), "before the Playbook tab is opened, only the page's own script is loaded");

    await pane.getByRole("tab", { name: "Playbook" }).click();
    await pane.getByTestId("playbook-name").waitFor();
    const chunks = scripts.slice(scriptsOf("preview.html").length);
    assert.ok(chunks.some((s) => PLAYBOOK_CHUNK.test(s)), `the Playbook tab loaded no playbook chunk: ${chunks.join(", ")}`);
    for (const chunk of chunks) assert.match(chunk, /^\/[\w-]+\.[0-9a-f]{8}\.js$/, "chunks are served from the page's folder, content-hashed");

    // Switching tabs keeps the editor: nothing is requested again.
    await pane.getByRole("tab", { name: "Review" }).click();
    await pane.getByRole("tab", { name: "Playbook" }).click();
    await pane.getByTestId("playbook-name").waitFor();
    assert.equal(scripts.length, scriptsOf("preview.html").length + chunks.length);
    assert.deepEqual(chrome.browser.problems, []);
    await page.close();
  });

  it("fetches the chunk from the page's folder when dist/ is served under a path, as at ADDIN_PUBLIC_URL", async () => {
    // dist/ as deployed under a path: requests below the folder are answered from the root.
    const page = await chrome.newPage({ under: "/ai-license-review/" });
    const scripts = scriptRequests(page);
    await page.goto(`${chrome.server.origin}/ai-license-review/preview.html`);
    const pane = page.getByTestId("task-pane");
    await pane.getByRole("tab", { name: "Playbook" }).click();
    await pane.getByTestId("playbook-name").waitFor();
    assert.ok(scripts.length > 1 && scripts.every((s) => s.startsWith("/ai-license-review/")), `scripts outside the folder: ${scripts.join(", ")}`);
    assert.ok(scripts.some((s) => PLAYBOOK_CHUNK.test(s.replace("/ai-license-review", ""))));
    await page.close();
  });

  it("says the tab could not be loaded when its chunk does not arrive, and loads it on Try again", async () => {
    const page = await chrome.newPage();
    const offline = (url: URL) => PLAYBOOK_CHUNK.test(url.pathname);
    await page.route(offline, (route) => route.abort("internetdisconnected"));
    await page.goto(`${chrome.server.origin}/preview.html`);
    const pane = page.getByTestId("task-pane");
    await pane.getByRole("tab", { name: "Playbook" }).click();
    const error = pane.getByTestId("playbook-tab-error");
    await error.waitFor();
    assert.match(await error.innerText(), /The Playbook tab could not be loaded[\s\S]*Check the connection/);
    assert.equal(await pane.getByTestId("playbook-name").count(), 0);

    // The Review tab still works, with the playbook in use.
    await pane.getByRole("tab", { name: "Review" }).click();
    await pane.getByRole("button", { name: "Review", exact: true }).click();
    await pane.getByTestId("review-summary").waitFor();

    await page.unroute(offline);
    await pane.getByRole("tab", { name: "Playbook" }).click();
    await error.getByRole("button", { name: "Try again" }).click();
    await pane.getByTestId("playbook-name").waitFor();
    assert.equal(await error.count(), 0);
    await page.close();
  });

  it("logged no errors other than the refused chunk", () => {
    const unexpected = chrome.browser.problems.filter(
      (p) => !/Failed to load resource: net::ERR_INTERNET_DISCONNECTED/.test(p) && !/ChunkLoadError|Loading chunk \S+ failed/.test(p),
    );
    assert.deepEqual(unexpected, []);
    assert.deepEqual(chrome.browser.offsite, []);
  });
});
