// Search over the real built site: Pagefind's index answers for the text inside workshop files, filters narrow
// it down, the search page works in Chromium with deep links, and ordinary pages never load Pagefind.
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import type { Browser, Page } from "playwright-core";
import { launch, openPage, searchIndex, serve, type SiteServer } from "./helpers/browser.ts";
import { makeProject, VALID_FILES } from "./helpers/project.ts";
import { build, REPOSITORY } from "./helpers/site.ts";

const folder = mkdtempSync(join(tmpdir(), "living-atlases-search-"));
let browser: Browser;
let site: SiteServer;
let page: Page;

before(async () => {
  const result = build(REPOSITORY, join(folder, "_site"));
  assert.equal(result.status, 0, result.stderr);
  assert.match(result.stdout, /Search: indexed \d+ pages and \d+ workshop materials \(text read from \d+ files, \d+ from the cache\) in \d+\.\d\d s\./);
  site = await serve(join(folder, "_site"));
  browser = await launch();
  ({ page } = await openPage(browser));
  await page.goto(`${site.origin}/search/`);
});
after(async () => {
  await browser?.close();
  await site?.close();
  rmSync(folder, { recursive: true, force: true });
});

describe("the index", () => {
  test("a word found only inside one workshop PDF returns that PDF, naming its workshop", async () => {
    // "Dockerfiles" appears in GBIF Sweden's 2016 slides and in no page of the site.
    const hits = await searchIndex(page, "dockerfiles");
    assert.deepEqual(hits.map((hit) => hit.url), ["/assets/materials/workshop-2016/10-ala-gbif-sweden.pdf"]);
    assert.equal(hits[0]!.meta.event, "International ALA Workshop 2016");
    assert.equal(hits[0]!.meta.type, "Material");
    assert.match(hits[0]!.excerpt, /<mark>Dockerfiles<\/mark>/i);
  });

  test('"collectory" returns the 2016 workshop and its Collectory slides', async () => {
    const urls = (await searchIndex(page, "collectory")).map((hit) => hit.url);
    assert.ok(urls.includes("/workshops/workshop-2016/"), urls.join(", "));
    assert.ok(urls.includes("/assets/materials/workshop-2016/10-Collectory.pdf"), urls.join(", "));
  });

  test("the year filter narrows results to that year", async () => {
    const all = await searchIndex(page, "workshop");
    const in2018 = await searchIndex(page, "workshop", { year: "2018" });
    assert.ok(in2018.length > 0 && in2018.length < all.length, `${in2018.length} of ${all.length}`);
    for (const hit of in2018) assert.ok(hit.filters.year?.includes("2018"), `${hit.url} is from ${hit.filters.year}`);
  });

  test("type, country and kind filters are indexed", async () => {
    const materials = await searchIndex(page, "atlas", { type: "Material", kind: "Poster" });
    assert.ok(materials.length > 0);
    for (const hit of materials) assert.deepEqual([hit.filters.type, hit.filters.kind], [["Material"], ["Poster"]]);
    const inSpain = await searchIndex(page, "workshop", { type: "Workshop", country: "Spain" });
    assert.ok(inSpain.length > 0);
    for (const hit of inSpain) assert.ok(hit.url.startsWith("/workshops/") && hit.filters.country?.includes("Spain"), hit.url);
  });

  test("a material that is only a link elsewhere is found by its title and authors", async () => {
    const hits = await searchIndex(page, "Mirroreum");
    assert.ok(hits.some((hit) => hit.url.startsWith("https://drive.google.com/") && hit.meta.event?.startsWith("International Living Atlases workshop - how to improve")));
  });

  test("a word that appears nowhere finds nothing", async () => {
    assert.deepEqual(await searchIndex(page, "qzxwvhyphenless"), []);
  });

  test("navigation and footers are not indexed", async () => {
    // Every page's footer links the mailing list; only the contact and join pages talk about it.
    const urls = (await searchIndex(page, "mailing")).map((hit) => hit.url);
    assert.ok(urls.length < 10, urls.join(", "));
    assert.ok(!urls.includes("/workshops/workshop-2016/"));
  });
});

