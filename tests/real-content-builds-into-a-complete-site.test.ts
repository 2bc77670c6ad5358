// The community's real content builds into a complete site: every page, every link, a valid feed and sitemap.
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { checkLinks } from "../src/quality/links.ts";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { before, describe, test } from "node:test";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { byTag, elements, parseHtml, resolveInternal, text, type Page } from "./helpers/html.ts";
import { listFiles, readText, realSite, REPOSITORY } from "./helpers/site.ts";
import { removeTemporary } from "./helpers/repository.ts";
import { TRANSLATION_FILE } from "../src/schema/languages.ts";

const { site: output, pages: sitePages } = realSite();
/** What the tests read of the feed's entries and the sitemap's addresses. */
type AtomEntry = { link: { "@_href": string } };
type SitemapEntry = { loc: string };
let files: string[] = [];
const pages = new Map<string, Page>();

before(() => {
  files = listFiles(output);
  // Workshop materials may be HTML too; they are published as they are, not checked as site pages.
  // What stands at the old site's addresses is checked in every-address-of-the-old-site-answers.
  for (const file of sitePages()) pages.set(file, parseHtml(readText(output, file)));
});

const sources = (folder: string) =>
  readdirSync(join(REPOSITORY, folder))
    // Translations (about.es.md) have their pages under /es/, checked in every-page-exists-in-every-language.
    .filter((name) => name.endsWith(".md") && !TRANSLATION_FILE.test(name))
    .map((name) => name.slice(0, -3));
const urlOf = (file: string) => `/${file.replace(/index\.html$/, "")}`;
const OTHER_LANGUAGES = ["es", "fr", "pt"];
const languageOf = (file: string) => OTHER_LANGUAGES.find((code) => file.startsWith(`${code}/`)) ?? "en";
/** A built file's path in English: es/map/index.html is map/index.html. */
const withoutLanguage = (file: string) => (languageOf(file) === "en" ? file : file.slice(3));

describe("one page per content file", () => {
  for (const [folder, section] of [
    ["content/workshops", "workshops"],
    ["content/partners", "partners"],
    ["content/news", "news"],
    ["content/projects", "projects"],
  ] as const) {
    test(`every file in ${folder} has its page under /${section}/`, () => {
      const expected = sources(folder).map((slug) => `${section}/${slug}/index.html`);
      assert.ok(expected.length > 0);
      const built = files.filter(
        (file) => pages.has(file) && file.startsWith(`${section}/`) && file.endsWith("/index.html") && file !== `${section}/index.html`,
      );
      assert.deepEqual(built, expected.sort());
    });
  }

  test("about and every standing page have their page", () => {
    for (const slug of ["about", ...sources("content/pages")]) assert.ok(files.includes(`${slug}/index.html`), slug);
  });

  test("the home page, section indexes, 404, feed, sitemap and robots.txt exist", () => {
    for (const file of [
      "index.html",
      "workshops/index.html",
      "partners/index.html",
      "projects/index.html",
      "news/index.html",
      "404.html",
      "feed.xml",
      "sitemap.xml",
      "robots.txt",
    ]) {
      assert.ok(files.includes(file), file);
    }
  });

  test("every local workshop material is published, names with spaces and & included", () => {
    const materials = listFiles(join(REPOSITORY, "assets/materials")).map((file) => `assets/materials/${file}`);
    assert.ok(materials.some((file) => file.includes(" & ")));
    for (const file of materials) assert.ok(files.includes(file), file);
  });
});

describe("links", () => {
  test("every internal link, stylesheet, image and anchor resolves to a built file and id", () => {
    assert.deepEqual(checkLinks(output).broken, []);
  });

  test("the link check finds a broken link and a missing anchor, so a pass means something", () => {
    const broken = mkdtempSync(join(tmpdir(), "living-atlases-broken-links-"));
    try {
      mkdirSync(join(broken, "page"), { recursive: true });
      writeFileSync(join(broken, "page/index.html"), '<a href="/nowhere/">x</a><a href="/page/#missing">y</a><a href="#here" id="here">z</a>');
      assert.deepEqual(checkLinks(broken).broken, ["/page/ -> /nowhere/", "/page/ -> /page/#missing (no such anchor)"]);
    } finally {
      removeTemporary(broken);
    }
  });
});

