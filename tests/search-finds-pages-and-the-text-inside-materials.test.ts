// Search over the real built site: Pagefind's index answers for the text inside workshop files, filters narrow
// it down, the search page works in Chromium with deep links, and ordinary pages never load Pagefind.
import assert from "node:assert/strict";
import { before, describe, test } from "node:test";
import type { Page } from "playwright-core";
import { openPage, searchIndex, servedSite } from "./helpers/browser.ts";
import { sharedRealSite } from "./helpers/site.ts";

const served = servedSite();
let page: Page;

before(async () => {
  await served.ready();
  ({ page } = await openPage(served.browser));
  await page.goto(`${served.origin}/search/`);
});

test("the build says how many pages and materials it indexed, and how many texts came from the cache", () => {
  const { stdout } = sharedRealSite();
  assert.match(
    stdout,
    /Search: indexed \d+ pages \(en \d+, es \d+, fr \d+, pt \d+\) and \d+ workshop materials in each of 4 languages \(text read from \d+ files, \d+ from the cache\) in \d+\.\d\d s\./,
  );
});

describe("the index", () => {
  test("a word found only inside one workshop PDF returns that PDF, naming its workshop", async () => {
    // "Dockerfiles" appears in GBIF Sweden's 2016 slides and in no page of the site.
    const hits = await searchIndex(page, "dockerfiles");
    assert.deepEqual(
      hits.map((hit) => hit.url),
      ["/assets/materials/workshop-2016/10-ala-gbif-sweden.pdf"],
    );
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
    for (const hit of in2018) assert.ok(hit.filters.year?.includes("2018"), `${hit.url} is from ${String(hit.filters.year)}`);
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
    assert.ok(
      hits.some(
        (hit) => hit.url.startsWith("https://drive.google.com/") && hit.meta.event?.startsWith("International Living Atlases workshop - how to improve"),
      ),
    );
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
    const { page: visitor, misbehaviour } = await openPage(served.browser, { viewport: { width: 1280, height: 900 } });
    await visitor.goto(`${served.origin}/search/`);
    await visitor.locator("pagefind-input input").fill("dockerfiles");
    const first = visitor.locator(".search-result").first();
    // A result is drawn first and filled in when its fragment arrives: wait for its kind, which is what is checked.
    await first.locator(".search-result__kind", { hasText: /^(Material|Workshop|News|Partner|Project|Page)( · .+)?/ }).waitFor();
    assert.equal(new URL(visitor.url()).search, "?q=dockerfiles");
    assert.equal(await first.locator(".search-result__event a").textContent(), "International ALA Workshop 2016");
    const href = await first.locator(".search-result__title a").getAttribute("href");
    assert.equal(href, "/assets/materials/workshop-2016/10-ala-gbif-sweden.pdf");
    const response = await visitor.request.get(new URL(href, served.origin).href);
    assert.equal(response.status(), 200);
    assert.equal(response.headers()["content-type"], "application/pdf");
    assert.deepEqual(misbehaviour.consoleErrors, []);
    assert.deepEqual(misbehaviour.foreignRequests, []);
    await visitor.context().close();
  });

  test("?q= opens the page with the query searched, and filters for type, year, country and kind", async () => {
    const { page: visitor } = await openPage(served.browser, { viewport: { width: 1280, height: 900 } });
    await visitor.goto(`${served.origin}/search/?q=spatial`);
    await visitor.locator(".search-result").first().waitFor();
    assert.equal(await visitor.locator("pagefind-input input").inputValue(), "spatial");
    const groups = (await visitor.locator("pagefind-filter-pane").textContent())?.toLowerCase() ?? "";
    for (const filter of ["type", "year", "country", "kind"]) assert.ok(groups.includes(filter), `${filter} filter`);
    await visitor.context().close();
  });

  test("without JavaScript the page is a plain search form", async () => {
    const { page: visitor } = await openPage(served.browser, { javaScriptEnabled: false });
    await visitor.goto(`${served.origin}/search/`);
    assert.equal(await visitor.locator("form[data-search-fallback] input[name=q]").isVisible(), true);
    assert.equal(await visitor.locator("[data-search-app]").isHidden(), true);
    await visitor.context().close();
  });

  test("every other page has a search form that needs no JavaScript, and loads nothing from Pagefind", async () => {
    const { page: visitor } = await openPage(served.browser, { javaScriptEnabled: false });
    const requests: string[] = [];
    visitor.on("request", (request) => requests.push(new URL(request.url()).pathname));
    await visitor.goto(`${served.origin}/workshops/workshop-2016/`);
    await visitor.locator("form.site-search input[name=q]").fill("collectory");
    await visitor.locator("form.site-search button").click();
    await visitor.waitForURL(`${served.origin}/search/?q=collectory`);
    await visitor.context().close();

    const { page: reader } = await openPage(served.browser);
    const loaded: string[] = [];
    reader.on("request", (request) => loaded.push(new URL(request.url()).pathname));
    for (const path of ["/about/", "/workshops/workshop-2016/", "/news/"]) await reader.goto(`${served.origin}${path}`, { waitUntil: "networkidle" });
    assert.deepEqual(
      loaded.filter((path) => path.startsWith("/pagefind/")),
      [],
    );
    await reader.context().close();
  });
});
