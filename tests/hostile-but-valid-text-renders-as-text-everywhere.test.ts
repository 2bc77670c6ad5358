// Names with <, &, quotes, right-to-left script and emoji are valid, and come out as those characters
// everywhere: pages, map popups, search results, the Atom feed, calendars and JSON-LD.
import assert from "node:assert/strict";
import { rmSync } from "node:fs";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { XMLParser } from "fast-xml-parser";
import type { Browser } from "playwright-core";
import { launch, openPage, serve, type SiteServer } from "./helpers/browser.ts";
import { byTag, parseHtml, text } from "./helpers/html.ts";
import { makeProject, VALID_FILES } from "./helpers/project.ts";
import { build, readText } from "./helpers/site.ts";

const NAME = `Atlas <Ñandú> & "Cóndor" 'Lobo' — أطلس الحياة 🦜`;
const yaml = JSON.stringify(NAME);
const root = makeProject({
  "content/workshops/test-workshop.md": VALID_FILES["content/workshops/test-workshop.md"]!.replace("title: Test workshop", `title: ${yaml}`).replace("  - title: Slides", `  - title: ${yaml}`),
  "content/partners/gbif-spain.md": VALID_FILES["content/partners/gbif-spain.md"]!.replace("name: GBIF Spain", `name: ${yaml}`),
  "_data/installations.yaml": VALID_FILES["_data/installations.yaml"]!.replace("name: Test Portal", `name: ${yaml}`),
  "content/news/2020-01-01-hello.md": `---\ntitle: ${yaml}\ndate: 2020-01-01\nauthors: [${yaml}]\nsummary: ${yaml}\n---\n\nBody.\n`,
});
const site = join(root, "_site");
let browser: Browser;
let server: SiteServer;

before(async () => {
  const result = build(root, site);
  assert.equal(result.status, 0, result.stderr);
  server = await serve(site);
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
  rmSync(root, { recursive: true, force: true });
});

test("pages show the name as written, in headings, titles and tables", () => {
  for (const file of ["workshops/test-workshop/index.html", "partners/gbif-spain/index.html", "news/2020-01-01-hello/index.html"]) {
    const page = parseHtml(readText(site, file));
    assert.equal(text(byTag(page, "h1")[0]!), NAME, file);
    assert.equal(text(byTag(page, "title")[0]!), `${NAME} ${file.startsWith("workshops") ? "(2018) " : ""}· Test Atlases`, file);
  }
  const map = parseHtml(readText(site, "map/index.html"));
  assert.ok(byTag(map, "th").some((cell) => text(cell) === NAME));
});

test("JSON-LD, the Atom feed and the calendars carry the name unchanged", () => {
  const ld = /<script type="application\/ld\+json">([^<]*)<\/script>/.exec(readText(site, "workshops/test-workshop/index.html"))![1]!;
  assert.equal(JSON.parse(ld).name, NAME);
  const feed = new XMLParser().parse(readText(site, "feed.xml"));
  assert.equal(feed.feed.entry.title, NAME);
  assert.equal(feed.feed.entry.author.name, NAME);
  const summary = /^SUMMARY:(.*(?:\r?\n[ \t].*)*)/m.exec(readText(site, "events.ics"))![1]!.replace(/\r?\n[ \t]/g, "");
  assert.equal(summary.replace(/\\([,;\\])/g, "$1"), NAME);
});

test("the map popup and the search results show the name as text", async () => {
  const { page, misbehaviour } = await openPage(browser, { viewport: { width: 1280, height: 900 } });
  await page.goto(`${server.origin}/map/`);
  await page.waitForSelector('#installations-map[data-state="ready"]');
  await page.locator(".map-marker").first().click();
  assert.equal(await page.locator(".map-popup h3").textContent(), NAME);
  assert.equal(await page.locator(".map-popup a", { hasText: "About" }).textContent(), `About ${NAME}`);

  await page.goto(`${server.origin}/search/?q=c%C3%B3ndor`);
  await page.locator(".search-result").first().waitFor();
  const titles = await page.locator(".search-result__title a").allTextContents();
  assert.ok(titles.includes(NAME), titles.join(" | "));
  assert.deepEqual([misbehaviour.consoleErrors, misbehaviour.dialogs], [[], []]);
  await page.context().close();
});
