// Checks of what `npm run build` produced (test:browser builds first): the task pane's
// size budget, office.js coming from Microsoft's CDN and never bundled, and dist/manifest.xml
// pointing every URL at the public address with a file behind each one.

import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { DOMParser } from "@xmldom/xmldom";

const ROOT = path.resolve(__dirname, "../..");
const DIST = path.join(ROOT, "dist");
const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
/** The task pane's budget: what Word downloads before the pane can show anything. */
const TASKPANE_BUDGET_GZIP = 400 * 1024;

interface WebpackConfigModule {
  PLACEHOLDER_PUBLIC_URL: string;
  normalizePublicUrl(url: string): string;
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const webpackConfig = require(path.join(ROOT, "webpack.config.js")) as WebpackConfigModule;

function scriptsOf(page: string): string[] {
  const html = fs.readFileSync(path.join(DIST, page), "utf8");
  // The production HTML is minified, which drops attribute quotes where it can.
  return [...html.matchAll(/<script\b[^>]*?\bsrc=(?:"([^"]+)"|'([^']+)'|([^\s>]+))/g)].map((m) => m[1] ?? m[2] ?? m[3]);
}

describe("dist/ (production build)", () => {
  before(function () {
    if (!fs.existsSync(path.join(DIST, "taskpane.html"))) {
      throw new Error("dist/ is missing: run `npm run build` (npm run test:browser does it first)");
    }
  });

  it(`keeps the task pane's JavaScript under ${TASKPANE_BUDGET_GZIP / 1024} KB gzipped`, () => {
    const local = scriptsOf("taskpane.html").filter((src) => !/^https?:/.test(src));
    assert.ok(local.length > 0, "taskpane.html loads no bundle");
    let total = 0;
    for (const src of local) total += zlib.gzipSync(fs.readFileSync(path.join(DIST, src)), { level: 9 }).length;
    console.log(`      task pane JS: ${(total / 1024).toFixed(1)} KB gzipped (${local.join(", ")})`);
    assert.ok(total < TASKPANE_BUDGET_GZIP, `task pane JS is ${(total / 1024).toFixed(1)} KB gzipped`);
  });

  it("names every script with a content hash, including the chunks loaded on demand", () => {
    // Office caches add-in files aggressively: a new deployment must change every URL it changed.
    const scripts = fs.readdirSync(DIST).filter((f) => f.endsWith(".js"));
    for (const file of scripts) assert.match(file, /^[\w-]+\.[0-9a-f]{8}\.js$/, `${file} has no content hash`);
    const initial = new Set(["taskpane.html", "commands.html", "preview.html"].flatMap(scriptsOf));
    const onDemand = scripts.filter((f) => !initial.has(f));
    assert.ok(onDemand.some((f) => f.startsWith("playbook.")), `no playbook chunk in dist/: ${scripts.join(", ")}`);
    let total = 0;
    for (const f of onDemand) total += zlib.gzipSync(fs.readFileSync(path.join(DIST, f)), { level: 9 }).length;
    console.log(`      loaded on demand (the Playbook tab): ${(total / 1024).toFixed(1)} KB gzipped (${onDemand.join(", ")})`);
  });

  it("loads office.js from Microsoft's CDN in the pane and the function file, and never bundles it", () => {
    for (const page of ["taskpane.html", "commands.html"]) {
      const scripts = scriptsOf(page);
      assert.equal(scripts[0], OFFICE_JS, `${page} must load office.js first`);
      assert.equal(scripts.filter((s) => /^https?:/.test(s)).length, 1, `${page} loads other remote scripts`);
    }
    assert.ok(!scriptsOf("preview.html").some((s) => s.includes("office")), "the preview must not load office.js");
    for (const file of fs.readdirSync(DIST).filter((f) => f.endsWith(".js"))) {
      // office.js builds its script URLs from its CDN's host name; our bundles only read the
      // Office global and never mention the CDN, so the name in a bundle means office.js got in.
      assert.ok(!fs.readFileSync(path.join(DIST, file), "utf8").includes("appsforoffice.microsoft.com"), `${file} contains office.js`);
    }
  });

  it("writes a manifest whose every URL is under the public URL and names a built file", () => {
    const publicUrl = webpackConfig.normalizePublicUrl(process.env.ADDIN_PUBLIC_URL || webpackConfig.PLACEHOLDER_PUBLIC_URL);
    const xml = fs.readFileSync(path.join(DIST, "manifest.xml"), "utf8");
    assert.ok(!xml.includes("localhost"), "dist/manifest.xml still points at localhost");
    const doc = new DOMParser().parseFromString(xml, "text/xml");
    const urls: string[] = [];
    for (const el of Array.from(doc.getElementsByTagName("*") as unknown as ArrayLike<Element>)) {
      const value = el.getAttribute("DefaultValue");
      if (value && /^https?:\/\//.test(value)) urls.push(value);
    }
    assert.ok(urls.length >= 8, `expected the manifest's URLs, found ${urls.length}`);
    for (const url of urls) {
      assert.ok(url.startsWith(publicUrl), `${url} is not under ${publicUrl}`);
      const file = path.join(DIST, url.slice(publicUrl.length));
      assert.ok(fs.existsSync(file), `${url}: dist/ has no ${path.relative(DIST, file)}`);
    }
  });
});