describe("the search page", () => {
  test("typing a query shows results with their type and date, and the first link opens", async () => {
    const { page: visitor, misbehaviour } = await openPage(browser, { viewport: { width: 1280, height: 900 } });
    await visitor.goto(`${site.origin}/search/`);
    await visitor.locator("pagefind-input input").fill("dockerfiles");
    const first = visitor.locator(".search-result").first();
    await first.waitFor();
    assert.match((await first.locator(".search-result__kind").textContent()) ?? "", /^(Material|Workshop|News|Partner|Project|Page)( · .+)?/);
    assert.equal(new URL(visitor.url()).search, "?q=dockerfiles");
    assert.equal(await first.locator(".search-result__event a").textContent(), "International ALA Workshop 2016");
    const href = await first.locator(".search-result__title a").getAttribute("href");
    assert.equal(href, "/assets/materials/workshop-2016/10-ala-gbif-sweden.pdf");
    const response = await visitor.request.get(new URL(href!, site.origin).href);
    assert.equal(response.status(), 200);
    assert.equal(response.headers()["content-type"], "application/pdf");
    assert.deepEqual(misbehaviour.consoleErrors, []);
    assert.deepEqual(misbehaviour.foreignRequests, []);
    await visitor.context().close();
  });

  test("?q= opens the page with the query searched, and filters for type, year, country and kind", async () => {
    const { page: visitor } = await openPage(browser, { viewport: { width: 1280, height: 900 } });
    await visitor.goto(`${site.origin}/search/?q=spatial`);
    await visitor.locator(".search-result").first().waitFor();
    assert.equal(await visitor.locator("pagefind-input input").inputValue(), "spatial");
    const groups = (await visitor.locator("pagefind-filter-pane").textContent())?.toLowerCase() ?? "";
    for (const filter of ["type", "year", "country", "kind"]) assert.ok(groups.includes(filter), `${filter} filter`);
    await visitor.context().close();
  });

  test("without JavaScript the page is a plain search form", async () => {
    const { page: visitor } = await openPage(browser, { javaScriptEnabled: false });
    await visitor.goto(`${site.origin}/search/`);
    assert.equal(await visitor.locator("form[data-search-fallback] input[name=q]").isVisible(), true);
    assert.equal(await visitor.locator("[data-search-app]").isHidden(), true);
    await visitor.context().close();
  });

  test("every other page has a search form that needs no JavaScript, and loads nothing from Pagefind", async () => {
    const { page: visitor } = await openPage(browser, { javaScriptEnabled: false });
    const requests: string[] = [];
    visitor.on("request", (request) => requests.push(new URL(request.url()).pathname));
    await visitor.goto(`${site.origin}/workshops/workshop-2016/`);
    await visitor.locator("form.site-search input[name=q]").fill("collectory");
    await visitor.locator("form.site-search button").click();
    await visitor.waitForURL(`${site.origin}/search/?q=collectory`);
    await visitor.context().close();

    const { page: reader } = await openPage(browser);
    const loaded: string[] = [];
    reader.on("request", (request) => loaded.push(new URL(request.url()).pathname));
    for (const path of ["/about/", "/workshops/workshop-2016/", "/news/"]) await reader.goto(`${site.origin}${path}`, { waitUntil: "networkidle" });
    assert.deepEqual(loaded.filter((path) => path.startsWith("/pagefind/")), []);
    await reader.context().close();
  });
});

describe("hostile material titles", () => {
  const HOSTILE = `<img src=x> & "zebrafish" </p>`;
  const root = makeProject({
    "content/workshops/test-workshop.md": VALID_FILES["content/workshops/test-workshop.md"]!.replace("  - title: Slides", `  - title: ${JSON.stringify(HOSTILE)}`),
  });
  let hostile: SiteServer;
  before(async () => {
    const result = build(root, join(root, "_site"));
    assert.equal(result.status, 0, result.stderr);
    hostile = await serve(join(root, "_site"));
  });
  after(async () => {
    await hostile?.close();
    rmSync(root, { recursive: true, force: true });
  });

  test("show as text in search results", async () => {
    const { page: visitor, misbehaviour } = await openPage(browser, { viewport: { width: 1280, height: 900 } });
    await visitor.goto(`${hostile.origin}/search/?q=zebrafish`);
    const title = visitor.locator(".search-result__title a").first();
    await title.waitFor();
    assert.equal(await title.textContent(), HOSTILE);
    assert.equal(await visitor.locator(".search-result img").count(), 0);
    assert.deepEqual(misbehaviour.dialogs, []);
    await visitor.context().close();
  });
});
