// English strings: the site shell (head, header, footer, page meta), shared components, home, 404 and news.
import { fileSize, plural } from "../../schema/format.ts";

export const site = {
  /** Link previews' locale, the language switcher, and the notices of pages in another language than their text. */
  language: {
    openGraphLocale: "en_GB",
    /** The language switcher's name, for screen readers. */
    switcher: "Language",
    /** On a page not translated yet, and on one whose original changed since; `original` names the original's language in this one. */
    notTranslated: (original: string) => `This page has not been translated yet. It is shown in ${original}.`,
    outdated: (original: string) => `The ${original} original of this page has changed since it was translated, so this translation may be out of date.`,
    readOriginal: (original: string) => `Read the ${original} page`,
    helpTranslate: "Help translate this site",
  },
  head: {
    /** The browser title of the home page, and of every other page; `site` is the site's name. */
    homeTitle: (site: string, title: string) => `${site}: ${title}`,
    pageTitle: (site: string, title: string) => `${title} · ${site}`,
    newsFeed: (site: string) => `${site} news`,
    eventsCalendar: (site: string) => `${site} events`,
    pageCalendar: (title: string) => `${title} (calendar)`,
  },
  shell: {
    skipToContent: "Skip to content",
    /** Around the `draft: true` front matter line, shown in code. */
    draftBefore: "Draft: this page is shown while previewing and is left out of the published site until ",
    draftAfter: " is removed.",
  },
  header: {
    navigation: "Main",
    workshops: "Workshops",
    map: "Map",
    partners: "Partners",
    projects: "Projects",
    news: "News",
    searchLabel: "Search the site and workshop materials",
    searchPlaceholder: "Search",
    searchButton: "Search",
  },
  footer: {
    translations: "Translations",
    more: "More",
    materials: "Workshop materials",
    search: "Search",
    stayInTouch: "Stay in touch",
    mailingList: "Join the mailing list",
    newsFeed: "News feed (Atom)",
    eventsCalendar: "Events calendar (iCalendar)",
    source: "Source of this site",
    /** Around the licence's name, which links to its text. */
    licenceBefore: "Text on this site is available under ",
    licenceAfter: ". Workshop materials belong to their authors.",
  },
  pageMeta: {
    edit: "Edit this page",
    /** Followed by the date. */
    lastUpdated: "Last updated",
  },
  components: {
    breadcrumbs: "Breadcrumb",
    years: "Years",
    materialCount: (count: number) => plural(count, "material"),
    fileSize: (bytes: number) => fileSize(bytes),
    pageOnThisSite: "page on this site",
    externalLink: "external link",
    participants: {
      table: "Participants, as a table",
      name: "Name",
      organisation: "Organisation",
      country: "Country",
    },
    installations: {
      portal: "Portal",
      place: "Country or region",
      status: "Status",
      launched: "Launched",
      languages: "Languages",
      runBy: "Run by",
    },
  },
  home: {
    title: "national biodiversity portals built together",
    numbers: "The community in numbers",
    /** Each follows its number. */
    livePortals: (count: number): string => (count === 1 ? "live portal" : "live portals"),
    countries: (count: number): string => (count === 1 ? "country with a live portal" : "countries with a live portal"),
    workshops: (count: number, since: number | undefined) =>
      `${count === 1 ? "workshop or meeting" : "workshops and meetings"}${since ? ` since ${since}` : ""}`,
    partners: (count: number): string => (count === 1 ? "partner organisation" : "partner organisations"),
    where: "Where Living Atlases run",
    mapLabel: "Map of live and in-development Living Atlases",
    fullMap: "Open the full map and the list of every portal",
    nextEvent: "Next event",
    latestEvent: "Latest event",
    noEvents: "No events yet.",
    nothingScheduled: "No event is scheduled at the moment. Announcements go out on the mailing list first.",
    allEvents: (count: number) => `All ${plural(count, "event")}`,
    latestNews: "Latest news",
    allNews: "All news",
  },
  notFound: {
    title: "Page not found",
    description: "This address does not match any page of the Living Atlases site.",
    lead: "Nothing lives at this address. It may have moved when the site was rebuilt.",
    home: "Home page",
    workshops: "Workshops and their materials",
    partners: "Partners and their portals",
    news: "News",
  },
  news: {
    title: "News",
    description: "Announcements from the Living Atlases community: new portals, workshops and ways of working together.",
    feed: "Follow the news feed (Atom)",
    by: (authors: readonly string[]) => `By ${authors.join(", ")}`,
    tags: "Tags: ",
  },
};
