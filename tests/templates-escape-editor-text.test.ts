// Whatever an editor types is printed as text: templates escape by default, and only checked Markdown is raw HTML.
import assert from "node:assert/strict";
import { readdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { makeProject, VALID_FILES } from "./helpers/project.ts";
import { byTag, elements, parseHtml, text } from "./helpers/html.ts";
import { build, readText, REPOSITORY } from "./helpers/site.ts";

const HOSTILE = `<img src=x></script> & "quotes" 'single' <b>bold</b>`;
const root = makeProject({
  "content/workshops/test-workshop.md": VALID_FILES["content/workshops/test-workshop.md"]!.replace("title: Test workshop", `title: ${JSON.stringify(HOSTILE)}`),
  "content/partners/gbif-spain.md": VALID_FILES["content/partners/gbif-spain.md"]!.replace("name: GBIF Spain", `name: ${JSON.stringify(`</title><b>not bold</b>`)}`),
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
  assert.equal(elements(page, (element) => element.name === "img" || element.name === "b").length, 0);
});

test("a hostile partner name cannot close the title element or add markup", () => {
  const page = parseHtml(readText(output, "partners/gbif-spain/index.html"));
  assert.equal(text(byTag(page, "title")[0]!), "</title><b>not bold</b> · Test Atlases");
  assert.equal(byTag(page, "b").length, 0);
});

test("the feed escapes markup in titles and summaries", () => {
  const feed = readText(output, "feed.xml");
  assert.ok(feed.includes("<title>Tom &amp; Jerry &lt;b&gt;bold&lt;/b&gt; \u202eRTL</title>"));
  assert.ok(feed.includes("<summary>A &amp; B &lt;i&gt;</summary>"));
});

test("only checked Markdown and escaped JSON-LD are printed raw, each from one place", () => {
  const sources = (folder: string): string[] =>
    readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory() ? sources(join(folder, entry.name)) : entry.name.endsWith(".tsx") ? [join(folder, entry.name)] : [],
    );
  const uses = sources(join(REPOSITORY, "src")).flatMap((file) =>
    (readFileSync(file, "utf8").match(/dangerouslySetInnerHTML=\{\{ __html: [^}]+\}\}/g) ?? []).map((use) => `${file.slice(REPOSITORY.length + 1)}: ${use}`),
  );
  assert.deepEqual(uses.sort(), [
    "src/layouts/components.tsx: dangerouslySetInnerHTML={{ __html: html }}",
    "src/layouts/shell/Head.tsx: dangerouslySetInnerHTML={{ __html: jsonForScript(structuredData) }}",
  ]);
});

test("JSON-LD cannot be closed early by a title that contains </script>", () => {
  const html = readText(output, "workshops/test-workshop/index.html");
  const data = /<script type="application\/ld\+json">([^<]*)<\/script>/.exec(html);
  assert.ok(data, "the workshop page has JSON-LD");
  assert.equal(JSON.parse(data[1]!).name, HOSTILE);
});
