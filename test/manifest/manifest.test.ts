// Offline checks of manifest.xml. `npm run validate` posts the manifest to Microsoft's online
// validator, which these machines cannot reach, so the rules that matter to us are checked
// here: well-formed XML, the elements Word needs in the order the schema requires, every
// resource reference resolving, string and id lengths within the schema's limits, HTTPS
// everywhere, and every development URL naming a file the webpack build emits.
// Limits: this is not the full XSD; an element the schema forbids but we never write is not caught.
// test/browser/dist.test.ts checks the same URLs against the real dist/ after `npm run build`.

import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { DOMParser } from "@xmldom/xmldom";

const ROOT = path.resolve(__dirname, "../..");
const NS = {
  app: "http://schemas.microsoft.com/office/appforoffice/1.1",
  ov: "http://schemas.microsoft.com/office/taskpaneappversionoverrides",
  bt: "http://schemas.microsoft.com/office/officeappbasictypes/1.0",
  xsi: "http://www.w3.org/2001/XMLSchema-instance",
};

interface WebpackConfigModule {
  (env: Record<string, unknown>, argv: { mode: string }): {
    plugins: Array<{ userOptions?: { filename?: string; template?: string }; patterns?: Array<{ from: string; to: string }> }>;
  };
  DEV_URL: string;
  PLACEHOLDER_PUBLIC_URL: string;
  rewriteManifest(xml: string, publicUrl: string): string;
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const webpackConfig = require(path.join(ROOT, "webpack.config.js")) as WebpackConfigModule;

type El = Element;

function parse(xml: string): Document {
  const problems: string[] = [];
  const doc = new DOMParser({
    onError: (level: string, message: string) => {
      problems.push(`${level}: ${message}`);
    },
  }).parseFromString(xml, "text/xml") as unknown as Document;
  assert.deepEqual(problems, [], "manifest.xml must parse without warnings or errors");
  return doc;
}

const children = (el: El): El[] =>
  Array.from(el.childNodes as unknown as ArrayLike<Node>).filter((n): n is El => n.nodeType === 1);
const child = (el: El, ns: string, name: string): El => {
  const found = children(el).filter((c) => c.namespaceURI === ns && c.localName === name);
  assert.equal(found.length, 1, `<${el.localName}> must have exactly one <${name}>`);
  return found[0];
};
const all = (el: El | Document, ns: string, name: string): El[] =>
  Array.from(el.getElementsByTagNameNS(ns, name) as unknown as ArrayLike<El>);
const xsiType = (el: El): string | null => el.getAttributeNS(NS.xsi, "type");

/** Every URL in the manifest: DefaultValue/Override attributes and text content that look like URLs. */
function urls(doc: Document): string[] {
  const found: string[] = [];
  for (const el of all(doc, "*", "*")) {
    for (const attr of Array.from(el.attributes as unknown as ArrayLike<Attr>)) {
      // Namespace declarations are identifiers, not addresses Office fetches.
      if (attr.name === "xmlns" || attr.name.startsWith("xmlns:")) continue;
      if (/^[a-z][a-z0-9+.-]*:\/\//i.test(attr.value)) found.push(attr.value);
    }
    if (children(el).length === 0 && /^\s*[a-z][a-z0-9+.-]*:\/\//i.test(el.textContent ?? "")) {
      found.push((el.textContent ?? "").trim());
    }
  }
  return found;
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = fs.readFileSync(file);
  assert.equal(bytes.subarray(1, 4).toString("latin1"), "PNG", `${file} is not a PNG`);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** The files the development build emits, from webpack.config.js itself (pages and copy patterns). */
function emittedFiles(): Map<string, string> {
  const config = webpackConfig({}, { mode: "development" });
  const files = new Map<string, string>();
  for (const plugin of config.plugins) {
    if (plugin.userOptions?.filename) {
      const template = path.join(ROOT, plugin.userOptions.template ?? "");
      assert.ok(fs.existsSync(template), `${plugin.userOptions.filename}: template ${template} is missing`);
      files.set(plugin.userOptions.filename, template);
    }
    for (const pattern of plugin.patterns ?? []) {
      const dir = path.dirname(pattern.from);
      const base = path.basename(pattern.from);
      // Only `*` inside the file name is supported: that is all the config uses.
      const re = new RegExp(`^${base.split("*").map((s) => s.replace(/[.+?^${}()|[\]\\]/g, "\\$&")).join("[^/]*")}$`);
      for (const name of fs.readdirSync(path.join(ROOT, dir))) {
        if (!re.test(name)) continue;
        const ext = path.extname(name);
        const to = pattern.to.replace("[name]", path.basename(name, ext)).replace("[ext]", ext);
        files.set(to, path.join(ROOT, dir, name));
      }
    }
  }
  return files;
}

describe("manifest.xml", () => {
  const xml = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
  const doc = parse(xml);
  const root = doc.documentElement as El;

  it("is a task pane add-in for Word documents", () => {
    assert.equal(root.namespaceURI, NS.app);
    assert.equal(root.localName, "OfficeApp");
    assert.equal(xsiType(root), "TaskPaneApp");
    const hosts = children(child(root, NS.app, "Hosts"));
    assert.deepEqual(
      hosts.map((h) => h.getAttribute("Name")),
      ["Document"],
    );
  });

  it("has the top-level elements in the order the schema requires", () => {
    const order = [
      "Id", "AlternateId", "Version", "ProviderName", "DefaultLocale", "DisplayName", "Description",
      "IconUrl", "HighResolutionIconUrl", "SupportUrl", "AppDomains", "Hosts", "Requirements",
      "DefaultSettings", "Permissions", "AllowSnapshot", "VersionOverrides",
    ];
    const names = children(root).map((c) => c.localName);
    const required = ["Id", "Version", "ProviderName", "DefaultLocale", "DisplayName", "Description", "IconUrl", "Hosts", "DefaultSettings", "Permissions"];
    for (const name of required) assert.ok(names.includes(name), `missing <${name}>`);
    for (const name of names) assert.ok(order.includes(name), `unexpected <${name}>`);
    const positions = names.map((n) => order.indexOf(n));
    assert.deepEqual(positions, [...positions].sort((a, b) => a - b), `out of order: ${names.join(", ")}`);
  });

  it("has a GUID id, a four-part version and texts within the schema's lengths", () => {
    assert.match(child(root, NS.app, "Id").textContent ?? "", /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
    assert.match(child(root, NS.app, "Version").textContent ?? "", /^\d+(\.\d+){3}$/);
    const displayName = child(root, NS.app, "DisplayName").getAttribute("DefaultValue") ?? "";
    const description = child(root, NS.app, "Description").getAttribute("DefaultValue") ?? "";
    assert.ok(displayName.length > 0 && displayName.length <= 125, "DisplayName: 1 to 125 characters");
    assert.ok(description.length > 0 && description.length <= 250, "Description: 1 to 250 characters");
  });

  it("asks for ReadWriteDocument and opens taskpane.html", () => {
    assert.equal(child(root, NS.app, "Permissions").textContent, "ReadWriteDocument");
    const source = child(child(root, NS.app, "DefaultSettings"), NS.app, "SourceLocation");
    assert.equal(source.getAttribute("DefaultValue"), `${webpackConfig.DEV_URL}taskpane.html`);
  });

  describe("ribbon button (VersionOverrides)", () => {
    const overrides = child(root, NS.ov, "VersionOverrides");
    const resources = child(overrides, NS.ov, "Resources");
    const resource = (kind: string, id: string): string => {
      const found = all(resources, NS.bt, kind).filter((el) => el.getAttribute("id") === id);
      assert.equal(found.length, 1, `resid "${id}" must name exactly one <bt:${kind}>`);
      return found[0].getAttribute("DefaultValue") ?? "";
    };
    const host = all(overrides, NS.ov, "Host").find((h) => xsiType(h) === "Document");
    const formFactor = host && child(host, NS.ov, "DesktopFormFactor");

    it("declares a Document host with a DesktopFormFactor and its required FunctionFile", () => {
      assert.equal(xsiType(overrides), "VersionOverridesV1_0");
      assert.ok(formFactor, "VersionOverrides needs <Host xsi:type=\"Document\"><DesktopFormFactor>");
      const functionFile = child(formFactor, NS.ov, "FunctionFile");
      assert.equal(resource("Url", functionFile.getAttribute("resid") ?? ""), `${webpackConfig.DEV_URL}commands.html`);
    });

    it("puts a \"Review AI terms\" button on the Home tab that shows the task pane", () => {
      assert.ok(formFactor);
      const point = all(formFactor, NS.ov, "ExtensionPoint").find((p) => xsiType(p) === "PrimaryCommandSurface");
      assert.ok(point, "no PrimaryCommandSurface extension point");
      const tab = child(point, NS.ov, "OfficeTab");
      assert.equal(tab.getAttribute("id"), "TabHome");
      const group = child(tab, NS.ov, "Group");
      const buttons = all(group, NS.ov, "Control").filter((c) => xsiType(c) === "Button");
      assert.equal(buttons.length, 1);
      const button = buttons[0];
      assert.equal(resource("String", child(button, NS.ov, "Label").getAttribute("resid") ?? ""), "Review AI terms");
      const action = child(button, NS.ov, "Action");
      assert.equal(xsiType(action), "ShowTaskpane");
      const pane = resource("Url", child(action, NS.ov, "SourceLocation").getAttribute("resid") ?? "");
      assert.equal(pane, child(child(root, NS.app, "DefaultSettings"), NS.app, "SourceLocation").getAttribute("DefaultValue"));
    });

    it("gives the group and the button 16, 32 and 80 px icons", () => {
      for (const icon of all(overrides, NS.ov, "Icon")) {
        const sizes = all(icon, NS.bt, "Image").map((img) => img.getAttribute("size"));
        assert.deepEqual(sizes, ["16", "32", "80"]);
        for (const img of all(icon, NS.bt, "Image")) {
          const url = resource("Image", img.getAttribute("resid") ?? "");
          assert.ok(url.endsWith(`-${img.getAttribute("size")}.png`), `${url} should be the ${img.getAttribute("size")} px icon`);
        }
      }
    });

    it("resolves every resid, with ids of at most 32 characters and strings within their limits", () => {
      const kinds: Record<string, string> = {
        Image: "Image", FunctionFile: "Url", SourceLocation: "Url", LearnMoreUrl: "Url",
        Label: "String", Title: "String", Description: "String",
      };
      const shortIds = new Set(all(child(resources, NS.bt, "ShortStrings"), NS.bt, "String").map((s) => s.getAttribute("id")));
      const longIds = new Set(all(child(resources, NS.bt, "LongStrings"), NS.bt, "String").map((s) => s.getAttribute("id")));
      let checked = 0;
      for (const el of all(overrides, "*", "*")) {
        const resid = el.getAttribute("resid");
        if (!resid || el.parentNode === null || (el.parentNode as El).localName === "Resources") continue;
        assert.ok(resid.length <= 32, `resid "${resid}" is longer than 32 characters`);
        const kind = kinds[el.localName];
        assert.ok(kind, `unexpected resid on <${el.localName}>`);
        resource(kind, resid);
        // Labels and titles take short strings; descriptions (supertips, GetStarted) take long ones.
        if (el.localName === "Label" || el.localName === "Title") assert.ok(shortIds.has(resid), `${resid} must be a ShortString`);
        if (el.localName === "Description") assert.ok(longIds.has(resid), `${resid} must be a LongString`);
        checked++;
      }
      assert.ok(checked >= 10, "expected the button, group, icons and GetStarted to reference resources");
      for (const s of all(child(resources, NS.bt, "ShortStrings"), NS.bt, "String")) {
        assert.ok((s.getAttribute("DefaultValue") ?? "").length <= 125, `${s.getAttribute("id")}: ShortString over 125`);
      }
      for (const s of all(child(resources, NS.bt, "LongStrings"), NS.bt, "String")) {
        assert.ok((s.getAttribute("DefaultValue") ?? "").length <= 250, `${s.getAttribute("id")}: LongString over 250`);
      }
      const ids = all(resources, "*", "*").map((el) => el.getAttribute("id")).filter(Boolean);
      assert.equal(new Set(ids).size, ids.length, "resource ids must be unique");
    });
  });

  it("uses https for every URL", () => {
    const found = urls(doc);
    assert.ok(found.length >= 8, `expected the page, icon and support URLs, found ${found.length}`);
    for (const url of found) assert.ok(url.startsWith("https://"), `not https: ${url}`);
  });

  it("points every development URL at a file the build emits", () => {
    const emitted = emittedFiles();
    for (const url of urls(doc)) {
      assert.ok(url.startsWith(webpackConfig.DEV_URL), `${url} is not under ${webpackConfig.DEV_URL}`);
      const file = url.slice(webpackConfig.DEV_URL.length);
      assert.ok(emitted.has(file), `${url}: the build emits no ${file} (emits ${[...emitted.keys()].join(", ")})`);
    }
  });

  it("ships real PNG icons of the sizes their names say, including 64 and 128 px", () => {
    const emitted = emittedFiles();
    for (const size of [16, 32, 64, 80, 128]) {
      const source = emitted.get(`assets/icon-${size}.png`);
      assert.ok(source, `assets/icon-${size}.png is not emitted`);
      assert.deepEqual(pngSize(source), { width: size, height: size });
    }
  });

  describe("production rewrite", () => {
    it("replaces every development URL with ADDIN_PUBLIC_URL", () => {
      const rewritten = webpackConfig.rewriteManifest(xml, "https://addins.example.com/review");
      assert.ok(!rewritten.includes("localhost"), "a localhost URL survived the rewrite");
      const after = urls(parse(rewritten));
      assert.equal(after.length, urls(doc).length);
      for (const url of after) assert.ok(url.startsWith("https://addins.example.com/review/"), url);
    });

    it("refuses a public URL that Office would not load", () => {
      assert.throws(() => webpackConfig.rewriteManifest(xml, "http://addins.example.com/"), /https/);
      assert.throws(() => webpackConfig.rewriteManifest(xml, "addins.example.com"), /not a URL/);
    });

    it("defaults to a placeholder that can never resolve", () => {
      assert.match(new URL(webpackConfig.PLACEHOLDER_PUBLIC_URL).hostname, /\.invalid$/);
    });
  });
});
