// Renders assets/icon.svg to the PNG sizes the manifest and the store need, with the
// same headless Chromium the browser tests use. Run by hand after editing the SVG:
//   node assets/render-icons.js
// The PNGs are committed, so neither the build nor `npm install` needs Chromium.
"use strict";
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const { chromium } = require("playwright-core");

const SIZES = [16, 32, 64, 80, 128];

async function main() {
  const svg = fs.readFileSync(path.join(__dirname, "icon.svg"), "utf8");
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), "alr-icons-"));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--no-first-run"],
  });
  try {
    const page = await context.newPage();
    for (const size of SIZES) {
      await page.setViewportSize({ width: size, height: size });
      const sized = svg.replace(/width="64" height="64"/, `width="${size}" height="${size}"`);
      await page.setContent(
        `<html><body style="margin:0;background:transparent">${sized}</body></html>`,
      );
      const file = path.join(__dirname, `icon-${size}.png`);
      await page.locator("svg").screenshot({ path: file, omitBackground: true });
      console.log(`wrote ${path.relative(process.cwd(), file)}`);
    }
  } finally {
    await context.close();
    fs.rmSync(userDataDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
