// Whatever an editor types is printed as the characters typed: names with <, &, quotes, right-to-left script and
// emoji, and text that looks like markup or tries to close an element, come out as text everywhere: pages, titles,
// map popups, search results, the Atom feed, calendars and JSON-LD. Templates escape by default, and only checked
// Markdown is raw HTML. One small project holds every case, built and served once.
import assert from "node:assert/strict";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { XMLParser } from "fast-xml-parser";
import type { Browser, Page } from "playwright-core";
import { launch, openPage, serve, waitUntil, type SiteServer } from "./helpers/browser.ts";
import { byTag, elements, parseHtml, text } from "./helpers/html.ts";
import { makeRepository, removeTemporary, VALID_FILES } from "./helpers/repository.ts";
import { build, readText, REPOSITORY } from "./helpers/site.ts";

/** Valid in every field: shown as written, on every page and in every format. */
const NAME = `Atlas <Ñandú> & "Cóndor" 'Lobo' — أطلس الحياة 🦜`;
/** A workshop title that looks like an element, a script end tag and markup. */
const MARKUP_TITLE = `<img src=x></script> & "quotes" 'single' <b>bold</b>`;
/** A partner name that tries to close the page's <title>. */
const TITLE_BREAKER = `</title><b>not bold</b>`;
const NEWS_TITLE = "Tom & Jerry <b>bold</b> \u202eRTL";
const NEWS_SUMMARY = "A & B <i>";
/** A material title, searched for by its one plain word. */
const MATERIAL_TITLE = `<img src=x> & "zebrafish" </p>`;
/** Validation refuses names with code in them, so this one is put straight into the data the map's browser code reads. */
const INJECTED = `<img src=x onerror=alert(1)>`;

const yaml = JSON.stringify;
const root = makeRepository({
  "content/workshops/test-workshop.md": VALID_FILES["content/workshops/test-workshop.md"]!.replace("title: Test workshop", `title: ${yaml(NAME)}`).replace(
    "  - title: Slides",
    `  - title: ${yaml(MATERIAL_TITLE)}\n    url: /assets/materials/test-workshop/notes.pdf\n    kind: slides\n  - title: ${yaml(NAME)}`,
  ),
  "assets/materials/test-workshop/notes.pdf": "%PDF-1.4 test",
  "content/workshops/markup-workshop.md": `---\ntitle: ${yaml(MARKUP_TITLE)}\nkind: workshop\nstart: 2018-05-07\nend: 2018-05-08\nlocation:\n  city: Lisbon\n  country: PT\nsummary: Two days in Lisbon.\n---\n\nBody text.\n`,
  "content/partners/gbif-spain.md": VALID_FILES["content/partners/gbif-spain.md"]!.replace("name: GBIF Spain", `name: ${yaml(NAME)}`),
  "content/partners/title-breaker.md": `---\nname: ${yaml(TITLE_BREAKER)}\ncountry: PT\nkind: gbif-node\nwebsite: https://www.gbif.pt/\njoined: 2014\n---\n\nThe Portuguese node.\n`,
  "_data/installations.yaml": `${VALID_FILES["_data/installations.yaml"]!.replace("name: Test Portal", `name: ${yaml(NAME)}`)}- id: injected-portal
  name: Injected Portal
  url: https://injected.example.org/
  country: JP
  status: live
  launched: 2020
  languages: [ja]
  lat: 35.68
  lon: 139.69
  partner: gbif-spain
`,
  "content/news/2020-01-01-hello.md": `---\ntitle: ${yaml(NAME)}\ndate: 2020-01-01\nauthors: [${yaml(NAME)}]\nsummary: ${yaml(NAME)}\n---\n\nBody.\n`,
  "content/news/2020-02-02-markup.md": `---\ntitle: ${yaml(NEWS_TITLE)}\ndate: 2020-02-02\nauthors: [Editor]\nsummary: ${yaml(NEWS_SUMMARY)}\n---\n\nBody.\n`,
});
const site = join(root, "_site");
let browser: Browser;
let server: SiteServer;

before(async () => {
  const result = build(root, site);
  assert.equal(result.status, 0, result.stderr);
  const assets = join(site, "assets");
  const data = readdirSync(assets).find((name) => name.startsWith("installations."))!;
  const installations = JSON.parse(readFileSync(join(assets, data), "utf8")) as Array<{ id: string; name: string; partner: { name: string } | null }>;
  const injected = installations.find((installation) => installation.id === "injected-portal")!;
  injected.name = INJECTED;
  injected.partner!.name = `${INJECTED} partner`;
  writeFileSync(join(assets, data), JSON.stringify(installations));
  [server, browser] = await Promise.all([serve(site), launch()]);
});
after(async () => {
  await browser?.close();
  await server?.close();
  removeTemporary(root);
});

type FeedEntry = { title: string; author: { name: string } };
/** The JSON-LD a page carries, read back as data. */
const ldOf = (file: string) => {
  const data = /<script type="application\/ld\+json">([^<]*)<\/script>/.exec(readText(site, file));
  return data ? (JSON.parse(data[1]!) as { name: string }) : undefined;
};

