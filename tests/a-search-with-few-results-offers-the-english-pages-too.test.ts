// The search page in a language other than English, in Chromium over the real site: a search that finds fewer than
// three results there offers to search the English pages too; taken, the English results follow below the page
// language's, searched with English stemming, without the materials the page's own results already hold.
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { before, describe, test } from "node:test";
import type { Browser, Page } from "playwright-core";
import { CATALOGUES } from "../src/i18n/catalogues.ts";
import { FEW_RESULTS } from "../src/search/browser/original-language.ts";
import { openPage, searchIndex, servedSite, type Misbehaviour } from "./helpers/browser.ts";

const served = servedSite();
const spanish = CATALOGUES.es.search;

before(() => served.ready());

/** axe-core, as @axe-core/playwright ships it, and the WCAG 2.1 A and AA rules the site is held to. */
const AXE = (createRequire(createRequire(import.meta.url).resolve("@axe-core/playwright"))("axe-core") as { source: string }).source;
const WCAG = { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] }, resultTypes: ["violations"] };

/** axe's violations on the page as it is now, in the light and the dark scheme. */
async function violations(visitor: Page): Promise<string[]> {
  await visitor.evaluate(AXE);
  const found: string[] = [];
  for (const colorScheme of ["light", "dark"] as const) {
    await visitor.emulateMedia({ colorScheme });
    const { violations } = await visitor.evaluate<{ violations: Array<{ id: string; nodes: Array<{ target: unknown[] }> }> }>(
      `axe.run(document, ${JSON.stringify(WCAG)})`,
    );
    for (const { id, nodes } of violations) found.push(`${colorScheme}: ${id} (${nodes.map((node) => node.target.join(" ")).join(", ")})`);
  }
  return found;
}

/** A visitor on `path`, once the page language's first results are drawn. */
async function visit(browser: Browser, path: string): Promise<{ visitor: Page; misbehaviour: Misbehaviour }> {
  const { page: visitor, misbehaviour } = await openPage(browser, { viewport: { width: 1280, height: 900 } });
  await visitor.goto(`${served.origin}${path}`);
  await visitor.locator(".search-result:not(.search-result--placeholder)").first().waitFor();
  return { visitor, misbehaviour };
}

const offer = (visitor: Page) => visitor.locator("[data-original-offer]");
const englishResults = (visitor: Page) => visitor.locator(".search-original .search-result");
const englishLinks = (visitor: Page) =>
  englishResults(visitor)
    .locator(".search-result__title a")
    .evaluateAll((links) => links.map((link) => link.getAttribute("href")));

describe("the offer", () => {
  test(`a Spanish search that finds fewer than ${FEW_RESULTS} results offers to search in English too`, async () => {
    const { visitor, misbehaviour } = await visit(served.browser, "/es/search/?q=memorandum");
    assert.equal(await visitor.locator("pagefind-results .search-result").count(), 1);
    await offer(visitor).getByRole("button", { name: spanish.page.original.button }).waitFor();
    assert.equal(await offer(visitor).isVisible(), true);
    assert.ok((await offer(visitor).textContent())?.includes(spanish.page.original.few));
    assert.equal(await visitor.locator(".search-original").isHidden(), true, "no English results until asked");
    assert.deepEqual(misbehaviour.consoleErrors, []);
    await visitor.context().close();
  });

  test(`a Spanish search that finds ${FEW_RESULTS} results or more makes no offer`, async () => {
    const { visitor } = await visit(served.browser, "/es/search/?q=talleres");
    assert.ok((await visitor.locator("pagefind-results .search-result").count()) >= FEW_RESULTS);
    // The results are drawn before the offer is decided: wait until the script has said no.
    await visitor.locator('[data-original-offer][data-offered="false"]').waitFor({ state: "attached" });
    assert.equal(await offer(visitor).getByRole("button").isVisible(), false);
    await visitor.context().close();
  });

  test("the English search page has no such offer", async () => {
    const { visitor } = await visit(served.browser, "/search/?q=memorandum");
    assert.equal(await offer(visitor).count(), 0);
    assert.equal(await visitor.locator(".search-original").count(), 0);
    await visitor.context().close();
  });
});

