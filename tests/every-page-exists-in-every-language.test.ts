// Every page of the real site exists in English, Spanish, French and Portuguese: translated where a translation
// exists, and otherwise a stand-in with the interface in the language, the English text marked as English, a notice,
// noindex and a canonical link to the English page. Translations name each other symmetrically with hreflang, links
// stay in the visitor's language, and the language switcher is a plain link that works without JavaScript.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import type { Element } from "domhandler";
import { byTag, elements, parseHtml, type Page } from "./helpers/html.ts";
import { openPage, servedSite } from "./helpers/browser.ts";
import { readText } from "./helpers/site.ts";

const OTHER_LANGUAGES = ["es", "fr", "pt"] as const;
const LANGUAGES = ["en", ...OTHER_LANGUAGES] as const;
const ORIGIN = "https://living-atlases.gbif.org";

const served = servedSite();
const pages = new Map<string, Page>();
const html = (path: string): Page => {
  let page = pages.get(path);
  if (!page) pages.set(path, (page = parseHtml(readText(served.site, path))));
  return page;
};
const urlOf = (file: string) => `/${file.replace(/index\.html$/, "")}`;
const fileOf = (url: string) => `${url.slice(1)}${url.endsWith("/") ? "index.html" : ""}`;
const attribute = (element: Element | undefined, name: string) => element?.attribs[name];
const head = (page: Page, rel: string) => elements(page, (element) => element.name === "link" && element.attribs.rel === rel);
const isStandIn = (page: Page) =>
  elements(page, (element) => element.name === "meta" && element.attribs.name === "robots" && element.attribs.content === "noindex").length > 0;
/** hreflang code to full address, as a page's head lists its translations. */
const alternatesOf = (page: Page) =>
  new Map(head(page, "alternate").flatMap((link) => (link.attribs.hreflang ? [[link.attribs.hreflang, link.attribs.href!] as const] : [])));

/** The English pages a visitor reads, without the other languages' folders. */
const englishPages = () => served.pages().filter((file) => !OTHER_LANGUAGES.some((code) => file.startsWith(`${code}/`)));

describe("every page exists in every language", () => {
  test("each English page has a Spanish, French and Portuguese page at /<code>/ plus its address", () => {
    const english = englishPages();
    assert.ok(english.length > 100, `only ${english.length} English pages`);
    const missing = english.flatMap((file) => OTHER_LANGUAGES.filter((code) => !served.pages().includes(`${code}/${file}`)).map((code) => `${code}/${file}`));
    assert.deepEqual(missing, []);
  });

  test("each page declares the language of its folder, and its direction", () => {
    for (const file of served.pages()) {
      const code = OTHER_LANGUAGES.find((candidate) => file.startsWith(`${candidate}/`)) ?? "en";
      const root = byTag(html(file), "html")[0];
      assert.equal(attribute(root, "lang"), code, file);
      assert.equal(attribute(root, "dir"), "ltr", file);
    }
  });

  test("the translated pages are the ones with a translation file, and the others stand in for them", () => {
    const translated = (code: string) =>
      served
        .pages()
        .filter((file) => file.startsWith(`${code}/`) && file.endsWith("index.html") && !isStandIn(html(file)))
        .map(urlOf);
    for (const code of OTHER_LANGUAGES) {
      const pagesOfCode = translated(code);
      for (const path of [
        "/about/",
        "/join/",
        "/faq/",
        "/quick-start/",
        "/workshops/workshop-2025/",
        "/workshops/workshop-2022/",
        "/workshops/livingdata-2025/",
      ]) {
        assert.ok(pagesOfCode.includes(`/${code}${path}`), `/${code}${path} is translated`);
      }
      // Generated pages (lists, map, search) have their interface translated, so they are never stand-ins.
      for (const path of ["/", "/workshops/", "/map/", "/search/", "/partners/", "/news/", "/translations/"])
        assert.ok(pagesOfCode.includes(`/${code}${path}`), `/${code}${path}`);
      assert.ok(!pagesOfCode.includes(`/${code}/partners/gbif-spain/`), `/${code}/partners/gbif-spain/ has no translation`);
    }
  });
});

describe("a page not translated yet", () => {
  const standIn = "es/partners/gbif-spain/index.html";

  test("is noindex, points its canonical link at the English page, and names no alternates", () => {
    const page = html(standIn);
    assert.ok(isStandIn(page));
    assert.equal(attribute(head(page, "canonical")[0], "href"), `${ORIGIN}/partners/gbif-spain/`);
    assert.deepEqual([...alternatesOf(page).keys()], []);
  });

  test("shows the English text marked lang=en, under a notice in the page's language that links to the English page", () => {
    const page = html(standIn);
    const prose = elements(page, (element) => element.attribs.class === "prose")[0];
    assert.equal(attribute(prose, "lang"), "en");
    const notice = elements(page, (element) => element.attribs.class === "wrap language-notice")[0] as unknown as Page;
    assert.ok(notice, "the notice is there");
    assert.match(readText(served.site, standIn), /Esta página aún no se ha traducido\. Se muestra en inglés\./);
    const original = elements(notice, (element) => element.name === "a" && element.attribs.hreflang === "en");
    assert.equal(attribute(original[0], "href"), "/partners/gbif-spain/");
  });

  test("is left out of the sitemap, as every page that carries noindex", () => {
    const sitemap = readText(served.site, "sitemap.xml");
    const listed = new Set([...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, url]) => new URL(url!).pathname));
    const standIns = served.pages().filter((file) => isStandIn(html(file)));
    assert.ok(standIns.length > 100, `only ${standIns.length} stand-ins`);
    assert.deepEqual(
      standIns.map(urlOf).filter((url) => listed.has(url)),
      [],
    );
  });
});