describe("pages", () => {
  test("show the name as written, in headings, titles and tables", () => {
    for (const file of ["workshops/test-workshop/index.html", "partners/gbif-spain/index.html", "news/2020-01-01-hello/index.html"]) {
      const page = parseHtml(readText(site, file));
      assert.equal(text(byTag(page, "h1")[0]!), NAME, file);
      assert.equal(text(byTag(page, "title")[0]!), `${NAME} ${file.startsWith("workshops") ? "(2018) " : ""}· Test Atlases`, file);
    }
    const map = parseHtml(readText(site, "map/index.html"));
    assert.ok(byTag(map, "th").some((cell) => text(cell) === NAME));
  });

  test("a workshop title that looks like markup renders as the characters the editor typed", () => {
    const page = parseHtml(readText(site, "workshops/markup-workshop/index.html"));
    assert.equal(text(byTag(page, "h1")[0]!), MARKUP_TITLE);
    assert.equal(text(byTag(page, "title")[0]!), `${MARKUP_TITLE} (2018) · Test Atlases`);
    assert.equal(elements(page, (element) => element.name === "img" || element.name === "b").length, 0);
  });

  test("a partner name cannot close the title element or add markup", () => {
    const page = parseHtml(readText(site, "partners/title-breaker/index.html"));
    assert.equal(text(byTag(page, "title")[0]!), `${TITLE_BREAKER} · Test Atlases`);
    assert.equal(byTag(page, "b").length, 0);
  });
});

describe("feeds, calendars and JSON-LD", () => {
  test("carry the name unchanged", () => {
    assert.equal(ldOf("workshops/test-workshop/index.html")?.name, NAME);
    const feed = new XMLParser().parse(readText(site, "feed.xml")) as { feed: { entry: FeedEntry | FeedEntry[] } };
    const entries = [feed.feed.entry].flat();
    const entry = entries.find((candidate) => candidate.title === NAME);
    assert.ok(entry, entries.map((candidate) => candidate.title).join(" | "));
    assert.equal(entry.author.name, NAME);
    const summaries = [...readText(site, "events.ics").matchAll(/^SUMMARY:(.*(?:\r?\n[ \t].*)*)/gm)].map(([, summary]) =>
      summary!.replace(/\r?\n[ \t]/g, "").replace(/\\([,;\\])/g, "$1"),
    );
    assert.ok(summaries.includes(NAME), summaries.join(" | "));
  });

  test("the feed escapes markup in titles and summaries", () => {
    const feed = readText(site, "feed.xml");
    assert.ok(feed.includes("<title>Tom &amp; Jerry &lt;b&gt;bold&lt;/b&gt; \u202eRTL</title>"));
    assert.ok(feed.includes("<summary>A &amp; B &lt;i&gt;</summary>"));
  });

  test("JSON-LD cannot be closed early by a title that contains </script>", () => {
    const data = ldOf("workshops/markup-workshop/index.html");
    assert.ok(data, "the workshop page has JSON-LD");
    assert.equal(data.name, MARKUP_TITLE);
  });
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

describe("in the browser", () => {
  /** Opens the map and waits until it has loaded and its clusters have stopped moving. */
  async function openMap(page: Page): Promise<void> {
    await page.goto(`${server.origin}/map/`);
    await page.waitForSelector('#installations-map[data-state="ready"]');
    await waitUntil(page, `!document.querySelector(".leaflet-cluster-anim") && !document.querySelector(".leaflet-zoom-anim")`);
  }

  test("the map popup and the search results show the name as text", async () => {
    const { page, misbehaviour } = await openPage(browser, { viewport: { width: 1280, height: 900 } });
    await openMap(page);
    await page.click(`[aria-label=${JSON.stringify(`${NAME}: Live`)}]`);
    assert.equal(await page.locator(".map-popup h3").textContent(), NAME);
    assert.equal(await page.locator(".map-popup a", { hasText: "About" }).textContent(), `About ${NAME}`);

    await page.goto(`${server.origin}/search/?q=c%C3%B3ndor`);
    await page.locator(".search-result").first().waitFor();
    const titles = await page.locator(".search-result__title a").allTextContents();
    assert.ok(titles.includes(NAME), titles.join(" | "));
    assert.deepEqual([misbehaviour.consoleErrors, misbehaviour.dialogs], [[], []]);
    await page.context().close();
  });

  test("names that reach the map's data with code in them render as the characters typed, in the marker's name and the popup", async () => {
    const { page, misbehaviour } = await openPage(browser, { viewport: { width: 1280, height: 900 } });
    await openMap(page);
    await page.click(`[aria-label=${JSON.stringify(`${INJECTED}: Live`)}]`);
    assert.equal(await page.locator(".map-popup h3").textContent(), INJECTED);
    assert.equal(await page.locator(".map-popup a", { hasText: "partner" }).textContent(), `About ${INJECTED} partner`);
    assert.equal(await page.locator(".map-popup img, #installations-map img[src='x']").count(), 0);
    assert.deepEqual([misbehaviour.consoleErrors, misbehaviour.foreignRequests, misbehaviour.dialogs], [[], [], []]);
    await page.context().close();
  });

  test("a material's title that looks like markup shows as text in search results", async () => {
    const { page, misbehaviour } = await openPage(browser, { viewport: { width: 1280, height: 900 } });
    await page.goto(`${server.origin}/search/?q=zebrafish`);
    const title = page.locator(".search-result__title a").first();
    await title.waitFor();
    assert.equal(await title.textContent(), MATERIAL_TITLE);
    assert.equal(await page.locator(".search-result img").count(), 0);
    assert.deepEqual(misbehaviour.dialogs, []);
    await page.context().close();
  });
});
