// Deployed to GitHub Pages, the site may live under a sub-path such as /la-website/: every internal link,
// asset, feed entry, map file and search result must carry it.
import assert from "node:assert/strict";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import type { Browser } from "playwright-core";
import { launch, openPage, serve, type SiteServer } from "./helpers/browser.ts";
import { elements, isInternal, linksOf, parseHtml } from "./helpers/html.ts";
import { build, listFiles, readText, REPOSITORY, untilSharedBuildEnds } from "./helpers/site.ts";
import { removeTemporary } from "./helpers/repository.ts";

const BASE = "/la-website/";
const folder = mkdtempSync(join(tmpdir(), "living-atlases-subpath-"));
const output = join(folder, "_site");
let browser: Browser;
let site: SiteServer;

before(async () => {
  untilSharedBuildEnds();
  const result = build(REPOSITORY, output, { SITE_BASE_PATH: BASE, SITE_URL: "https://example.github.io" });
  assert.equal(result.status, 0, result.stderr);
  site = await serve(output, BASE);
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await site?.close();
  removeTemporary(folder);
});

test("every internal link, stylesheet, script and data address starts with the base path and resolves", async () => {
  const pages = listFiles(output).filter((file) => file.endsWith(".html") && !file.startsWith("assets/"));
  const addresses = new Set<string>();
  for (const file of pages) {
    const page = parseHtml(readText(output, file));
    const data = elements(page, (element) => Boolean(element.attribs["data-installations"])).flatMap((element) => [
      element.attribs["data-installations"]!,
      element.attribs["data-outlines"]!,
    ]);
    for (const url of [...linksOf(page), ...data].filter((link) => isInternal(link) && !link.startsWith("#"))) {
      assert.ok(url.startsWith(BASE), `${file} -> ${url}`);
      addresses.add(url.split("#")[0]!);
    }
  }
  const broken: string[] = [];
  for (const address of addresses) {
    const response = await fetch(new URL(address, site.origin));
    if (!response.ok) broken.push(`${address}: ${response.status}`);
  }
  assert.deepEqual(broken, []);
});

test("feeds, sitemap and canonical links use the published address with its base path", () => {
  assert.match(readText(output, "feed.xml"), /<link href="https:\/\/example\.github\.io\/la-website\/news\/2025-06-24-kew-launches-its-data-portal\/"\/>/);
  assert.match(readText(output, "feed.xml"), /href=&quot;https:\/\/example\.github\.io\/la-website\/partners\/royal-botanic-gardens-kew\/&quot;/);
  assert.match(readText(output, "sitemap.xml"), /<loc>https:\/\/example\.github\.io\/la-website\/map\/<\/loc>/);
  assert.match(readText(output, "index.html"), /<link rel="canonical" href="https:\/\/example\.github\.io\/la-website\/"\/?>/);
  // iCalendar folds long lines; unfolded, each event links to its page.
  assert.match(readText(output, "events.ics").replace(/\r\n[ \t]/g, ""), /URL;VALUE=URI:https:\/\/example\.github\.io\/la-website\/workshops\/workshop-2018\//);
});

test("the map and the search work under the base path", async () => {
  const { page, misbehaviour } = await openPage(browser, { viewport: { width: 1280, height: 900 } });
  await page.goto(`${site.origin}${BASE}map/?status=discontinued`);
  await page.waitForSelector('#installations-map[data-state="ready"]');
  await page.locator(".map-marker").first().click();
  const partner = await page.locator(".map-popup a", { hasText: "About" }).getAttribute("href");
  assert.ok(partner?.startsWith(`${BASE}partners/`), partner ?? "");

  await page.goto(`${site.origin}${BASE}search/?q=dockerfiles`);
  const result = page.locator(".search-result").first();
  await result.waitFor();
  assert.equal(await result.locator(".search-result__title a").getAttribute("href"), `${BASE}assets/materials/workshop-2016/10-ala-gbif-sweden.pdf`);
  assert.equal(await result.locator(".search-result__event a").getAttribute("href"), `${BASE}workshops/workshop-2016/`);
  assert.deepEqual(misbehaviour.consoleErrors, []);
  assert.deepEqual(misbehaviour.foreignRequests, []);
  await page.context().close();
});
