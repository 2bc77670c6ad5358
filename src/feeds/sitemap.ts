// sitemap.xml: every page once in each language it is really translated into, with absolute addresses, and beside
// each the same page in its other languages (hreflang, with the original as x-default), as the pages' heads list them.
// A page that only stands in for an untranslated original is left out: it is not indexed, and not an alternate.
import type { Community } from "../collections/community.ts";
import { pageLanguages, type Localized } from "../collections/localized.ts";
import { CONTENT_TYPES } from "../schema/content-types.ts";
import type { LanguageCode } from "../schema/languages.ts";
import { localizedRoutes, localPath, publicUrl, type PublicationAddress } from "../routes.ts";
import { escapeXml } from "./xml.ts";

/** A page by its address in the language content is written in, and the languages it reads in, that one first. */
export interface TranslatedPage {
  path: string;
  languages: readonly string[];
}

/** The generated pages, in every language, and each record's page in its original's language and its translations'. */
export function translatedPages(communities: Readonly<Record<LanguageCode, Community>>): TranslatedPage[] {
  const original = Object.values(communities)[0];
  if (!original) return [];
  const every = original.languages.map(({ code }) => code);
  // The feed and the page not found are files, not pages a search engine lists.
  const generated = localizedRoutes.filter((path) => path.endsWith("/")).map((path) => ({ path, languages: pageLanguages(undefined, every) }));
  const records = CONTENT_TYPES.flatMap(({ collection }): ReadonlyArray<Localized<{ url: string }>> => original[collection]).map(({ url, localization }) => ({
    path: url,
    languages: pageLanguages(localization, every),
  }));
  return [...generated, ...records];
}

/** One <url> per page and language, sorted by address; a page in more than one language lists them all and x-default. */
export function sitemap(pages: readonly TranslatedPage[], site: PublicationAddress): string {
  const entries = new Map<string, string>();
  for (const { path, languages } of pages) {
    const original = languages[0]!;
    const address = (code: string) => publicUrl(site, localPath(path, code, original));
    const alternates =
      languages.length > 1
        ? [...languages.map((code) => [code, address(code)] as const), ["x-default", address(original)] as const].map(
            ([hreflang, href]) => `    <xhtml:link rel="alternate" hreflang="${escapeXml(hreflang)}" href="${escapeXml(href)}"/>`,
          )
        : [];
    for (const code of languages) {
      const location = `<loc>${escapeXml(address(code))}</loc>`;
      entries.set(address(code), alternates.length > 0 ? ["  <url>", `    ${location}`, ...alternates, "  </url>"].join("\n") : `  <url>${location}</url>`);
    }
  }
  const sorted = [...entries.keys()].sort().map((address) => entries.get(address)!);
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    ...sorted,
    "</urlset>",
    "",
  ].join("\n");
}
