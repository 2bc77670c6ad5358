// Whatever an editor types is printed as text: templates escape by default, and only checked Markdown is raw HTML.
import assert from "node:assert/strict";
import { readdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { makeProject, VALID_FILES } from "./helpers/project.ts";
import { byTag, elements, parseHtml, text } from "./helpers/html.ts";
import { build, readText, REPOSITORY } from "./helpers/site.ts";

const HOSTILE = `<img src=x onerror=alert(1)> & "quotes" 'single'`;
const root = makeProject({
  "content/workshops/test-workshop.md": VALID_FILES["content/workshops/test-workshop.md"]!.replace("title: Test workshop", `title: ${JSON.stringify(HOSTILE)}`),
  "content/partners/gbif-spain.md": VALID_FILES["content/partners/gbif-spain.md"]!.replace("name: GBIF Spain", `name: ${JSON.stringify(`</title><script>alert(2)</script>`)}`),
  "content/news/2020-01-01-hello.md": `---\ntitle: ${JSON.stringify("Tom & Jerry <b>bold</b> \u202eRTL")}\ndate: 2020-01-01\nauthors: [Editor]\nsummary: ${JSON.stringify("A & B <i>")}\n---\n\nBody.\n`,
});
const output = join(root, "_site");
after(() => rmSync(root, { recursive: true, force: true }));
before(() => {
  const result = build(root, output);
  assert.equal(result.status, 0, result.stderr);
});

test("a hostile workshop title renders as the characters the editor typed", () => {
  const page = parseHtml(readText(output, "workshops/test-workshop/index.html"));
  assert.equal(text(byTag(page, "h1")[0]!), HOSTILE);
  assert.equal(text(byTag(page, "title")[0]!), `${HOSTILE} (2018) · Test Atlases`);
  assert.equal(elements(page, (element) => element.name === "img" || element.attribs.onerror !== undefined).length, 0);
});

test("a hostile partner name cannot close the title element or open a script", () => {
  const page = parseHtml(readText(output, "partners/gbif-spain/index.html"));
  assert.equal(text(byTag(page, "title")[0]!), "</title><script>alert(2)</script> · Test Atlases");
  assert.equal(byTag(page, "script").length, 0);
});

test("the feed escapes markup in titles and summaries", () => {
  const feed = readText(output, "feed.xml");
  assert.ok(feed.includes("<title>Tom &amp; Jerry &lt;b&gt;bold&lt;/b&gt; \u202eRTL</title>"));
  assert.ok(feed.includes("<summary>A &amp; B &lt;i&gt;</summary>"));
});

test("only the Markdown body component prints raw HTML", () => {
  const sources = (folder: string): string[] =>
    readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory() ? sources(join(folder, entry.name)) : entry.name.endsWith(".tsx") ? [join(folder, entry.name)] : [],
    );
  const rawSinks = sources(join(REPOSITORY, "src")).filter((file) => readFileSync(file, "utf8").includes("dangerouslySetInnerHTML"));
  assert.deepEqual(rawSinks.map((file) => file.slice(REPOSITORY.length + 1)), ["src/layouts/components.tsx"]);
  const uses = readFileSync(join(REPOSITORY, "src/layouts/components.tsx"), "utf8").match(/dangerouslySetInnerHTML/g) ?? [];
  assert.equal(uses.length, 1);
});
