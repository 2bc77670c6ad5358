// How far each language of the site has got: every record of every collection, translated and up to date, translated
// before its original last changed, or not translated yet. Read from the communities alone, so the /translations/ page
// and `npm run translations` say the same thing, and the content types are the only list of what can be translated.
import type { Commit } from "../content/history.ts";
import type { CollectionName } from "../schema/content-type.ts";
import { CONTENT_TYPES } from "../schema/content-types.ts";
import type { Language, LanguageCode } from "../schema/languages.ts";
import type { Site } from "../schema/site.ts";
import type { Localization } from "./localized.ts";

/** Where a record stands in one language other than the original's. */
export type TranslationProgress = "current" | "outdated" | "missing";

export interface RecordTranslation {
  collection: CollectionName;
  /** The original's file, such as content/about.md. */
  original: string;
  /** The translation's file, such as content/about.es.md: there to edit, or, when missing, to create. */
  file: string;
  /** The record's title (a partner's name) as it reads in the language, and the language that title is written in. */
  title: string;
  textLanguage: LanguageCode;
  /** The record's page address in the language content is written in. */
  url: string;
  state: TranslationProgress;
  /** For an outdated translation: the original's commits since the one translated, newest first. */
  changes: Commit[];
}

export interface LanguageTranslations {
  language: Language;
  /** In the order of CONTENT_TYPES, then by the original's file. */
  records: RecordTranslation[];
  /** `translated` counts outdated translations too: every record that has a translation file. */
  counts: { records: number; translated: number; outdated: number; missing: number };
}

/** What the status reads of a community: its language, the site's languages and each collection's localized records. */
type TranslatableRecord = { url: string; title?: string; name?: string; localization: Localization };
export type CommunityRecords = { language: Language; languages: readonly Language[] } & { [Name in CollectionName]: readonly TranslatableRecord[] };

/** The file a translation of `original` into `code` is written in: content/about.md becomes content/about.es.md. */
export const translationFile = (original: string, code: string) => original.replace(/\.md$/, `.${code}.md`);

const byFile = (a: RecordTranslation, b: RecordTranslation) => (a.original < b.original ? -1 : a.original > b.original ? 1 : 0);

/** Each language but the original's, in the site's order, with every record's translation state. */
export function translationStatus(communities: Partial<Record<LanguageCode, CommunityRecords>>): LanguageTranslations[] {
  const languages = Object.values(communities).find(Boolean)?.languages ?? [];
  return languages.slice(1).flatMap((language) => {
    const community = communities[language.code];
    if (!community) return [];
    const records = CONTENT_TYPES.flatMap(({ collection }) =>
      community[collection]
        .map(({ url, title, name, localization }): RecordTranslation => {
          // Only the original's own language reads a record as "original"; this is another.
          const state = localization.state === "original" ? "current" : localization.state;
          return {
            collection,
            original: localization.original,
            file: state === "missing" ? translationFile(localization.original, language.code) : localization.source,
            title: title ?? name ?? url,
            textLanguage: localization.textLanguage,
            url,
            state,
            changes: localization.changes,
          };
        })
        .sort(byFile),
    );
    const count = (state: TranslationProgress) => records.filter((record) => record.state === state).length;
    const missing = count("missing");
    return [{ language, records, counts: { records: records.length, translated: records.length - missing, outdated: count("outdated"), missing } }];
  });
}

/** A repository path in an address, each part percent-encoded. */
const encodedPath = (path: string) => path.split("/").map(encodeURIComponent).join("/");

type Repository = Pick<Site, "repository" | "branch">;

/** GitHub's editor for a file that exists. */
export const editAddress = ({ repository, branch }: Repository, file: string) => `${repository}/edit/${branch}/${encodedPath(file)}`;

/** GitHub's form for a new file, with its folder and name filled in. */
export function createAddress({ repository, branch }: Repository, file: string): string {
  const slash = file.lastIndexOf("/");
  return `${repository}/new/${branch}/${encodedPath(file.slice(0, slash))}?filename=${encodeURIComponent(file.slice(slash + 1))}`;
}

/** A commit's page on GitHub, where its changes show. */
export const commitAddress = ({ repository }: Repository, hash: string) => `${repository}/commit/${hash}`;
