// sitemap.xml lists each page once in every language it is really translated into, each with the same alternates as
// the hreflang links in its head (x-default, the English page, included), and never a page that only stands in for an
// untranslated original (the pages with noindex).
import assert from "node:assert/strict";
import { test } from "node:test";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { elements, parseHtml } from "./helpers/html.ts";
import { readText, realSite } from "./helpers/site.ts";

const { site, pages } = realSite("the sitemap's test");

interface Alternate {
  "@_rel": string;
  "@_hreflang": string;
  "@_href": string;
}
interface Entry {
  loc: string;
  "xhtml:link"?: Alternate[];
}

const ORIGIN = "https://living-atlases.gbif.org";
const fileOf = (address: string) => `${new URL(address).pathname.slice(1)}index.html`;
const isStandIn = (html: string) =>
  elements(parseHtml(html), (element) => element.name === "meta" && element.attribs.name === "robots" && /\bnoindex\b/.test(element.attribs.content ?? ""))
    .length > 0;

function entries(): Entry[] {
  const xml = readText(site, "sitemap.xml");
  assert.equal(XMLValidator.validate(xml), true);
  const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === "url" || name === "xhtml:link" });
  const { urlset } = parser.parse(xml) as { urlset: { "@_xmlns:xhtml": string; url: Entry[] } };
  assert.equal(urlset["@_xmlns:xhtml"], "http://www.w3.org/1999/xhtml");
  return urlset.url;
}

/** Alternates as hreflang -> address, sorted by hreflang. */
const alternatesOf = (entry: Entry) =>
  (entry["xhtml:link"] ?? []).map((link) => {
    assert.equal(link["@_rel"], "alternate", entry.loc);
    return `${link["@_hreflang"]} ${link["@_href"]}`;
  });

const headAlternates = (html: string) =>
  elements(parseHtml(html), (element) => element.name === "link" && element.attribs.rel === "alternate" && element.attribs.hreflang !== undefined).map(
    (link) => `${link.attribs.hreflang} ${link.attribs.href}`,
  );

test("each address is listed once, sorted, and is a built page search engines may index", () => {
  const locations = entries().map((entry) => entry.loc);
  assert.deepEqual(locations, [...new Set(locations)].sort());
  for (const location of locations) {
    assert.ok(location.startsWith(`${ORIGIN}/`), location);
    assert.ok(!isStandIn(readText(site, fileOf(location))), `${location} stands in for an untranslated page, and has noindex`);
  }
});

test("every page but the pages not found and the stand-ins for untranslated pages is listed", () => {
  const listed = new Set(entries().map((entry) => fileOf(entry.loc)));
  const indexed = pages().filter((file) => !file.endsWith("404.html") && !isStandIn(readText(site, file)));
  assert.deepEqual(
    indexed.filter((file) => !listed.has(file)),
    [],
  );
  // The real content has both kinds: a translated workshop, and one shown in English under /es/.
  assert.ok(listed.has("es/workshops/workshop-2025/index.html"));
  assert.ok(isStandIn(readText(site, "es/workshops/workshop-2018/index.html")));
  assert.ok(!listed.has("es/workshops/workshop-2018/index.html"));
});

test("each address has the same alternates as the hreflang links in its page's head, x-default included", () => {
  for (const entry of entries()) assert.deepEqual(alternatesOf(entry), headAlternates(readText(site, fileOf(entry.loc))), entry.loc);
});

test("alternates are symmetric: every language of a page lists all of them, itself included, and x-default is the English page", () => {
  const byAddress = new Map(entries().map((entry) => [entry.loc, alternatesOf(entry)]));
  let translated = 0;
  for (const [location, alternates] of byAddress) {
    if (alternates.length === 0) continue;
    translated++;
    const languages = alternates.filter((alternate) => !alternate.startsWith("x-default "));
    assert.ok(languages.includes(`en ${ORIGIN}${new URL(location).pathname.replace(/^\/(es|fr|pt)\//, "/")}`), location);
    assert.ok(alternates.includes(`x-default ${languages.find((alternate) => alternate.startsWith("en "))!.slice(3)}`), location);
    assert.ok(
      languages.some((alternate) => alternate.endsWith(` ${location}`)),
      `${location} is not among its own alternates`,
    );
    for (const alternate of languages) assert.deepEqual(byAddress.get(alternate.split(" ")[1]!), alternates, `${alternate} from ${location}`);
  }
  assert.ok(translated > 0);
  assert.deepEqual(byAddress.get(`${ORIGIN}/es/workshops/workshop-2025/`), [
    `en ${ORIGIN}/workshops/workshop-2025/`,
    `es ${ORIGIN}/es/workshops/workshop-2025/`,
    `fr ${ORIGIN}/fr/workshops/workshop-2025/`,
    `pt ${ORIGIN}/pt/workshops/workshop-2025/`,
    `x-default ${ORIGIN}/workshops/workshop-2025/`,
  ]);
  // A page only in English has no alternates, as its head has no hreflang links.
  assert.deepEqual(byAddress.get(`${ORIGIN}/workshops/workshop-2018/`), []);
});
