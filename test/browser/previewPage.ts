// The set-up every browser suite shares: dist/ from `npm run build` served on a local port,
// a fresh Debian Chromium launched against it, and (unless the suite opens its own pages) one
// page opened on the built HTML before the tests. Registers the suite's mocha before/after
// hooks; call it inside `describe`, and read page, browser and server once the tests run.

import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { CHROMIUM, launch, type Browser } from "./chromium";
import { serveDirectory, type StaticServer } from "./staticServer";

export const DIST = path.resolve(__dirname, "../../dist");

export interface PageOptions {
  /** A stand-in for office.js, answered instead of refusing its CDN request. */
  officeJs?: string;
  /** dist/ as deployed under a path (as at ADDIN_PUBLIC_URL), e.g. "/ai-license-review/": requests below it are answered from the root. */
  under?: string;
}

export interface ChromiumSuiteOptions extends PageOptions {
  /** The built page the suite needs, checked before anything starts, and the one opened before the tests. */
  html?: "preview.html" | "taskpane.html";
  /** false: no page is opened before the tests; each test opens its own with `newPage`. */
  open?: boolean;
}

export interface ChromiumSuite {
  readonly server: StaticServer;
  readonly browser: Browser;
  /** The page opened on `html` before the tests (not with `open: false`). */
  readonly page: Page;
  /** A new page of the browser, with `under` mapped onto the server's root; not navigated. */
  newPage(options?: PageOptions): Promise<Page>;
}

export function openInChromium(options: ChromiumSuiteOptions = {}): ChromiumSuite {
  const { html = "preview.html", open = true } = options;
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  let page: Page | undefined;

  const started = <T>(value: T | undefined, what: string): T => {
    assert.ok(value, `${what} is not there: the suite's before() has not run, or failed`);
    return value;
  };

  const suite: ChromiumSuite = {
    get server() {
      return started(server, "the static server");
    },
    get browser() {
      return started(browser, "the browser");
    },
    get page() {
      assert.ok(open, "this suite opens no page before its tests (open: false): use newPage");
      return started(page, "the page");
    },
    async newPage({ officeJs, under } = {}) {
      const origin = suite.server.origin;
      const opened = await suite.browser.newPage({ officeJs });
      if (under) {
        // The static server only serves the root, so map the folder onto it.
        const folder = `${origin}${under}`;
        await opened.route(`${folder}**`, async (route) => {
          const response = await route.fetch({ url: route.request().url().replace(folder, `${origin}/`) });
          await route.fulfill({ response });
        });
      }
      return opened;
    },
  };

  before(async () => {
    assert.ok(fs.existsSync(path.join(DIST, html)), `dist/${html} is missing: run \`npm run build\` first`);
    assert.ok(fs.existsSync(CHROMIUM), `no chromium at ${CHROMIUM} (sudo apt-get install chromium, or set CHROMIUM_PATH)`);
    server = await serveDirectory(DIST);
    browser = await launch(server.origin);
    if (open) {
      page = await suite.newPage(options);
      await page.goto(`${server.origin}${options.under ?? "/"}${html}`);
    }
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  return suite;
}
