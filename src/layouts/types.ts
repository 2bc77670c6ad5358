// The data every page template receives from Eleventy, and the same data in the page's language.
import type { SiteAssets } from "../assets/write.ts";
import type { Community } from "../collections/community.ts";
import type { Catalogue } from "../i18n/catalogues.ts";
import type { Language, LanguageCode } from "../schema/languages.ts";
import type { Site } from "../schema/site.ts";

interface EleventyPage {
  url: string;
  inputPath: string;
  outputPath: string | false;
}

/** What Eleventy gives every template: the community in each language, and the page being rendered. */
export interface GlobalData {
  /** The community in each language of the site. */
  communities: Record<LanguageCode, Community>;
  /** The community in the language content is written in, for the files made only in it (redirects, calendars of single events). */
  original: Community;
  /** The site's language codes, the one content is written in first: what pages made in every language paginate over. */
  languageCodes: LanguageCode[];
  assets: SiteAssets;
  /** For each language but the first, the addresses that have a version in it (src/eleventy/localized-links.ts), worked out once per build. */
  localizable: ReadonlyMap<string, ReadonlySet<string>>;
  page: EleventyPage;
}

/** The data a template renders from, in the page's language (see inLanguage in in-language.ts). */
export interface TemplateData extends GlobalData {
  /** The page's language. */
  language: Language;
  /** The page's address in the language content is written in: /workshops/ for /es/workshops/ too. */
  path: string;
  /** The site's settings, its description in the page's language. */
  site: Site;
  /** The community as it reads in the page's language. */
  community: Community;
  /** The interface strings in the page's language (src/i18n/). */
  strings: Catalogue;
}
