// axe-core finds no WCAG 2.1 AA violation on any page of the sitemap, in the light and the dark colour scheme,
// nor on the map and search pages once their scripts have drawn them.
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { AxeBuilder } from "@axe-core/playwright";
import type { Browser, Page } from "playwright-core";
import { launch, openPage, serve, waitUntil, type SiteServer } from "./helpers/browser.ts";
import { build, readText, REPOSITORY } from "./helpers/site.ts";

const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];
const folder = mkdtempSync(join(tmpdir(), "living-atlases-a11y-"));
const output = join(folder, "_site");
let browser: Browser;
let site: SiteServer;
let paths: string[] = [];

before(async () => {
  const result = build(REPOSITORY, output);
  assert.equal(result.status, 0, result.stderr);
  paths = [...readText(output, "sitemap.xml").matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, url]) => new URL(url!).pathname);
  site = await serve(output);
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await site?.close();
  rmSync(folder, { recursive: true, force: true });
});

async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return results.violations.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(" ")).join(", ")})`);
}

for (const colorScheme of ["light", "dark"] as const) {
  test(`every page in the sitemap has no violations in the ${colorScheme} scheme`, async () => {
    assert.ok(paths.length > 90);
    const { page } = await openPage(browser, { colorScheme, viewport: { width: 1280, height: 900 } });
    const found: string[] = [];
    for (const path of paths) {
      await page.goto(`${site.origin}${path}`);
      for (const violation of await violations(page)) found.push(`${path} ${violation}`);
    }
    assert.deepEqual(found, []);
    await page.context().close();
  });

  test(`the map and the search page have no violations once drawn, in the ${colorScheme} scheme`, async () => {
    const { page } = await openPage(browser, { colorScheme, viewport: { width: 1280, height: 900 } });
    await page.goto(`${site.origin}/map/`);
    await page.waitForSelector('#installations-map[data-state="ready"]');
    await page.locator(".map-marker").first().click();
    await page.locator(".map-popup").waitFor();
    // Leaflet fades popups in over 0.2 s; measured half-transparent, their text would fail on contrast.
    await waitUntil(page, `getComputedStyle(document.querySelector(".leaflet-popup")).opacity === "1"`);
    const map = await violations(page);
    await page.goto(`${site.origin}/search/?q=collectory`);
    await page.locator(".search-result").first().waitFor();
    const search = await violations(page);
    assert.deepEqual([...map, ...search], []);
    await page.context().close();
  });
}

test("axe reports a page that breaks the rules, so a pass means something", async () => {
  const { page } = await openPage(browser);
  await page.setContent('<html><body><img src="/x.png"><a href="/"></a><p style="color:#777;background:#888">faint</p></body></html>');
  assert.ok((await violations(page)).length >= 2);
  await page.context().close();
});
