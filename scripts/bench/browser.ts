// Time from opening the preview to the first review shown, in Chromium: the production
// build of preview.html (the real task pane and the real Word adapter over the simulated
// Word API, whose round trips take 40 ms each as set in src/preview/previewSession.ts),
// served from dist/ on 127.0.0.1. Measured inside the page, from navigation start
// (performance.timeOrigin) to the moment the review summary enters the DOM, with a fresh
// browser profile per run so no cache helps.

import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { CHROMIUM, CHROMIUM_ARGS } from "../../test/browser/chromium";
import { serveDirectory } from "../../test/browser/staticServer";
import { DIST } from "./bundle";
import { rounded, summarize, type Summary } from "./stats";

const RUN_TIMEOUT_MS = 20_000;

export interface PreviewRun {
  /** Navigation start to the Review button's click (page load, script, first render, the driver's click). */
  clickMs: number;
  /** Navigation start to the review summary in the DOM: the measured figure. */
  shownMs: number;
  /** Script downloaded, parsed and run: DOMContentLoaded. */
  domContentLoadedMs: number;
  /** The enabled Review button first in the DOM: the pane is usable. */
  readyMs: number;
  /** Main-thread long tasks (over 50 ms) before the click (loading, first render) and from the click to the summary (read, review, render). */
  longTasksBeforeClickMs: number;
  longTasksAfterClickMs: number;
  /** shownMs less the driver's delay between the button being usable and the click: the app's own share. */
  withoutDriverMs: number;
}

export type PreviewReport =
  | { available: true; runs: PreviewRun[]; shown: Summary; click: Summary; withoutDriver: Summary; summaryText: string }
  | { available: false; reason: string };

// Runs in the page before its scripts: notes when the Review button is clicked and when the
// summary appears, on the page's own clock (ms since navigation start).
const PROBE = `(() => {
  const w = window;
  w.__bench = {};
  document.addEventListener("click", (e) => {
    const b = e.target && e.target.closest ? e.target.closest("button") : null;
    if (b && b.textContent && b.textContent.trim() === "Review" && w.__bench.clickAt === undefined) w.__bench.clickAt = performance.now();
  }, true);
  w.__bench.longTasks = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__bench.longTasks.push([e.startTime, e.duration]);
    }).observe({ type: "longtask", buffered: true });
  } catch (e) {}
  const seen = () => {
    if (w.__bench.readyAt === undefined) {
      for (const b of document.querySelectorAll("button")) {
        if (b.textContent && b.textContent.trim() === "Review" && !b.disabled) {
          w.__bench.readyAt = performance.now();
          break;
        }
      }
    }
    if (w.__bench.shownAt === undefined && document.querySelector('[data-testid="review-summary"]')) {
      w.__bench.shownAt = performance.now();
      w.__bench.summary = document.querySelector('[data-testid="review-summary"]').textContent;
    }
    const error = document.querySelector('[data-testid="review-error"]');
    if (w.__bench.error === undefined && error) w.__bench.error = error.textContent;
  };
  new MutationObserver(seen).observe(document, { childList: true, subtree: true });
})();`;

// Read back after the summary appeared: the probe's marks and the long tasks before and after the click.
const MEASURE = `(() => {
  const b = window.__bench;
  const nav = performance.getEntriesByType("navigation")[0];
  const click = b.clickAt === undefined ? NaN : b.clickAt;
  let before = 0, after = 0;
  for (const [t, d] of b.longTasks) {
    if (t < click) before += d;
    else if (t <= b.shownAt) after += d;
  }
  return {
    clickAt: click,
    readyAt: b.readyAt === undefined ? NaN : b.readyAt,
    shownAt: b.shownAt,
    summary: b.summary,
    dcl: nav ? nav.domContentLoadedEventEnd : NaN,
    longBefore: before,
    longAfter: after,
  };
})()`;