describe("every page", () => {
  test("has exactly one h1", () => {
    for (const [file, page] of pages) assert.equal(byTag(page, "h1").length, 1, file);
  });

  test("has a title no other page in its language has", () => {
    // A page not translated yet keeps the original's title in every language; its language's pages tell them apart.
    for (const code of ["en", ...OTHER_LANGUAGES]) {
      const titles = [...pages].filter(([file]) => languageOf(file) === code).map(([, page]) => text(byTag(page, "title")[0]!));
      assert.ok(titles.length > 100, code);
      assert.equal(new Set(titles).size, titles.length, titles.filter((title, index) => titles.indexOf(title) !== index).join(", "));
    }
  });

  test("has a meta description", () => {
    for (const [file, page] of pages) {
      const description = elements(page, (element) => element.name === "meta" && element.attribs.name === "description")[0];
      assert.ok(description?.attribs.content?.trim(), file);
    }
  });

  test("starts with a skip link to the main content", () => {
    for (const [file, page] of pages) {
      const first = byTag(page, "a")[0]!;
      assert.equal(first.attribs.href, "#main", file);
      assert.equal(elements(page, (element) => element.name === "main" && element.attribs.id === "main").length, 1, file);
    }
  });

  test("marks where the visitor is in the navigation", () => {
    for (const [file, page] of pages) {
      if (withoutLanguage(file) === "404.html") continue;
      const marked = elements(
        page,
        (element) => element.name === "a" && (element.attribs["aria-current"] === "page" || element.attribs.class === "in-section"),
      );
      assert.ok(marked.length >= 1, file);
    }
  });

  test("has a footer with the mailing list and the licence", () => {
    for (const [file, page] of pages) {
      const footer = byTag(page, "footer").find((element) => element.attribs.class === "site-footer");
      assert.ok(footer, file);
      const links = elements(footer as unknown as Page, (element) => element.name === "a").map((link) => link.attribs.href);
      assert.ok(links.includes("https://lists.gbif.org/mailman/listinfo/ala-portal"), file);
      assert.match(text(footer), /Creative Commons/, file);
    }
  });

  test("ships no JavaScript, except the map on the home and map pages and Pagefind on the search page", () => {
    const allowed: Record<string, RegExp[]> = {
      "index.html": [/^\/assets\/map\.[A-Z0-9]+\.js$/],
      "map/index.html": [/^\/assets\/map\.[A-Z0-9]+\.js$/],
      // The search page's script loads Pagefind's component UI once it knows which parts of the index to merge.
      "search/index.html": [/^\/assets\/search\.[A-Z0-9]+\.js$/],
    };
    for (const [file, page] of pages) {
      // JSON-LD is data for search engines, never run.
      const scripts = byTag(page, "script").filter((script) => script.attribs.type !== "application/ld+json");
      const expected = allowed[withoutLanguage(file)] ?? [];
      assert.equal(scripts.length, expected.length, file);
      scripts.forEach((script, index) => {
        assert.match(script.attribs.src ?? "", expected[index]!, file);
        assert.equal(script.attribs.type, "module", file);
      });
    }
  });
});

describe("feed and sitemap", () => {
  test("every link in the feed and the sitemap resolves to a built file", () => {
    const urls = [
      ...[...readText(output, "feed.xml").matchAll(/href="([^"]+)"/g)].map(([, url]) => url!),
      ...[...readText(output, "feed.xml").matchAll(/href=&quot;([^&]+)&quot;/g)].map(([, url]) => url!),
      ...[...readText(output, "sitemap.xml").matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, url]) => url!),
    ].filter((url) => url.startsWith("https://living-atlases.gbif.org/"));
    assert.ok(urls.length > 90);
    const broken = urls.filter((url) => !resolveInternal(output, "/", new URL(url).pathname + new URL(url).hash));
    assert.deepEqual(broken, []);
  });

  test("the Atom feed is well-formed XML with one entry per news post and absolute links", () => {
    const feed = readText(output, "feed.xml");
    assert.equal(XMLValidator.validate(feed), true);
    const parsed = new XMLParser({ ignoreAttributes: false }).parse(feed) as { feed: { entry: AtomEntry | AtomEntry[] } };
    const entries = [parsed.feed.entry].flat();
    assert.equal(entries.length, sources("content/news").length);
    for (const entry of entries) assert.match(entry.link["@_href"], /^https:\/\//);
  });

  test("the sitemap lists every HTML page but the pages not found and the stand-ins for untranslated pages, with absolute addresses", () => {
    const sitemap = readText(output, "sitemap.xml");
    assert.equal(XMLValidator.validate(sitemap), true);
    const locations = [(new XMLParser().parse(sitemap) as { urlset: { url: SitemapEntry | SitemapEntry[] } }).urlset.url]
      .flat()
      .map((entry) => new URL(entry.loc).pathname);
    const standsIn = (page: Page) =>
      elements(page, (element) => element.name === "meta" && element.attribs.name === "robots" && /\bnoindex\b/.test(element.attribs.content ?? "")).length > 0;
    const expected = [...pages]
      .filter(([file, page]) => !file.endsWith("404.html") && !standsIn(page))
      .map(([file]) => urlOf(file))
      .sort();
    assert.deepEqual([...locations].sort(), expected);
  });
});
