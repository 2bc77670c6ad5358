// A big site's search index is built in parts, one Pagefind process after another, so that memory holds one part's
// words at a time, and the search page merges them (src/search/parts.ts). Checked on the real content split into
// parts of 100 records per language, against the shared build of the same content in one index: every search
// finds the same results, on the search page too.
import assert from "node:assert/strict";
import { existsSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import type { Page } from "playwright-core";
import { partFolder, PARTS_FILE, type SearchParts } from "../src/search/parts.ts";
import { openPage, searchIndex, serve, servedSite, type SiteServer } from "./helpers/browser.ts";
import { removeTemporary } from "./helpers/repository.ts";
import { build, REPOSITORY, untilSharedBuildEnds, type BuildResult } from "./helpers/site.ts";

const PART = 100;
const folder = mkdtempSync(join(tmpdir(), "living-atlases-parts-"));
const output = join(folder, "_site");
const whole = servedSite();
let split: SiteServer;
let result: BuildResult;

before(async () => {
  await whole.ready();
  untilSharedBuildEnds();
  result = build(REPOSITORY, output, { LIVING_ATLASES_SEARCH_PART: String(PART) });
  assert.equal(result.status, 0, result.stderr);
  split = await serve(output);
});
after(async () => {
  await split?.close();
  removeTemporary(folder);
});

const partsOf = (site: string) => JSON.parse(readFileSync(join(site, "pagefind", PARTS_FILE), "utf8")) as SearchParts;

/** A page of the site at `origin`, opened at `path`. */
async function pageAt(origin: string, path: string): Promise<Page> {
  const { page } = await openPage(whole.browser);
  await page.goto(`${origin}${path}`);
  return page;
}

test("a language with more records than a part holds has further parts, which hold only index data, and the build says so", () => {
  assert.deepEqual(partsOf(whole.site), { en: 1, es: 1, fr: 1, pt: 1 });
  const parts = partsOf(output);
  // 102 materials in every language, and English has over a hundred pages besides: 205 records need 3 parts of 100,
  // and parts come in pairs, so that two processes build to the end.
  assert.deepEqual(parts, { en: 4, es: 2, fr: 2, pt: 2 });
  assert.match(result.stdout, /Search: indexed .* in 4 parts /);
  for (const number of [2, 3, 4]) {
    const files = readdirSync(join(output, "pagefind", partFolder(number))).sort();
    assert.ok(files.includes("pagefind-entry.json"), files.join(", "));
    assert.deepEqual(
      files.filter((file) => !/^(pagefind-entry\.json|pagefind\.[a-z]+_[0-9a-f]+\.pf_meta|index|filter|fragment)$/.test(file)),
      [],
      `part ${number} holds only index data`,
    );
  }
  assert.ok(!existsSync(join(output, "pagefind", partFolder(5))));
  const languages = (number: number) =>
    Object.keys(
      (JSON.parse(readFileSync(join(output, "pagefind", partFolder(number), "pagefind-entry.json"), "utf8")) as { languages: object }).languages,
    ).sort();
  assert.deepEqual(languages(2), ["en", "es", "fr", "pt"]);
  for (const number of [3, 4])
    assert.deepEqual(languages(number), ["en"], "a part holds only the languages that reach it, so no search falls back to another language's records");
});

test("every search finds in the parts what one index finds, and a word every part knows finds just that, in every language", async () => {
  const searches: Array<[string, string, Record<string, string>]> = [
    ["/search/", "dockerfiles", {}],
    ["/search/", "collectory", {}],
    ["/search/", "atlas", {}],
    ["/search/", "spatial", { year: "2016" }],
    ["/search/", "workshop", { type: "Material" }],
    ["/es/search/", "taller", {}],
    ["/es/search/", "atlas", {}],
    ["/fr/search/", "atelier", {}],
    ["/pt/search/", "portal", {}],
  ];
  let needsTheParts = 0;
  for (const [path, term, filters] of searches) {
    const [inOne, inParts] = [await pageAt(whole.origin, path), await pageAt(split.origin, path)];
    const expected = (await searchIndex(inOne, term, filters)).map((hit) => hit.url);
    const found = (await searchIndex(inParts, term, filters)).map((hit) => hit.url);
    const search = `${path} ${term} ${JSON.stringify(filters)}`;
    assert.ok(expected.length > 0, `${search} finds something`);
    assert.deepEqual(
      expected.filter((url) => !found.includes(url)),
      [],
      `${search}: no result is lost`,
    );
    // A word missing from a part is matched there by its longest beginning the part knows, as Pagefind matches any
    // word it does not know: "dockerfiles", in one file of the main bundle only, finds pages about Docker in the others.
    if (term !== "dockerfiles") {
      assert.deepEqual([...found].sort(), [...expected].sort(), `${search}: a word every part knows finds the same results`);
    }
    // Pagefind's module keeps what it merged: the main bundle alone is searched from a page of its own.
    const inMain = await pageAt(split.origin, path);
    if ((await searchIndex(inMain, term, filters, { mainOnly: true })).length < expected.length) needsTheParts++;
    for (const page of [inOne, inParts, inMain]) await page.context().close();
  }
  assert.ok(needsTheParts >= 3, `only ${needsTheParts} searches found fewer in the main bundle alone: the parts were not tested`);
});

/** The number of results the search page's summary counts, once it has counted them. */
async function summaryCount(page: Page): Promise<number> {
  const summary = page.locator("pagefind-summary");
  await summary.filter({ hasText: /\d+ result/ }).waitFor();
  return Number(/(\d+) result/.exec((await summary.textContent()) ?? "")![1]);
}

test("the search page merges the parts: it counts and lists the results of every part, without an error", async () => {
  for (const term of ["atlas", "workshop"]) {
    const counts = [];
    for (const origin of [whole.origin, split.origin]) {
      const { page, misbehaviour } = await openPage(whole.browser, { viewport: { width: 1280, height: 900 } });
      await page.goto(`${origin}/search/?q=${term}`);
      counts.push(await summaryCount(page));
      assert.deepEqual(misbehaviour.consoleErrors, []);
      await page.context().close();
    }
    assert.equal(counts[1], counts[0], `results for ${term}`);
  }
});

test("a Spanish search's results in English come from every English part", async () => {
  const texts = [];
  for (const origin of [whole.origin, split.origin]) {
    const page = await pageAt(origin, "/es/search/?q=atlas&also=en");
    const all = page.locator(".search-original__all a");
    await all.filter({ hasText: /\d/ }).waitFor();
    texts.push(await all.textContent());
    await page.context().close();
  }
  assert.equal(texts[1], texts[0]);
});
