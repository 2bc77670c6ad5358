// What each search result is, as visitors filter it. Every indexed record has exactly one type.
export const SEARCH_TYPES = {
  workshop: "Workshop",
  news: "News",
  partner: "Partner",
  project: "Project",
  page: "Page",
  material: "Material",
} as const;

export type SearchType = keyof typeof SEARCH_TYPES;

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
