#!/usr/bin/env node
// `npm start`: run the add-in where it can run.
//   Linux (no Word there): the preview, the real task pane beside a simulated Word document,
//     on http://localhost:3000/ (PORT and HOST change it).
//   Windows and macOS: registers manifest.xml for sideloading where that can be done from a
//     script, prints the manual steps for the rest, and starts the HTTPS server Word loads
//     the pane from (https://localhost:3000, fixed because manifest.xml names it).
// Options: --preview or --word force a mode; --no-sideload skips the registration.
// No office-addin-debugging here: it does not support Linux and its dependencies need a
// native build (keytar), so the sideloading is done here by hand.
"use strict";

const { spawn, execFileSync } = require("node:child_process");
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");

const ROOT = path.resolve(__dirname, "..");
const MANIFEST = path.join(ROOT, "manifest.xml");
const args = new Set(process.argv.slice(2));

if (args.has("--help") || args.has("-h")) {
  console.log("usage: npm start [-- --preview | --word] [--no-sideload]");
  process.exit(0);
}

const mode = args.has("--preview") ? "preview" : args.has("--word") ? "word" : process.platform === "linux" ? "preview" : "word";

function manifestId() {
  const match = /<Id>([^<]+)<\/Id>/.exec(fs.readFileSync(MANIFEST, "utf8"));
  if (!match) throw new Error("manifest.xml has no <Id>");
  return match[1].trim();
}

/** Word for Mac loads every manifest in this folder (Microsoft's documented sideloading path). */
function sideloadMac() {
  const container = path.join(os.homedir(), "Library", "Containers", "com.microsoft.Word");
  if (!fs.existsSync(container)) {
    return "Word for Mac was not found (no ~/Library/Containers/com.microsoft.Word). Open Word once, then run npm start again.";
  }
  const wef = path.join(container, "Data", "Documents", "wef");
  fs.mkdirSync(wef, { recursive: true });
  fs.copyFileSync(MANIFEST, path.join(wef, "ai-license-review.manifest.xml"));
  return `Copied manifest.xml to ${wef}. Quit and reopen Word; the add-in appears under Home > Add-ins (or Insert > My Add-ins).`;
}

/** Word for Windows reads developer manifests from this registry key (per user, no admin rights). */
function sideloadWindows() {
  const key = "HKCU\\Software\\Microsoft\\Office\\16.0\\WEF\\Developer";
  execFileSync("reg", ["add", key, "/v", manifestId(), "/t", "REG_SZ", "/d", MANIFEST, "/f"], { stdio: "ignore" });
  return (
    `Registered ${MANIFEST} under ${key}. Close every Word window and reopen Word; the "Review AI terms" button is on the Home tab.\n` +
    `  To remove it later: reg delete "${key}" /v ${manifestId()} /f`
  );
}

function printWordSteps(sideloadResult) {
  const certDir = path.join(os.homedir(), ".office-addin-dev-certs");
  const haveCerts = fs.existsSync(path.join(certDir, "localhost.crt"));
  console.log(`
AI License Review: starting the add-in server for Word on https://localhost:3000

Sideloading
  ${sideloadResult}

If the add-in does not appear, sideload it by hand with ${MANIFEST}:
  Windows  Put manifest.xml in a shared folder, add the folder's \\\\server\\share path under
           File > Options > Trust Center > Trust Center Settings > Trusted Add-in Catalogs
           (tick "Show in Menu"), restart Word, then Home > Add-ins > More Add-ins > SHARED FOLDER.
  Mac      Copy manifest.xml to ~/Library/Containers/com.microsoft.Word/Data/Documents/wef/
           and restart Word.
  Web      Open a document in Word on the web, Home > Add-ins > More Add-ins > My Add-ins >
           Upload My Add-in, and choose manifest.xml.

Certificate
  ${
    haveCerts
      ? `Using the trusted development certificate from ${certDir}.`
      : "Using a self-signed certificate made by webpack-dev-server. Word for Windows and Mac refuse it until it is\n  trusted: run `npx office-addin-dev-certs install` once (it installs a local CA), then npm start again.\n  In a browser, open https://localhost:3000/taskpane.html once and accept the warning (Word on the web)."
  }
`);
}

function runWebpack(extra) {
  const cli = require.resolve("webpack-cli/bin/cli.js");
  const child = spawn(process.execPath, [cli, "serve", "--mode", "development", ...extra], { cwd: ROOT, stdio: "inherit" });
  for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
  child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

if (mode === "preview") {
  const host = process.env.HOST || "localhost";
  const port = Number(process.env.PORT) || 3000;
  console.log(`
AI License Review: PREVIEW (a simulated Word document; Word is not needed)

  Open http://${host}:${port}/ in a browser once the build below says "compiled".
  The task pane on the right is the real add-in running on a built-in sample AI licence
  agreement. Choose a side, click Review, click in the document and use "Insert at cursor".
  Stop with Ctrl+C.${process.platform === "linux" ? "\n  (Word does not run on Linux, so npm start opens the preview here; npm start -- --word serves the add-in for a Word elsewhere.)" : ""}
`);
  runWebpack(["--env", "preview"]);
} else {
  let result;
  if (args.has("--no-sideload")) {
    result = "Skipped (--no-sideload).";
  } else {
    try {
      result =
        process.platform === "darwin"
          ? sideloadMac()
          : process.platform === "win32"
            ? sideloadWindows()
            : "Not possible from this machine: use Word on the web (below) with this server reachable as https://localhost:3000.";
    } catch (error) {
      result = `Automatic sideloading failed (${error.message}). Use the manual steps below.`;
    }
  }
  printWordSteps(result);
  runWebpack([]);
}