export async function benchPreview(runs: number, log: (s: string) => void): Promise<PreviewReport> {
  if (!fs.existsSync(path.join(DIST, "preview.html"))) return { available: false, reason: "dist/preview.html is missing (run npm run build)" };
  if (!fs.existsSync(CHROMIUM)) return { available: false, reason: `no Chromium at ${CHROMIUM} (set CHROMIUM_PATH)` };
  let chromium: typeof import("playwright-core").chromium;
  try {
    ({ chromium } = await import("playwright-core"));
  } catch (e) {
    return { available: false, reason: `playwright-core did not load: ${(e as Error).message}` };
  }
  const server = await serveDirectory(DIST);
  const results: PreviewRun[] = [];
  let summaryText = "";
  try {
    for (let r = 0; r < runs; r++) {
      log(`preview: run ${r + 1} of ${runs}`);
      const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), "alr-bench-chromium-"));
      const context = await chromium.launchPersistentContext(userDataDir, {
        executablePath: CHROMIUM,
        headless: true,
        viewport: { width: 1360, height: 860 },
        args: CHROMIUM_ARGS,
      });
      const problems: string[] = [];
      try {
        const page = context.pages()[0] ?? (await context.newPage());
        page.on("pageerror", (e) => problems.push(e.message));
        // Nothing leaves the machine: requests elsewhere are refused.
        await page.route("**/*", (route) => (route.request().url().startsWith(server.origin) ? route.continue() : route.abort()));
        await page.addInitScript(PROBE);
        await page.goto(`${server.origin}/preview.html`, { waitUntil: "commit", timeout: RUN_TIMEOUT_MS });
        // Waited for in the page, on each animation frame: a locator's click alone retries with
        // growing pauses (up to 500 ms) while the page loads, and clicked some 450 ms after the
        // button was usable, a delay of the driver's that no user's click has.
        await page.waitForFunction("window.__bench.readyAt !== undefined", undefined, { timeout: RUN_TIMEOUT_MS, polling: "raf" });
        const pane = page.getByTestId("task-pane");
        await pane.getByRole("button", { name: "Review", exact: true }).click({ timeout: RUN_TIMEOUT_MS });
        await page.waitForFunction("window.__bench.shownAt !== undefined || window.__bench.error !== undefined", undefined, {
          timeout: RUN_TIMEOUT_MS,
          polling: 50,
        });
        const error = (await page.evaluate("window.__bench.error")) as string | undefined;
        if (error !== undefined) throw new Error(`the pane showed an error instead of a review: ${error.replace(/\s+/g, " ").trim().slice(0, 300)}`);
        // A string, not a function: tsx would wrap a function's inner arrows in a helper the page lacks.
        const m = (await page.evaluate(MEASURE)) as {
          clickAt: number;
          readyAt: number;
          shownAt: number;
          summary: string;
          dcl: number;
          longBefore: number;
          longAfter: number;
        };
        if (problems.length > 0) throw new Error(`the page reported errors: ${problems.slice(0, 3).join(" | ")}`);
        results.push({
          clickMs: round(m.clickAt),
          shownMs: round(m.shownAt),
          domContentLoadedMs: round(m.dcl),
          readyMs: round(m.readyAt),
          longTasksBeforeClickMs: round(m.longBefore),
          longTasksAfterClickMs: round(m.longAfter),
          withoutDriverMs: round(m.shownAt - (m.clickAt - m.readyAt)),
        });
        summaryText = m.summary.replace(/\s+/g, " ").trim().slice(0, 200);
      } finally {
        await context.close();
        fs.rmSync(userDataDir, { recursive: true, force: true });
      }
    }
  } catch (e) {
    const msg = (e as Error).message.split("\n")[0];
    return { available: false, reason: `the preview did not show a review: ${msg}` };
  } finally {
    await server.close();
  }
  return {
    available: true,
    runs: results,
    shown: rounded(summarize(results.map((r) => r.shownMs)), 1),
    click: rounded(summarize(results.map((r) => r.clickMs)), 1),
    withoutDriver: rounded(summarize(results.map((r) => r.withoutDriverMs)), 1),
    summaryText,
  };
}

function round(x: number): number {
  return Number(x.toFixed(1));
}
