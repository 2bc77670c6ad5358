// English strings: the search page, the types and filters in the search index, and the search results.
import type { SearchType } from "../../search/types.ts";

export const search = {
  page: {
    title: "Search",
    description: "Search the site's pages and news, and the text inside the presentations and posters of past workshops.",
    /** The form shown without JavaScript. */
    queryLabel: "Search for",
    button: "Search",
    /** Around the links to the materials catalogue and the list of workshops. */
    needsScript: {
      before: "Searching needs JavaScript. Without it, the ",
      materials: "catalogue of workshop materials",
      between: " and the ",
      workshops: "list of workshops",
      after: " show everything the search covers.",
    },
    placeholder: "Search workshops, materials, partners and news",
    /**
     * On the search page in the other languages: an offer, when a search finds fewer than three results, to search
     * the pages in English too (content is written in English first), and the heading of those results.
     */
    original: {
      few: "Few results in this language.",
      button: "Also search in English",
      heading: "Results in English",
    },
  },
  /** What each result is, as its filter and its first line read. */
  types: {
    workshop: "Workshop",
    news: "News",
    partner: "Partner",
    project: "Project",
    page: "Page",
    material: "Material",
  } satisfies Record<SearchType, string>,
  /** The names of the search filters; Pagefind shows each with a capital first letter. */
  filters: {
    type: "type",
    year: "year",
    country: "country",
    kind: "kind",
  },
  /**
   * What the browser code puts into the result template, sent to it as JSON: plain text with {named} placeholders
   * that stand for the workshop's link and the authors.
   */
  browser: {
    /** A material's line: the workshop it was presented at. */
    fromEvent: "From {event}",
    /** Follows fromEvent when the material names its authors. */
    byAuthors: ", by {authors}",
    /** Under the heading of the results in English, when there are none, and the link to all of them on the English search page. */
    originalNone: "No page in English has these words either.",
    originalAll: "All results in English ({count})",
  },
};
