// Bundles the task pane (taskpane.html), the ribbon's function file (commands.html) and the
// preview (preview.html: the real task pane and Word adapter over the simulated Word API),
// copies the icons, and writes dist/manifest.xml.
//
//   webpack --mode production          dist/ for deployment; manifest URLs point at ADDIN_PUBLIC_URL
//   webpack serve --mode development   HTTPS on https://localhost:3000 for sideloading into Word
//   webpack serve ... --env preview    plain HTTP on http://localhost:3000, opens the preview
//
// office.js is never bundled: Office requires it from Microsoft's CDN, so taskpane.html and
// commands.html load it with a <script> tag. The preview loads no office.js at all.
"use strict";

const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");

/** The prefix every URL in manifest.xml starts with (the development server). */
const DEV_URL = "https://localhost:3000/";
/**
 * Used when ADDIN_PUBLIC_URL is not set for a production build. `.invalid` never resolves
 * (RFC 2606), so a manifest built without a real URL fails visibly instead of loading
 * someone else's page.
 */
const PLACEHOLDER_PUBLIC_URL = "https://set-ADDIN_PUBLIC_URL.invalid/ai-license-review/";
const DEV_PORT = 3000;

/** Checks ADDIN_PUBLIC_URL: Office loads add-ins only over HTTPS, and relative paths need the trailing slash. */
function normalizePublicUrl(value) {
  let url;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`ADDIN_PUBLIC_URL is not a URL: ${JSON.stringify(value)}`);
  }
  if (url.protocol !== "https:") {
    throw new Error(`ADDIN_PUBLIC_URL must use https (Office refuses http add-ins): ${value}`);
  }
  if (url.search || url.hash) {
    throw new Error(`ADDIN_PUBLIC_URL must not carry a query or fragment: ${value}`);
  }
  return url.href.endsWith("/") ? url.href : `${url.href}/`;
}

/** Rewrites every development URL of the manifest to the deployed location. */
function rewriteManifest(xml, publicUrl) {
  return xml.split(DEV_URL).join(normalizePublicUrl(publicUrl));
}

/**
 * Certificates made by `npx office-addin-dev-certs install` are trusted by Word once
 * installed; without them webpack-dev-server makes a self-signed one, which browsers and
 * Word on the web accept after a one-time exception but Word on Windows/Mac may refuse.
 */
function httpsServerOptions() {
  const dir = path.join(os.homedir(), ".office-addin-dev-certs");
  const files = { key: "localhost.key", cert: "localhost.crt", ca: "ca.crt" };
  if (Object.values(files).every((name) => fs.existsSync(path.join(dir, name)))) {
    const options = {};
    for (const [key, name] of Object.entries(files)) options[key] = fs.readFileSync(path.join(dir, name));
    return { type: "https", options };
  }
  return "https";
}

module.exports = (env = {}, argv = {}) => {
  const mode = argv.mode === "development" ? "development" : "production";
  const preview = Boolean(env.preview);
  const publicUrl =
    mode === "production" ? normalizePublicUrl(process.env.ADDIN_PUBLIC_URL || PLACEHOLDER_PUBLIC_URL) : DEV_URL;
  if (mode === "production" && !process.env.ADDIN_PUBLIC_URL) {
    console.warn(
      `[manifest] ADDIN_PUBLIC_URL is not set: dist/manifest.xml points at ${PLACEHOLDER_PUBLIC_URL}. ` +
        "Set it to the HTTPS address where dist/ will be served before deploying.",
    );
  }

  const page = (name, template, chunks) =>
    new HtmlWebpackPlugin({ filename: `${name}.html`, template, chunks, scriptLoading: "defer" });

  return {
    mode,
    context: __dirname,
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/taskpane/commands.ts",
      preview: "./src/preview/index.tsx",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      // Office caches add-in files aggressively; content hashes make a deployment take effect.
      filename: mode === "production" ? "[name].[contenthash:8].js" : "[name].js",
      // Chunks loaded on demand (the Playbook tab's editor), hashed for the same reason. The main
      // script's URL changes with them, since it holds their hashes.
      chunkFilename: mode === "production" ? "[name].[contenthash:8].js" : "[name].js",
      // Chunks are fetched from the folder the page's script came from, read at run time: the
      // same dist/ is served at ADDIN_PUBLIC_URL (only manifest.xml is rewritten with it), by
      // the dev server at https://localhost:3000/, and by the browser tests on a random port.
      // The pages' script tags are relative for the same reason.
      publicPath: "auto",
      clean: true,
    },
    devtool: mode === "production" ? false : "source-map",
    resolve: { extensions: [".tsx", ".ts", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              // Type checking is `npm run typecheck`; here only transpile, and emit ES modules
              // (tsconfig says commonjs for Node) so webpack can tree-shake Fluent UI.
              transpileOnly: true,
              compilerOptions: { module: "esnext", moduleResolution: "bundler", noEmit: false, sourceMap: true },
            },
          },
        },
      ],
    },
    plugins: [
      page("taskpane", "./src/taskpane/taskpane.html", ["taskpane"]),
      page("commands", "./src/taskpane/commands.html", ["commands"]),
      page("preview", "./src/preview/preview.html", ["preview"]),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/icon-*.png", to: "assets/[name][ext]" },
          { from: "src/taskpane/support.html", to: "support.html" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: { transformer: (content) => rewriteManifest(content.toString("utf8"), publicUrl), cache: false },
          },
        ],
      }),
    ],
    // The task pane's budget (400 KB gzipped) is checked on the real output by
    // test/browser/bundle.test.ts; webpack's own hint measures uncompressed size.
    performance: { hints: false },
    devServer: {
      port: Number(process.env.PORT) || DEV_PORT,
      host: preview ? process.env.HOST || "localhost" : "localhost",
      server: preview ? "http" : httpsServerOptions(),
      // Office loads the pane from another origin (e.g. Word on the web).
      headers: { "Access-Control-Allow-Origin": "*" },
      historyApiFallback: preview ? { index: "/preview.html" } : false,
      static: false,
      hot: false,
      client: { overlay: { errors: true, warnings: false } },
    },
  };
};

module.exports.DEV_URL = DEV_URL;
module.exports.PLACEHOLDER_PUBLIC_URL = PLACEHOLDER_PUBLIC_URL;
module.exports.rewriteManifest = rewriteManifest;
module.exports.normalizePublicUrl = normalizePublicUrl;
