// axe-core finds no WCAG 2.1 AA violation on any page of the sitemap, in the light and the dark colour scheme,
// nor on the map and search pages once their scripts have drawn them. One test per page, several pages at a time,
// each in its own browser context, so a failure names the page. The dark scheme only swaps colours (a test below
// holds the stylesheets to that), so in the dark axe runs the rules that read colours.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { describe, test } from "node:test";
import * as csstree from "css-tree";
import type { Page } from "playwright-core";
import { openPage, servedSite, waitUntil } from "./helpers/browser.ts";
import { readText, REPOSITORY, sharedRealSite } from "./helpers/site.ts";

const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];
const SCHEMES = ["light", "dark"] as const;
/** axe's WCAG rules whose verdict depends on colours: all that can change between the schemes. */
const COLOUR_RULES = ["color-contrast", "link-in-text-block"];
/** Each scheme's rules; axe reports only violations, which spares it describing every element that passes. */
const RULES = {
  light: { runOnly: { type: "tag", values: TAGS }, resultTypes: ["violations"] },
  dark: { runOnly: { type: "rule", values: COLOUR_RULES }, resultTypes: ["violations"] },
};
const VIEWPORT = { width: 1280, height: 900 };
/** Pages checked at once: axe keeps a core busy, and a page's loading leaves room for another. */
const AT_ONCE = 3;
/**
 * axe-core, the copy @axe-core/playwright runs. Its AxeBuilder sends the 550 KB script to the page twice for
 * every analysis; this sends it once per page and runs it in each scheme, the slowest part of the suite made faster.
 */
const AXE = (createRequire(createRequire(import.meta.url).resolve("@axe-core/playwright"))("axe-core") as { source: string }).source;

interface AxeResults {
  violations: Array<{ id: string; help: string; nodes: Array<{ target: unknown[] }> }>;
}

const served = servedSite();
const shared = sharedRealSite();
/** Pages in other languages that stand in for a translation: the sitemap leaves them out, and their notice is checked here. */
const STAND_INS = ["/es/partners/gbif-spain/", "/fr/workshops/workshop-2016/", "/pt/governance/"];
const paths =
  shared.status === 0
    ? [...[...readText(shared.site, "sitemap.xml").matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, url]) => new URL(url!).pathname), ...STAND_INS]
    : [];

