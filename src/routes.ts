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
  feed: "/feed.xml",
  sitemap: "/sitemap.xml",
  robots: "/robots.txt",
  notFound: "/404.html",
} as const;

export const generatedUrls: ReadonlySet<string> = new Set(Object.values(routes));
