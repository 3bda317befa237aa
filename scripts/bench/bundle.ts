// The task pane's JavaScript as Word downloads it: the local scripts taskpane.html loads
// (office.js comes from Microsoft's CDN and is not ours to count), each gzipped with
// node:zlib at level 9, as test/browser/dist.test.ts measures it.

import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";

export const ROOT = path.resolve(__dirname, "../..");
export const DIST = path.join(ROOT, "dist");

export type BuildReport = { ran: boolean; ok: true; ms?: number } | { ran: boolean; ok: false; reason: string };

export type BundleReport =
  | { available: true; files: Array<{ file: string; bytes: number; gzipBytes: number }>; bytes: number; gzipBytes: number }
  | { available: false; reason: string };

/** Runs `npm run build` unless told not to and dist/ already has the pages. */
export function build(skip: boolean, log: (s: string) => void): BuildReport {
  const built = fs.existsSync(path.join(DIST, "taskpane.html")) && fs.existsSync(path.join(DIST, "preview.html"));
  if (skip && built) return { ran: false, ok: true };
  if (skip) log("bench: --no-build, but dist/ has no taskpane.html and preview.html: building anyway");
  log("bench: npm run build");
  const t0 = performance.now();
  const r = spawnSync("npm", ["run", "build"], { cwd: ROOT, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) {
    const tail = `${r.stdout ?? ""}\n${r.stderr ?? ""}`.trim().split("\n").filter((l) => /error/i.test(l)).slice(0, 5).join(" | ");
    return { ran: true, ok: false, reason: `npm run build failed (exit ${r.status ?? r.signal})${tail ? `: ${tail.slice(0, 600)}` : ""}` };
  }
  return { ran: true, ok: true, ms: Math.round(performance.now() - t0) };
}

function localScripts(page: string): string[] {
  const html = fs.readFileSync(path.join(DIST, page), "utf8");
  // The production build minifies the HTML: attribute values may be unquoted.
  return [...html.matchAll(/<script\b[^>]*?\bsrc=(?:"([^"]+)"|'([^']+)'|([^\s>]+))/g)]
    .map((m) => m[1] ?? m[2] ?? m[3])
    .filter((src) => !/^(https?:)?\/\//.test(src));
}

export function measureBundle(): BundleReport {
  const page = path.join(DIST, "taskpane.html");
  if (!fs.existsSync(page)) return { available: false, reason: "dist/taskpane.html is missing (the build did not produce it)" };
  const scripts = localScripts("taskpane.html");
  if (scripts.length === 0) return { available: false, reason: "taskpane.html loads no local script" };
  const files = scripts.map((src) => {
    const data = fs.readFileSync(path.join(DIST, src.replace(/^\//, "")));
    return { file: src, bytes: data.length, gzipBytes: zlib.gzipSync(data, { level: 9 }).length };
  });
  return {
    available: true,
    files,
    bytes: files.reduce((n, f) => n + f.bytes, 0),
    gzipBytes: files.reduce((n, f) => n + f.gzipBytes, 0),
  };
}