describe("the English results", () => {
  test("taking the offer shows English pages below the Spanish results, without materials, and keeps it in the address", async () => {
    const { visitor, misbehaviour } = await visit(served.browser, "/es/search/?q=memorandum");
    await offer(visitor).getByRole("button", { name: spanish.page.original.button }).click();
    await englishResults(visitor).first().waitFor();
    assert.equal(await visitor.locator(".search-original h2").textContent(), spanish.page.original.heading);
    assert.equal(await visitor.evaluate("document.activeElement.id"), "search-original-heading");
    const links = await englishLinks(visitor);
    assert.ok(links.includes("/governance/") && links.includes("/join/"), links.join(", "));
    for (const item of await englishResults(visitor).all()) {
      assert.equal(await item.getAttribute("lang"), "en");
      assert.doesNotMatch((await item.locator(".search-result__kind").textContent()) ?? "", /^Material/);
    }
    // The Spanish result is still first, and the page is still in Spanish.
    assert.equal(await visitor.locator("pagefind-results .search-result__title a").first().getAttribute("href"), "/es/join/");
    assert.equal(await visitor.evaluate("document.documentElement.lang"), "es");
    assert.equal(new URL(visitor.url()).search, "?q=memorandum&also=en");
    assert.equal(await offer(visitor).getByRole("button").isVisible(), false);
    assert.deepEqual(misbehaviour.consoleErrors, []);
    assert.deepEqual(misbehaviour.foreignRequests, []);
    await visitor.context().close();
  });

  test("a linked search with also=en shows the English results at once, and they follow the next search", async () => {
    const { visitor } = await visit(served.browser, "/es/search/?q=memorandum&also=en");
    await englishResults(visitor).first().waitFor();
    assert.ok((await englishLinks(visitor)).includes("/governance/"));
    await visitor.locator("pagefind-input input").fill("kilkenny");
    await visitor.locator('.search-original a[href="/news/2019-10-14-strengthening-the-community-of-practice/"]').waitFor();
    assert.equal(new URL(visitor.url()).search, "?q=kilkenny&also=en");
    await visitor.context().close();
  });

  test("they are searched with English stemming, while the Spanish results keep Spanish stemming, whichever loads first", async () => {
    // Stemmed as Spanish, "collectory" would miss the English index's "collectori"; the link counts what is found.
    const { page: reader } = await openPage(served.browser);
    await reader.goto(`${served.origin}/search/`);
    const pages = (await searchIndex(reader, "collectory")).filter((hit) => hit.meta.type !== "Material");
    await reader.context().close();
    assert.ok(pages.length > 5, `${pages.length} English pages`);

    // The Spanish search loads first, then the English one.
    const { visitor } = await visit(served.browser, "/es/search/?q=memorandum");
    await offer(visitor).getByRole("button").click();
    await englishResults(visitor).first().waitFor();
    await visitor.locator("pagefind-input input").fill("collectory");
    const all = visitor.locator(".search-original__all a", { hasText: /\(\d+\)$/ });
    await all.waitFor();
    assert.equal(await all.textContent(), `Todos los resultados en inglés (${pages.length})`);
    assert.equal(await all.getAttribute("href"), "/search/?q=collectory");
    assert.equal(await all.getAttribute("hreflang"), "en");
    assert.equal(await englishResults(visitor).count(), 5);
    await visitor.context().close();

    // The English search loads first, then the Spanish one: "reutilizando" finds the About page's "reutilizar" in Spanish only.
    const { visitor: linked } = await visit(served.browser, "/es/search/?q=reutilizando&also=en");
    await linked.locator('pagefind-results a[href="/es/about/"]').waitFor();
    await linked.context().close();
  });

  test("when English has nothing either, it says so", async () => {
    const { page: visitor } = await openPage(served.browser);
    await visitor.goto(`${served.origin}/es/search/?q=qzxwvhyphenless&also=en`);
    await visitor.locator("[data-original-status]", { hasText: CATALOGUES.es.search.browser.originalNone }).waitFor();
    assert.equal(await englishResults(visitor).count(), 0);
    await visitor.context().close();
  });
});

test("the offer and the English results break none of axe's WCAG 2.1 AA rules, in the light and the dark scheme", async () => {
  const { visitor } = await visit(served.browser, "/es/search/?q=memorandum");
  await offer(visitor).getByRole("button").waitFor();
  assert.deepEqual(await violations(visitor), []);
  await offer(visitor).getByRole("button").click();
  await englishResults(visitor).first().waitFor();
  assert.deepEqual(await violations(visitor), []);
  await visitor.context().close();
});
