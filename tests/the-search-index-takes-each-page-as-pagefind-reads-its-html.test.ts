// The build gives Pagefind each page as a record of text (src/search/page-record.ts), read the way Pagefind reads
// HTML, because Pagefind's own reading took two thirds of its time for each page. The index must come out as
// Pagefind's reading of the same HTML makes it: every record's text, word count, filters and metadata, and every
// word's weight and place in the index files. Only the anchors of elements with an id are left out.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { after, test } from "node:test";
import * as pagefind from "pagefind";
import { pageRecord } from "../src/search/page-record.ts";
import { realSite } from "./helpers/site.ts";

const real = realSite("the test of how pages reach the search index");
after(() => pagefind.close());

/** Pagefind's files, each gzip, a signature, then JSON or binary. */
const decoded = (content: Uint8Array) =>
  gunzipSync(content)
    .toString("latin1")
    .replace(/^pagefind_dcd/, "");

interface Built {
  /** Each record as its fragment holds it, anchors aside, by address. */
  records: Map<string, Record<string, unknown>>;
  /** The index files' contents: each word, the pages it is on, where, and how heavy. */
  words: string[];
}

async function indexOf(add: (index: pagefind.PagefindIndex) => Promise<void>): Promise<Built> {
  const { index, errors } = await pagefind.createIndex({});
  assert.ok(index, `Pagefind started (${errors.join("; ")})`);
  await add(index);
  const { files, errors: buildErrors } = await index.getFiles();
  assert.deepEqual(buildErrors, []);
  await index.deleteIndex();
  const records = new Map<string, Record<string, unknown>>();
  for (const file of files.filter(({ path }) => path.startsWith("fragment/"))) {
    const record = JSON.parse(Buffer.from(decoded(file.content), "latin1").toString("utf8")) as Record<string, unknown>;
    delete record.anchors;
    records.set(record.url as string, record);
  }
  const words = files.filter(({ path }) => path.startsWith("index/")).map(({ content }) => decoded(content));
  return { records, words: words.sort() };
}

/** The same pages indexed twice: from their HTML, by Pagefind, and from the records read here. */
async function bothWays(pages: Array<{ url: string; content: string }>): Promise<[Built, Built]> {
  const byPagefind = await indexOf(async (index) => {
    for (const page of pages) assert.deepEqual((await index.addHTMLFile(page)).errors, []);
  });
  const byRecords = await indexOf(async (index) => {
    for (const page of pages) {
      const record = pageRecord(page.url, page.content);
      if (record) assert.deepEqual((await index.addCustomRecord(record)).errors, []);
    }
  });
  return [byPagefind, byRecords];
}

const page = (name: string, body: string, lang = "en", head = "") => ({
  url: `/${name}/`,
  content: `<!DOCTYPE html><html lang="${lang}"><head>${head}</head><body>${body}</body></html>`,
});

