// The site content as it reads in one language: each record with its translation's fields over the original's facts,
// or the original itself where there is no translation yet, and each record told which languages it reads in.
import type { Document, SiteContent } from "../content/load.ts";
import type { Commit } from "../content/history.ts";
import type { Translation, TranslationState } from "../content/translations.ts";
import type { CollectionName } from "../schema/content-type.ts";
import { CONTENT_TYPES } from "../schema/content-types.ts";
import type { Language, LanguageCode } from "../schema/languages.ts";
import { SOURCE_COMMIT } from "../schema/translation.ts";

/** How one record reads in one language. */
export interface Localization {
  /** The language of the page that shows the record. */
  language: LanguageCode;
  /** The language its text is in: the page's, or the original's where it is not translated. */
  textLanguage: LanguageCode;
  state: TranslationState;
  /** The languages the record reads in: the original's, and each translation's, current or outdated, in the site's order. */
  languages: LanguageCode[];
  /** The file an editor changes: the translation, or the original where there is none. */
  source: string;
  /** The original's file. */
  original: string;
  /** For an outdated translation: the original's commits since the one translated, newest first. */
  changes: Commit[];
}

export type Localized<T> = T & { localization: Localization };

/**
 * The languages a page really reads in, as its hreflang links and the sitemap list them: a record's original and its
 * translations; every language for a generated page (no localization); none for a page that stands in for one.
 */
export const pageLanguages = (localization: Localization | undefined, every: readonly LanguageCode[]): readonly LanguageCode[] =>
  localization?.state === "missing" ? [] : (localization?.languages ?? every);

/** The records of each collection, with their localization. */
type LocalizedCollections = { [Name in CollectionName]: Array<Localized<SiteContent[Name][number]>> };

/** A translated list of materials: each title given replaces the one of the material at the same address. */
function withMaterialTitles(materials: unknown, translated: unknown): unknown {
  if (!Array.isArray(materials) || !Array.isArray(translated)) return materials;
  const titles = new Map((translated as Array<{ url: string; title: string }>).map(({ url, title }) => [url, title]));
  return (materials as Array<{ url: string; title: string }>).map((material) => ({ ...material, title: titles.get(material.url) ?? material.title }));
}

/** The original with the translation's fields and body in place; groups (a news post's image) keep their other fields. */
function translated<T extends Document>(original: T, translation: Translation): T {
  const merged: Record<string, unknown> = {
    ...(original as Record<string, unknown>),
    html: translation.html,
    body: translation.body,
    images: translation.images,
  };
  for (const [field, value] of Object.entries(translation.fields)) {
    if (field === SOURCE_COMMIT) continue;
    const before = merged[field];
    if (field === "materials") merged[field] = withMaterialTitles(before, value);
    else if (before && typeof before === "object" && !Array.isArray(before) && value && typeof value === "object") merged[field] = { ...before, ...value };
    else merged[field] = value;
  }
  return merged as T;
}

/** The content as it reads in `language`; the first of `languages` is the one content is written in. */
export function contentIn(
  content: SiteContent,
  language: LanguageCode,
  languages: readonly Language[],
): Omit<SiteContent, CollectionName> & LocalizedCollections {
  const original = languages[0]!.code;
  const byRecord = new Map<string, Translation[]>();
  for (const translation of content.translations) byRecord.set(translation.original, [...(byRecord.get(translation.original) ?? []), translation]);
  const order = languages.map(({ code }) => code);
  const localize = <T extends Document>(record: T): Localized<T> => {
    const translations = byRecord.get(record.source) ?? [];
    const readIn = [original, ...translations.map((translation) => translation.language)].sort((a, b) => order.indexOf(a) - order.indexOf(b));
    const common = { language, languages: readIn, original: record.source };
    if (language === original) return { ...record, localization: { ...common, textLanguage: original, state: "original", source: record.source, changes: [] } };
    const translation = translations.find((candidate) => candidate.language === language);
    if (!translation) return { ...record, localization: { ...common, textLanguage: original, state: "missing", source: record.source, changes: [] } };
    return {
      ...translated(record, translation),
      localization: { ...common, textLanguage: language, state: translation.state, source: translation.source, changes: translation.changes },
    };
  };
  const collections = Object.fromEntries(
    CONTENT_TYPES.map(({ collection }) => [collection, (content[collection] as Document[]).map(localize)]),
  ) as unknown as LocalizedCollections;
  const description = languages.find(({ code }) => code === language)?.description;
  return { ...content, ...collections, site: description ? { ...content.site, description } : content.site };
}
