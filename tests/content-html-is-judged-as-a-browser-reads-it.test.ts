// HTML inside Markdown is judged on the tree a browser builds, against an allowlist: what editors need passes and
// is published as checked, and nothing it holds can move the page's own navigation, edit link or footer.
import assert from "node:assert/strict";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { parse, type DefaultTreeAdapterMap } from "parse5";
import { renderMarkdown } from "../src/content/markdown.ts";
import { problemsIn, removeTemporary } from "./helpers/repository.ts";
import { makeRepository, VALID_FILES } from "./helpers/repository.ts";
import { build, readText } from "./helpers/site.ts";

type Element = DefaultTreeAdapterMap["element"];
type Node = DefaultTreeAdapterMap["node"];

const ACCEPTED = `Text with <abbr title="Global Biodiversity Information Facility">GBIF</abbr>, <kbd>Ctrl</kbd>, <mark>marked</mark> and H<sub>2</sub>O.

<details><summary>Programme</summary>

- Day 1: <time datetime="2018-02-19">19 February</time>
- Day 2: <a href="https://example.org/agenda" target="_blank">agenda</a>

</details>

## Materials

## Main

<p>A paragraph left open

<ul><li>first<li>second</ul>

| Item | Count |
| :--- | ----: |
| Slides | 3 |

<!-- a note for editors only -->

<figure><blockquote cite="https://example.org/quote"><p>Open data, shared.</p></blockquote><figcaption>A participant</figcaption></figure>
`;

const page = (body: string) => `---\ntitle: FAQ\nsummary: Questions.\norder: 60\n---\n\n${body}\n`;

const root = makeRepository({ "content/pages/faq.md": page(ACCEPTED) });
const site = join(root, "_site");
before(() => {
  const result = build(root, site);
  assert.equal(result.status, 0, result.stderr);
});
after(() => removeTemporary(root));

const isElement = (node: Node): node is Element => "tagName" in node;
const children = (node: Node) => ("childNodes" in node ? node.childNodes.filter(isElement) : []);
function find(node: Node, test: (element: Element) => boolean): Element[] {
  return children(node).flatMap((child) => [...(test(child) ? [child] : []), ...find(child, test)]);
}
const attribute = (element: Element, name: string) => element.attrs.find((entry) => entry.name === name)?.value;
const classOf = (element: Element) => attribute(element, "class")?.split(/\s+/) ?? [];

test("accepted HTML leaves the page's header, navigation, edit link and footer where the layout put them", () => {
  const document = parse(readText(site, "faq/index.html"));
  const [html] = children(document);
  const body = children(html!).find((element) => element.tagName === "body")!;
  assert.deepEqual(
    children(body).map((element) => `${element.tagName}.${classOf(element).join(".")}`),
    ["a.skip-link", "header.site-header", "main.", "footer.site-footer"],
  );
  const main = children(body)[2]!;
  const pageMeta = children(main).at(-1)!;
  assert.deepEqual(classOf(pageMeta), ["wrap", "page-meta"]);
  assert.equal(
    find(pageMeta, (element) => element.tagName === "a")[0]
      ?.childNodes.map((node) => ("value" in node ? node.value : ""))
      .join(""),
    "Edit this page",
  );
  assert.equal(find(body, (element) => element.tagName === "nav" && attribute(element, "aria-label") === "Main").length, 1);
  const prose = find(main, (element) => classOf(element).includes("prose"));
  assert.equal(prose.length, 1);
  // Nothing from the text reached outside its column: the layout's own elements hold no text element.
  for (const tag of ["details", "figure", "table", "abbr"])
    assert.equal(find(body, (element) => element.tagName === tag).length, find(prose[0]!, (element) => element.tagName === tag).length, tag);
});

test("every id on the page is unique, and headings named like the layout's sections step aside", () => {
  const ids = find(parse(readText(site, "faq/index.html")), (element) => attribute(element, "id") !== undefined).map((element) => attribute(element, "id")!);
  assert.deepEqual(
    ids.filter((id, index) => ids.indexOf(id) !== index),
    [],
  );
  assert.ok(ids.includes("materials-1") && ids.includes("main-1"), ids.join(", "));
  assert.ok(ids.includes("main") && ids.includes("site-search"));
});