describe("translations name each other", () => {
  test("hreflang sets are symmetric: every page a page names names the same set back, with x-default on the English page", () => {
    const problems: string[] = [];
    for (const file of served.pages().filter((candidate) => candidate.endsWith("index.html"))) {
      const alternates = alternatesOf(html(file));
      if (alternates.size === 0) continue;
      const expected = JSON.stringify([...alternates].sort());
      if (alternates.get("x-default") !== alternates.get("en")) problems.push(`${file}: x-default is not the English page`);
      if (alternates.get(file.match(/^(es|fr|pt)\//)?.[1] ?? "en") !== `${ORIGIN}${urlOf(file)}`) problems.push(`${file}: does not name itself`);
      for (const [code, href] of alternates) {
        if (code === "x-default") continue;
        const other = fileOf(new URL(href).pathname);
        const back = JSON.stringify([...alternatesOf(html(other))].sort());
        if (back !== expected) problems.push(`${file} names ${other} (${code}), which names ${back}`);
      }
    }
    assert.deepEqual(problems, []);
  });

  test("a translated workshop names its English, Spanish, French and Portuguese pages", () => {
    assert.deepEqual(
      [...alternatesOf(html("fr/workshops/workshop-2025/index.html"))].sort(),
      [
        ...LANGUAGES.map((code) => [code, `${ORIGIN}${code === "en" ? "" : `/${code}`}/workshops/workshop-2025/`]),
        ["x-default", `${ORIGIN}/workshops/workshop-2025/`],
      ].sort(),
    );
  });
});

describe("links keep the visitor in their language", () => {
  test("links in the navigation and in the translated text lead to the same language's pages, and materials stay where they are", () => {
    const page = html("es/about/index.html");
    const hrefs = byTag(page, "a").map((link) => link.attribs.href ?? "");
    assert.ok(hrefs.includes("/es/workshops/"), "the navigation's Workshops link is Spanish");
    assert.ok(hrefs.includes("/es/partners/atlas-of-living-australia/"), "the text's link to a partner is Spanish");
    const form = byTag(page, "form")[0];
    assert.equal(attribute(form, "action"), "/es/search/");
    const workshop = byTag(html("es/workshops/workshop-2025/index.html"), "a").map((link) => link.attribs.href ?? "");
    assert.ok(
      workshop.some((href) => href.startsWith("/assets/materials/")),
      "materials keep their address",
    );
    assert.ok(!workshop.some((href) => href.startsWith("/es/assets/")));
  });

  test("the switcher names every language in itself, marks the current one, and leads to the same page in each", () => {
    const switcher = elements(html("pt/workshops/index.html"), (element) => element.attribs.class === "language-switcher")[0]!;
    const links = byTag(switcher as unknown as Page, "a").map((link) => [
      link.attribs.href,
      link.attribs.hreflang,
      link.attribs.lang,
      link.attribs["aria-current"] ?? "",
      link.children.map((child) => ("data" in child ? child.data : "")).join(""),
    ]);
    assert.deepEqual(links, [
      ["/workshops/", "en", "en", "", "English"],
      ["/es/workshops/", "es", "es", "", "Español"],
      ["/fr/workshops/", "fr", "fr", "", "Français"],
      ["/pt/workshops/", "pt", "pt", "true", "Português"],
    ]);
  });

  test("the switcher works without JavaScript and remembers nothing", async () => {
    await served.ready();
    const { page } = await openPage(served.browser, { javaScriptEnabled: false, viewport: { width: 390, height: 800 } });
    try {
      await page.goto(`${served.origin}/es/workshops/workshop-2025/`);
      await page.click('.language-switcher a[hreflang="fr"]');
      await page.waitForURL(`${served.origin}/fr/workshops/workshop-2025/`);
      assert.equal(await page.getAttribute("html", "lang"), "fr");
      assert.match((await page.textContent("h1")) ?? "", /Atelier/);
      await page.click('.language-switcher a[hreflang="en"]');
      await page.waitForURL(`${served.origin}/workshops/workshop-2025/`);
      assert.equal(await page.getAttribute("html", "lang"), "en");
      // Coming back to a Spanish address shows Spanish: nothing was stored that would send the visitor elsewhere.
      await page.goto(`${served.origin}/es/`);
      assert.equal(await page.getAttribute("html", "lang"), "es");
      assert.deepEqual(await page.context().cookies(), []);
      assert.deepEqual((await page.context().storageState()).origins, []);
    } finally {
      await page.context().close();
    }
  });
});
