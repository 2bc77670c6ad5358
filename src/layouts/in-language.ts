// Pages made once per language: the pagination that makes them, and the data each renders from in its language.
import { CATALOGUES } from "../i18n/catalogues.ts";
import type { Localized } from "../collections/localized.ts";
import { localPath, splitLanguage } from "../routes.ts";
import type { LanguageCode } from "../schema/languages.ts";
import type { GlobalData, TemplateData } from "./types.ts";

/** The data a page renders from, in its language. */
export function inLanguage<T extends GlobalData>(data: T, code: LanguageCode): T & TemplateData {
  const community = data.communities[code];
  return {
    ...data,
    language: community.language,
    // A file whose permalink is false (a calendar a language does not have) is rendered without an address.
    path: typeof data.page.url === "string" ? splitLanguage(data.page.url, data.languageCodes).path : "",
    site: community.site,
    community,
    strings: CATALOGUES[code],
  };
}

/**
 * Front matter for a generated page made in every language: at `path`, and under /<code>/ for the others. A page
 * that `quotesTexts` shows records' texts, not only what lists show of them (src/eleventy/changed-pages.ts).
 */
export const inEveryLanguage = (path: string, { quotesTexts = false } = {}) => ({
  pagination: { data: quotesTexts ? "toRender.texts" : "toRender.lists", size: 1, alias: "languageCode" },
  permalink: (data: EveryLanguageData) => localPath(path, data.languageCode, data.languageCodes[0]!),
});

/**
 * Front matter for one of the site's own files (sitemap.xml, robots.txt, _headers…), made once, in the first
 * language: written again, while previewing, only with that language's lists (src/eleventy/changed-pages.ts).
 */
export const wholeSiteFile = (permalink: string | ((data: GlobalData) => string | false)) => ({
  pagination: { data: "toRender.site", size: 1, alias: "siteLanguage" },
  permalink,
  eleventyExcludeFromCollections: true,
});

/** Renders a page made in every language in its language. */
export const inPageLanguage = <T extends EveryLanguageData>(data: T): T & TemplateData => inLanguage(data, data.languageCode);

export type Record = Localized<{ url: string }>;

/** The address of a record's page: under /<code>/ in a language other than the one content is written in. */
export const recordAddress = (record: Record, defaultCode: string): string => localPath(record.url, record.localization.language, defaultCode);

/** Front matter for one page per record of a collection, in every language; `alias` names the record for the template. */
export const eachRecord = (collection: "pages" | "workshops" | "partners" | "news" | "projects", alias: string) => ({
  pagination: { data: `toRender.records.${collection}`, size: 1, alias, addAllPagesToCollections: true },
  permalink: (data: GlobalData & { [name: string]: unknown }) => recordAddress(data[alias] as Record, data.languageCodes[0]!),
});

/** Renders a record's page in the record's language. */
export const inRecordLanguage = <T extends GlobalData>(data: T, record: Record): T & TemplateData => inLanguage(data, record.localization.language);

/** The lang attribute for a record's text when it is not in the page's language: an original shown where no translation is. */
export const textLanguage = ({ localization }: Record): string | undefined =>
  localization.textLanguage !== localization.language ? localization.textLanguage : undefined;

/** What a page made in every language receives: the global data and the language it is made in. */
export type EveryLanguageData = GlobalData & { languageCode: LanguageCode };

/** Renders a page made only in the language content is written in: the redirects, the sitemap, robots.txt. */
export const inOriginalLanguage = <T extends GlobalData>(data: T): T & TemplateData => inLanguage(data, data.languageCodes[0]!);