test("a link that opens a new tab gets rel=noopener noreferrer, comments are dropped, table alignment becomes classes", () => {
  const html = readText(site, "faq/index.html");
  assert.match(html, /<a href="https:\/\/example\.org\/agenda" target="_blank" rel="noopener noreferrer">agenda<\/a>/);
  assert.doesNotMatch(html, /a note for editors only/);
  assert.match(html, /<th class="align-left">Item<\/th>/);
  assert.match(html, /<td class="align-right">3<\/td>/);
  assert.doesNotMatch(html, /style="text-align/);
});

test("the ids of every page that shows an editor's text are all known to the checker, so none can be reused", async () => {
  const { isPageId } = await import("../src/page-ids.ts");
  const real = makeRepository();
  try {
    const output = join(real, "_site");
    assert.equal(build(real, output).status, 0);
    for (const file of [
      "workshops/test-workshop/index.html",
      "partners/gbif-spain/index.html",
      "projects/test-project/index.html",
      "news/2020-01-01-hello/index.html",
      "faq/index.html",
      "about/index.html",
    ]) {
      const document = parse(readText(output, file));
      const prose = find(document, (element) => classOf(element).includes("prose"));
      const inText = new Set(prose.flatMap((element) => find(element, () => true)));
      const layoutIds = find(document, (element) => attribute(element, "id") !== undefined && !inText.has(element)).map((element) => attribute(element, "id")!);
      assert.deepEqual(
        layoutIds.filter((id) => !isPageId(id)),
        [],
        file,
      );
    }
  } finally {
    removeTemporary(real);
  }
});

test("what a browser would read differently from the source is judged as the browser reads it", () => {
  const rendered = (body: string) => renderMarkdown(body, "content/pages/faq.md", 1);
  // With scripting on, <noscript> holds text, so the <img> after its end tag is a real element.
  assert.deepEqual(
    rendered('<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>').problems.map((problem) => problem.message),
    [
      "<noscript> is not allowed in content (expected Markdown, or HTML without scripts, styles or embeds)",
      "<img> in HTML skips resizing (expected a Markdown picture: ![what it shows](/assets/images/…))",
    ],
  );
  // A bogus comment ends at the first ">", so what follows is markup, not a comment.
  assert.equal(rendered("<!--><img src=x onerror=alert(1)>-->").problems.length, 1);
  // Inside <svg>, <img> breaks out of foreign content, and the <svg> itself is refused.
  assert.ok(rendered("<svg><style><img src=x onerror=alert(1)></style></svg>").problems.some((problem) => problem.message.startsWith("<svg> is not allowed")));
  // A <section> left open is closed by the page's own </div>, so it cannot swallow the page; it is still not an element content uses.
  assert.deepEqual(
    rendered("<section>\n\nText.").problems.map((problem) => problem.message),
    ["<section> is not allowed in content (expected ## headings to divide the text; the page around it provides the rest)"],
  );
});

test("each refusal is one line naming the file, the line and what to write instead", () => {
  assert.deepEqual(problemsIn({ "content/pages/faq.md": page("Intro.\n\n<b>bold\n\n<table><tr><td>x") }), [
    "content/pages/faq.md:9: body: <b> is never closed, so the rest of the page would end up inside it (expected </b> where it ends)",
  ]);
  assert.deepEqual(problemsIn({ "content/pages/faq.md": page('One.\n\nTwo <a href="//evil.example/"\n  onclick="go()">x</a>') }), [
    'content/pages/faq.md:9: body: link to "//evil.example/" points at another site without saying https:// (expected an https:// address or a path on this site)',
    "content/pages/faq.md:10: body: onclick= on <a> is not allowed in content (expected HTML without event handlers)",
  ]);
  assert.deepEqual(
    problemsIn({
      "content/workshops/test-workshop.md": VALID_FILES["content/workshops/test-workshop.md"]!.replace(
        "Body text.",
        '## Notes\n\n<div id="participants">x</div>',
      ),
    }),
    ['content/workshops/test-workshop.md:21: body: id="participants" on <div> is already used by the page around the text (expected another id)'],
  );
});
