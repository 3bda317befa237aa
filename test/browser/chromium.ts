// Headless Debian Chromium for the browser tests: a fresh profile per launch, no background
// traffic, and every request that is not for the local server refused and recorded (the
// pane must not send anything off the machine; office.js requests can be answered by a stub).

import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";

export const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
export const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
/** Headless in this sandbox: without the background-networking flags Chromium keeps calling home. */
export const CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

export interface Browser {
  context: BrowserContext;
  /** Console errors and uncaught exceptions, per page, as they happen. */
  problems: string[];
  /** Requests refused because they were not for `origin`. */
  offsite: string[];
  newPage(options?: { officeJs?: string }): Promise<Page>;
  close(): Promise<void>;
}

export async function launch(origin: string): Promise<Browser> {
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), "alr-chromium-"));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1360, height: 860 },
    args: CHROMIUM_ARGS,
  });
  const problems: string[] = [];
  const offsite: string[] = [];
  const first = context.pages()[0];
  let firstUsed = false;
  return {
    context,
    problems,
    offsite,
    async newPage(options = {}) {
      const page = !firstUsed && first ? first : await context.newPage();
      firstUsed = true;
      page.on("console", (message) => {
        if (message.type() === "error") problems.push(`console: ${message.text()}`);
      });
      page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
      await page.route("**/*", (route) => {
        const url = route.request().url();
        if (url.startsWith(origin)) return route.continue();
        if (url === OFFICE_JS && options.officeJs !== undefined) {
          return route.fulfill({ contentType: "text/javascript", body: options.officeJs });
        }
        offsite.push(url);
        return route.abort();
      });
      return page;
    },
    async close() {
      await context.close();
      fs.rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
