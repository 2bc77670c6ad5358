// Search in every language of the real site: Pagefind keeps one index per language, stemmed for it; a language's
// index holds its translated pages and never a page that stands in for an untranslated one; every workshop material
// is in every index with that language's labels; and the search forms on a language's pages lead to its search page.
import assert from "node:assert/strict";
import { before, describe, test } from "node:test";
import type { Page } from "playwright-core";
import { CATALOGUES } from "../src/i18n/catalogues.ts";
import { asksNotToBeIndexed } from "../src/search/pages.ts";
import { openPage, searchIndex, servedSite } from "./helpers/browser.ts";
import { fragmentsOf, readText, sharedRealSite } from "./helpers/site.ts";

const served = servedSite();
const LANGUAGES = ["en", "es", "fr", "pt"] as const;

interface IndexRecord {
  url: string;
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

/** Every record of a language's index, read from Pagefind's files. */
const recordsOf = (language: string) => fragmentsOf<IndexRecord>(served.site, language);

const isMaterial = (record: IndexRecord, language: (typeof LANGUAGES)[number]) => record.meta.type === CATALOGUES[language].search.types.material;

/** The built page at a site path, such as es/governance/index.html for /es/governance/. */
const pageAt = (path: string) => readText(served.site, `${path.slice(1)}index.html`);

/** The pages a visitor finds in the language of `path`'s page: Pagefind picks the index from its <html lang>. */
async function searchFrom(path: string, term: string) {
  await page.goto(`${served.origin}${path}`);
  return searchIndex(page, term);
}

let page: Page;
before(async () => {
  await served.ready();
  ({ page } = await openPage(served.browser));
});

describe("the indexes", () => {
  test("Pagefind builds one index per language of the site, each with that language's stemming", () => {
    const entry = JSON.parse(readText(served.site, "pagefind/pagefind-entry.json")) as { languages: Record<string, { wasm: string }> };
    assert.deepEqual(Object.keys(entry.languages).sort(), [...LANGUAGES]);
    for (const language of LANGUAGES) assert.equal(entry.languages[language]!.wasm, language);
  });

  test("the build says how many pages each language's index holds, and that every language holds every material", () => {
    const { stdout } = sharedRealSite();
    const line = /Search: indexed (\d+) pages \(en (\d+), es (\d+), fr (\d+), pt (\d+)\) and (\d+) workshop materials in each of 4 languages/.exec(stdout);
    assert.ok(line, stdout);
    const [total, ...each] = line.slice(1, 6).map(Number);
    assert.equal(
      total,
      each.reduce((sum, count) => sum + count, 0),
    );
    for (const [position, language] of LANGUAGES.entries()) {
      assert.equal(each[position], recordsOf(language).filter((record) => !isMaterial(record, language)).length, language);
      assert.equal(Number(line[6]), recordsOf(language).filter((record) => isMaterial(record, language)).length, language);
    }
  });

  test("a language's index holds its translated pages, and no page that stands in for an untranslated one", () => {
    // The governance page is not translated: /es/governance/ shows the English text, and asks robots not to index it.
    assert.equal(asksNotToBeIndexed(pageAt("/es/governance/")), true);
    assert.equal(asksNotToBeIndexed(pageAt("/es/about/")), false);
    for (const language of LANGUAGES) {
      const inIndex = recordsOf(language)
        .filter((record) => !isMaterial(record, language))
        .map((record) => record.url)
        .sort();
      // The pages Pagefind may take (their main content is marked) that are written in the language.
      const written = served
        .pages()
        .filter((file) => (language === "en" ? !/^(es|fr|pt)\//.test(file) : file.startsWith(`${language}/`)))
        .filter((file) => {
          const html = readText(served.site, file);
          return html.includes("data-pagefind-body") && !asksNotToBeIndexed(html);
        })
        .map((file) => `/${file.replace(/index\.html$/, "")}`)
        .sort();
      assert.deepEqual(inIndex, written, language);
      for (const url of inIndex) assert.equal(asksNotToBeIndexed(pageAt(url)), false, `${url} stands in for an untranslated page`);
    }
    assert.ok(recordsOf("es").some((record) => record.url === "/es/about/"));
    assert.ok(!recordsOf("es").some((record) => record.url === "/es/governance/"));
    assert.ok(recordsOf("en").some((record) => record.url === "/governance/"));
  });

  test("every workshop material is in every language's index, labelled in that language and linking to its real address", () => {
    const sweden = "/assets/materials/workshop-2016/10-ala-gbif-sweden.pdf";
    const english = recordsOf("en").filter((record) => isMaterial(record, "en"));
    for (const language of ["es", "fr", "pt"] as const) {
      const { search, labels } = CATALOGUES[language];
      const materials = recordsOf(language).filter((record) => isMaterial(record, language));
      assert.equal(materials.length, english.length, language);
      const record = materials.find((candidate) => candidate.meta.url === sweden);
      assert.ok(record, `${language}: the Sweden slides`);
      assert.deepEqual(Object.keys(record.filters).sort(), [search.filters.country, search.filters.kind, search.filters.type, search.filters.year].sort());
      assert.deepEqual(record.filters[search.filters.type], [search.types.material]);
      assert.deepEqual(record.filters[search.filters.kind], [labels.materialKind.slides]);
      assert.equal(record.meta.kind, labels.materialKind.slides);
      assert.equal(record.meta.event_url, `/${language}/workshops/workshop-2016/`);
      assert.match(record.content, /Dockerfiles/);
    }
    // The country is named in each language, and the date written in it.
    const spanish = recordsOf("es").find((record) => record.meta.url === sweden)!;
    assert.deepEqual(spanish.filters[CATALOGUES.es.search.filters.country], ["España"]);
    assert.deepEqual(recordsOf("fr").find((record) => record.meta.url === sweden)!.filters[CATALOGUES.fr.search.filters.country], ["Espagne"]);
    assert.notEqual(spanish.meta.date, english.find((record) => record.url === sweden)!.meta.date);
  });
});

describe("searching from a language's pages", () => {
  test("a Spanish search for a word only in the Spanish About page finds /es/about/, and the English search does not find /about/", async () => {
    assert.ok(pageAt("/es/about/").includes("precisamente") && !pageAt("/about/").includes("precisamente"));
    const spanish = (await searchFrom("/es/search/", "precisamente")).map((hit) => hit.url);
    assert.ok(spanish.includes("/es/about/"), spanish.join(", "));
    const english = (await searchFrom("/search/", "precisamente")).map((hit) => hit.url);
    assert.ok(!english.includes("/about/") && !english.includes("/es/about/"), english.join(", "));
  });

  test("Spanish is stemmed as Spanish: a form of a verb the page never uses finds it", async () => {
    // The About page says "reutilizar" and "Reutilizar"; "reutilizando" shares their stem, reutiliz.
    assert.ok(!/reutilizando/i.test(pageAt("/es/about/")));
    const urls = (await searchFrom("/es/search/", "reutilizando")).map((hit) => hit.url);
    assert.ok(urls.includes("/es/about/"), urls.join(", "));
  });

  test("a word found only in untranslated English pages finds them in English, and finds none of their Spanish stand-ins", async () => {
    const english = (await searchFrom("/search/", "memorandum")).map((hit) => hit.url);
    assert.ok(english.includes("/governance/") && english.includes("/projects/coopbioplat/"), english.join(", "));
    const spanish = (await searchFrom("/es/search/", "memorandum")).map((hit) => hit.url);
    assert.deepEqual(spanish, ["/es/join/"], "the Spanish Join page says memorando; no stand-in page is found");
  });

  test("a material found from the Spanish search page carries the Spanish labels and leads to the file", async () => {
    const [hit, ...others] = await searchFrom("/es/search/", "dockerfiles");
    assert.equal(others.length, 0);
    assert.equal(hit!.meta.url, "/assets/materials/workshop-2016/10-ala-gbif-sweden.pdf");
    assert.equal(hit!.meta.type, CATALOGUES.es.search.types.material);
    assert.equal(hit!.meta.kind, CATALOGUES.es.labels.materialKind.slides);
    assert.deepEqual(hit!.filters[CATALOGUES.es.search.filters.year], ["2016"]);
    const response = await page.request.get(new URL(hit!.meta.url, served.origin).href);
    assert.equal(response.headers()["content-type"], "application/pdf");
  });
});

describe("the search forms", () => {
  test("the header search box and the plain search form on Spanish pages lead to /es/search/", async () => {
    for (const path of ["/es/about/", "/es/governance/", "/es/workshops/workshop-2016/"]) {
      assert.match(pageAt(path), /<form class="site-search" action="\/es\/search\/"/, path);
    }
    assert.match(pageAt("/es/search/"), /<form class="search-fallback without-script" action="\/es\/search\/"/);
    const { page: visitor } = await openPage(served.browser, { javaScriptEnabled: false });
    await visitor.goto(`${served.origin}/es/workshops/workshop-2016/`);
    await visitor.locator("form.site-search input[name=q]").fill("colecciones");
    await visitor.locator("form.site-search button").click();
    await visitor.waitForURL(`${served.origin}/es/search/?q=colecciones`);
    assert.equal(await visitor.locator("form[data-search-fallback] input[name=q]").isVisible(), true);
    await visitor.context().close();
  });
});

describe("pages that ask robots not to index them", () => {
  const head = (meta: string) => `<!DOCTYPE html><html lang="es"><head>${meta}</head><body><p>noindex</p></body></html>`;

  test("are recognised by their robots meta, whatever its case and other directives", () => {
    assert.equal(asksNotToBeIndexed(head('<meta name="robots" content="noindex">')), true);
    assert.equal(asksNotToBeIndexed(head('<meta name="ROBOTS" content="nofollow, NoIndex">')), true);
  });

  test("are only those: other robots directives, other metas and the word in the text do not count", () => {
    assert.equal(asksNotToBeIndexed(head('<meta name="robots" content="nofollow">')), false);
    assert.equal(asksNotToBeIndexed(head('<meta name="description" content="noindex">')), false);
    assert.equal(asksNotToBeIndexed(head("")), false);
  });
});