/** axe's rules for WCAG 2.1 A and AA in one scheme, run in the page as it is now; axe must be in the page already. */
async function violations(page: Page, colorScheme: (typeof SCHEMES)[number]): Promise<string[]> {
  const results = await page.evaluate<AxeResults>(`axe.run(document, ${JSON.stringify(RULES[colorScheme])})`);
  return results.violations.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(" ")).join(", ")})`);
}

/**
 * Pages kept from one test to the next: a page that has run axe compiles it again in a fraction of the time, and a
 * visit costs less than a new browser context. A page whose test failed is closed, not reused.
 */
const idlePages: Page[] = [];
async function withPage(use: (page: Page) => Promise<void>): Promise<void> {
  const page = idlePages.pop() ?? (await openPage(served.browser, { viewport: VIEWPORT })).page;
  try {
    await use(page);
    idlePages.push(page);
  } catch (error) {
    await page.context().close();
    throw error;
  }
}

/** The violations on the page as it is now, in each colour scheme, named by scheme. */
async function inEachScheme(page: Page): Promise<string[]> {
  await page.evaluate(AXE);
  const found: string[] = [];
  for (const colorScheme of SCHEMES) {
    await page.emulateMedia({ colorScheme });
    for (const violation of await violations(page, colorScheme)) found.push(`${colorScheme}: ${violation}`);
  }
  return found;
}

test("the dark scheme changes colours and nothing else, so axe's colour rules are all it can fail", () => {
  const COLOUR_PROPERTIES = new Set([
    "color",
    "background",
    "background-color",
    "border-color",
    "outline-color",
    "fill",
    "stroke",
    "text-decoration-color",
    "box-shadow",
  ]);
  for (const file of ["src/layouts/site.css", "src/map/map.css"]) {
    const stylesheet = csstree.parse(readFileSync(join(REPOSITORY, file), "utf8"));
    const lightColours = new Set<string>();
    const darkProperties: string[] = [];
    let darkBlocks = 0;
    csstree.walk(stylesheet, {
      visit: "Atrule",
      enter(rule) {
        if (rule.name !== "media" || !rule.prelude || !/prefers-color-scheme:\s*dark/.test(csstree.generate(rule.prelude))) return;
        darkBlocks += 1;
        csstree.walk(rule, { visit: "Declaration", enter: (declaration) => void darkProperties.push(declaration.property) });
      },
    });
    csstree.walk(stylesheet, {
      visit: "Declaration",
      enter: (declaration) => void (/^#|^rgb|^hsl/.test(csstree.generate(declaration.value).trim()) && lightColours.add(declaration.property)),
    });
    assert.ok(darkBlocks > 0 || file !== "src/layouts/site.css", `${file} has no dark scheme`);
    for (const property of darkProperties)
      assert.ok(
        COLOUR_PROPERTIES.has(property) || (property.startsWith("--") && lightColours.has(property)),
        `${file}: the dark scheme sets ${property}, which is not a colour`,
      );
  }
});

test("the sweep visits every page of the sitemap", () => {
  assert.equal(shared.status, 0, shared.stderr);
  assert.ok(paths.length > 90, `${paths.length} pages`);
  assert.ok(paths.includes("/") && paths.includes("/map/") && paths.includes("/search/"));
  for (const code of ["es", "fr", "pt"]) assert.ok(paths.includes(`/${code}/`) && paths.includes(`/${code}/map/`) && paths.includes(`/${code}/about/`), code);
});

describe("every page in the sitemap", { concurrency: AT_ONCE }, () => {
  for (const path of paths) {
    test(`${path} has no violations in the light and the dark scheme`, () =>
      withPage(async (page) => {
        await page.goto(`${served.origin}${path}`);
        assert.deepEqual(await inEachScheme(page), []);
      }));
  }

  test("the map has no violations once drawn with a popup open, in the light and the dark scheme", async () => {
    const { page } = await openPage(served.browser, { viewport: VIEWPORT });
    try {
      await page.goto(`${served.origin}/map/`);
      await page.waitForSelector('#installations-map[data-state="ready"]');
      await page.locator(".map-marker").first().click();
      await page.locator(".map-popup").waitFor();
      // Leaflet fades popups in over 0.2 s; measured half-transparent, their text would fail on contrast.
      await waitUntil(page, `getComputedStyle(document.querySelector(".leaflet-popup")).opacity === "1"`);
      assert.deepEqual(await inEachScheme(page), []);
    } finally {
      await page.context().close();
    }
  });

  test("the search page has no violations once it shows results, in the light and the dark scheme", async () => {
    const { page } = await openPage(served.browser, { viewport: VIEWPORT });
    try {
      await page.goto(`${served.origin}/search/?q=collectory`);
      await page.locator(".search-result").first().waitFor();
      assert.deepEqual(await inEachScheme(page), []);
    } finally {
      await page.context().close();
    }
  });
});

test("axe reports a page that breaks the rules, every rule in the light scheme and the colours in the dark, so a pass means something", async () => {
  const { page } = await openPage(served.browser);
  try {
    await page.setContent('<html><body><img src="/x.png"><a href="/"></a><p style="color:#777;background:#888">faint</p></body></html>');
    const found = await inEachScheme(page);
    const ids = (colorScheme: string) =>
      found.filter((violation) => violation.startsWith(`${colorScheme}: `)).map((violation) => violation.split(":")[1]!.trim());
    assert.ok(
      ["image-alt", "link-name", "color-contrast"].every((id) => ids("light").includes(id)),
      found.join("\n"),
    );
    assert.deepEqual(ids("dark"), ["color-contrast"], found.join("\n"));
  } finally {
    await page.context().close();
  }
});

test("a colour that fails only in the dark scheme is reported in the dark scheme alone", async () => {
  const { page } = await openPage(served.browser);
  try {
    await page.setContent(
      '<html lang="en"><head><title>t</title><style>p { color: #000; background: #fff } @media (prefers-color-scheme: dark) { p { color: #444; background: #333 } }</style></head><body><main><h1>t</h1><p>faint in the dark</p></main></body></html>',
    );
    const found = await inEachScheme(page);
    assert.ok(found.length > 0 && found.every((violation) => violation.startsWith("dark: color-contrast")), found.join("\n"));
  } finally {
    await page.context().close();
  }
});