/** HTML an editor's Markdown or a layout could hold, each case a rule of Pagefind's reading. */
const CASES = [
  page(
    "references",
    '<div data-pagefind-body><h1>Fish &amp; chips &NotNestedGreaterGreater; &#0; &#128; &#x1F642; &#+65; &#xD800; &#99999999999; &#x; &#; &;</h1><p>Say &quot;hello&quot;</p><p>A &lt;b&gt; tag&nbsp;here &#233;t&eacute; &amp</p><p>ends with &quot;</p><p>&#65 &#x41 &#065; &#1; &#9;tab &#127; &am&amp; &amp;amp; &AMP; &Amp; &a b;</p><span hidden data-value="a &amp;amp; b" data-pagefind-filter="kind[data-value]"></span></div>',
  ),
  page(
    "ignored",
    '<div data-pagefind-body><h1>Title</h1><div data-pagefind-ignore>hidden</div><div data-pagefind-ignore="all"><span data-pagefind-filter="tag:secret">x</span>gone</div><div data-pagefind-ignore="index"><span data-pagefind-filter="tag:kept">kept</span></div><nav>menu</nav><form><label>Name</label><input value="v"></form><p>visible</p></div>',
  ),
  page(
    "weights",
    '<div data-pagefind-body><h1>Main heading</h1><h2 id="sec one">Section</h2><p data-pagefind-weight="3">Heavy words</p><h3>Third <em>level</em></h3><p data-pagefind-weight="0.5"><strong>light</strong></p><h4><span data-pagefind-weight="9">nested</span> weight</h4></div>',
  ),
  page(
    "attributes",
    '<div data-pagefind-body><h1>Titre</h1><img src="/a.png" alt="Une image" data-pagefind-index-attrs=" alt , TITLE" title="Le titre"><p>Mot<br>suivant<br/>encore</p><span data-pagefind-filter="auteur">Marie Curie</span><span data-pagefind-meta=" date:2020-01-01, lieu:Paris "></span><span data-pagefind-sort="weight:3"></span><span data-pagefind-default-meta="image:/default.png"></span><span data-x="1" data-x="2" data-pagefind-meta="dup[data-x]"></span><span data-value=bare data-pagefind-meta=tag[data-value]></span></div>',
    "fr",
  ),
  page(
    "no-heading",
    "<div data-pagefind-body><p>Canción</p><ul><li>uno</li><li>dos?</li><li>tres (cuatro)</li></ul><table><tr><td>celda</td><td>otra</td></tr></table></div>",
    "es",
    "<title>Página sin h1</title>",
  ),
  page(
    "around-the-body",
    '<header><svg viewBox="0 0 1 1"><path d="M0 0"/><circle r="1"/></svg><h1>Header title</h1><img src="/logo.png" alt="logo"></header><main><div data-pagefind-body><p>Body <svg><title>icon</title><path d="x"/></svg> after icon</p><h2>Second</h2></div>text after the body<p>a paragraph after it</p></main><footer>foot</footer>',
  ),
  page("upper-case", "<DIV DATA-PAGEFIND-BODY><H1>Upper Case</H1><P>Words In Caps</P><P DATA-PAGEFIND-IGNORE>Ignored</P></DIV>"),
  page(
    "sentences",
    "<div data-pagefind-body><h1>Título</h1><p>Termina em ã</p><p>中文句子</p><p>emoji 🙂</p><p>dólar $</p><p>paren)</p><p>  spaced  \n  lines  \n</p><p>end.</p><p>a<b>b<i>c</i></b>d</p></div>",
    "pt",
  ),
  page(
    "raw-text",
    '<div data-pagefind-body><h1>With <!-- a comment --> comments</h1><script>var x = "<p>not text</p>";</script><style>p { color: red }</style><noscript>no script</noscript><template><p>template</p></template><textarea>area</textarea><code>a &lt; b</code></div>',
  ),
  page(
    "two-bodies",
    "<div>before</div><section data-pagefind-body><h1>First</h1></section><div>between</div><section data-pagefind-body><p>Second</p></section>",
  ),
  page(
    "anchors",
    '<div data-pagefind-body><h1 id="">Empty id</h1><p>text<span id="end"></span></p><p id="para">para<a id="link" href="#">link</a></p><p>a ___PAGEFIND_ANCHOR___x b c___PAGEFIND_ANCHOR___y</p></div>',
  ),
  page(
    "image-after-title",
    '<div data-pagefind-body><img src="/before.png" alt="before"><h1>After image</h1><img src=" /after.png?a=1&amp;b=2 " alt="  Alt &amp; text\n  here "></div>',
  ),
  page(
    "white-space",
    '<div data-pagefind-body><h1>\u0085\u00a0 Title\u2003\ufeff</h1><span data-pagefind-meta="note:\u0085 spaced\u00a0\u00a0out \u3000"></span><p>tab\tand\u2028line\u0085end</p></div>',
  ),
  page(
    "names-an-object-has",
    '<div data-pagefind-body><h1>T</h1><constructor>x</constructor><p data-pagefind-filter="constructor:a" data-pagefind-meta="__proto__:b, toString:c" data-pagefind-sort="hasOwnProperty:d">e</p><span data-pagefind-filter="__proto__">f</span></div>',
  ),
  page(
    "names-and-values-as-lol-html-reads-them",
    '<div data-pagefind-body><h1>T</h1><p data-pagefind-filter="\ufefftag:x">a<lin\u212a data-pagefind-filter="f">k</lin\u212a></p><span X="v" data-pagefind-meta="m[X], auto_image_alt:alt">t</span><p>a<b&#32;c id=x>in</b&#32;c>z</p><span \ufeffdata-v="bom" data-pagefind-meta="plain[data-v], marked[\ufeffdata-v]">u</span></div>',
  ),
  page(
    "svg-math-and-noscript",
    '<div data-pagefind-body><h1>Title</h1><p>a <svg class="icon"/> b</p><p>c<math/>d</p><math><input data-pagefind-filter="f">x</input></math><p>e<noscript></p><p data-pagefind-filter="k:v"><img src="/full.jpg" alt="Photo"></noscript>f</p></div>',
  ),
  page("unclosed", "<div data-pagefind-body><h1>Open</h1><p>never closed<div>inner"),
  page(
    "misnested",
    "<div data-pagefind-body><h1>T</h1><em><p>open</em>x<span><div>open</span>y<h2>Heading <span>in span</h2> after</span><p>para<h2>in p</p>rest</h2></div>",
  ),
  {
    url: "/after-the-end/",
    content: '<!DOCTYPE html><html lang="en"><body><div data-pagefind-body><h1>T</h1><p>x</p></div></body></html>\n<p>after html</p>trailing',
  },
];

test("each page is given to Pagefind as the record its own reading of the page's HTML makes, anchors aside", async () => {
  const [byPagefind, byRecords] = await bothWays(CASES);
  assert.equal(byPagefind.records.size, CASES.length, "every case has a marked body Pagefind indexed");
  for (const { url } of CASES) assert.deepEqual(byRecords.records.get(url), byPagefind.records.get(url), `the record of ${url}`);
  assert.deepEqual(byRecords.words, byPagefind.words, "every word weighs the same, in the same place");
});

test("every page of the community's site that reaches the index reads as Pagefind reads it", async () => {
  const pages = real
    .pages()
    .map((file) => ({ url: `/${file.replace(/index\.html$/, "")}`, content: readFileSync(join(real.site, file), "utf8") }))
    .filter(({ content }) => content.includes("data-pagefind-body"));
  assert.ok(pages.length > 100, `the site has many indexed pages (${pages.length})`);
  const [byPagefind, byRecords] = await bothWays(pages);
  assert.equal(byRecords.records.size, byPagefind.records.size);
  for (const [url, record] of byPagefind.records) assert.deepEqual(byRecords.records.get(url), record, `the record of ${url}`);
  assert.deepEqual(byRecords.words, byPagefind.words);
});

test("a page without a marked body gives no record, as Pagefind leaves it out beside pages that have one", () => {
  assert.equal(pageRecord("/list/", page("list", "<main><h1>Workshops</h1><p>data-pagefind-body, in words only</p></main>").content), undefined);
});
