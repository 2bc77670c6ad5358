// Addresses of the pages the site generates itself, as opposed to one page per content file.
export const routes = {
  home: "/",
  workshops: "/workshops/",
  map: "/map/",
  materials: "/materials/",
  search: "/search/",
  partners: "/partners/",
  projects: "/projects/",
  news: "/news/",
  /** Which pages are translated into each language, and which translations are out of date. */
  translations: "/translations/",
  feed: "/feed.xml",
  calendar: "/events.ics",
  sitemap: "/sitemap.xml",
  robots: "/robots.txt",
  notFound: "/404.html",
  /** Security headers and redirect rules for hosts that read these files (Netlify, Cloudflare Pages). */
  headers: "/_headers",
  redirects: "/_redirects",
  /** Proves that the community's Bluesky handle is this domain. */
  atprotoDid: "/.well-known/atproto-did",
  /** Where the deploy publishes the preview of each open pull request (see .github/workflows/pull-request-preview.yml). */
  pullRequestPreviews: "/pr-preview/",
} as const;

export const generatedUrls: ReadonlySet<string> = new Set(Object.values(routes));

/** Where the site is published: its origin and the path it is served under. */
export interface PublicationAddress {
  url: string;
  basePath?: string | undefined;
}

/** The address under the base path for a site path, such as /la-website/workshops/ for /workshops/. */
export function withBasePath(site: PublicationAddress, path: string): string {
  const base = site.basePath ?? "/";
  return path.startsWith("/") ? `${base}${path.slice(1)}` : path;
}

/** The full public address of a site path, for feeds, sitemaps, canonical links and structured data. */
export function publicUrl(site: PublicationAddress, path: string): string {
  return new URL(withBasePath(site, path), site.url).href;
}

/** The calendar file of one workshop, next to its page. */
export const workshopCalendar = (workshopUrl: string) => `${workshopUrl}event.ics`;

/** Generated pages that exist in every language of the site, under /<code>/ for all but the first. */
export const localizedRoutes: readonly string[] = [
  routes.home,
  routes.workshops,
  routes.map,
  routes.materials,
  routes.search,
  routes.partners,
  routes.projects,
  routes.news,
  routes.translations,
  routes.feed,
  routes.notFound,
];

/** A site path in a language: unchanged in the language content is written in, under /<code>/ in the others. */
export const localPath = (path: string, code: string, defaultCode: string) => (code === defaultCode || !path.startsWith("/") ? path : `/${code}${path}`);

/** The language a page's address is in, and its address in the default language: /es/workshops/ is es and /workshops/. */
export function splitLanguage(url: string, codes: readonly string[]): { code: string; path: string } {
  const [, first] = url.split("/");
  const code = codes.slice(1).find((candidate) => candidate === first);
  return code ? { code, path: url.slice(code.length + 1) } : { code: codes[0]!, path: url };
}
