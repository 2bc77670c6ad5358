// What each search result is, as visitors filter it. Every indexed record has exactly one type; each language's
// name for it is in src/i18n/*/search.ts.
export const SEARCH_TYPES = ["workshop", "news", "partner", "project", "page", "material"] as const;

export type SearchType = (typeof SEARCH_TYPES)[number];

/** Metadata and filters of one indexed page or record, in Pagefind's terms. */
export interface SearchFields {
  type: SearchType;
  /** The date as visitors read it, such as "19–23 February 2018". */
  date?: string | undefined;
  year?: number | undefined;
  country?: string | undefined;
  summary?: string | undefined;
  image?: string | undefined;
}

/** What the search page in a language other than the original needs to search the original language's pages too. */
export interface OriginalLanguageSearch {
  /** The language content is written in first: its index and stemming in Pagefind, and its results' lang attribute. */
  language: string;
  /** Its search page, which lists all results in it. */
  searchPage: string;
  /** Its name for the type filter and for a material: materials are in every language's index, so these are left out. */
  typeFilter: string;
  material: string;
}
