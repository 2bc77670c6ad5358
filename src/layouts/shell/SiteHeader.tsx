// The header every page shares: the site's name, the main navigation (sections in fixed places, standing pages with
// an order between them) and, except on the search page, the search form.
import { routes } from "../../routes.ts";
import type { TemplateData } from "../types.ts";

interface NavigationItem {
  label: string;
  url: string;
  order: number;
}

/** Site sections take fixed places; pages with an `order` slot in between them. */
const SECTIONS: NavigationItem[] = [
  { label: "Workshops", url: routes.workshops, order: 20 },
  { label: "Map", url: routes.map, order: 25 },
  { label: "Partners", url: routes.partners, order: 30 },
  { label: "Projects", url: routes.projects, order: 40 },
  { label: "News", url: routes.news, order: 50 },
];

function navigation(data: TemplateData): NavigationItem[] {
  const pages = data.community.navigation.map((page) => ({ label: page.title, url: page.url, order: page.order ?? 0 }));
  return [...SECTIONS, ...pages].sort((a, b) => a.order - b.order || a.label.localeCompare(b.label, "en"));
}

function Logo() {
  return (
    <svg class="logo" viewBox="0 0 32 32" width="32" height="32" aria-hidden="true" focusable="false">
      <circle cx="16" cy="16" r="14" fill="none" stroke="currentColor" stroke-width="2.5" />
      <path d="M6 19c5-1 7-7 12-7s6 4 9 3" fill="none" stroke="currentColor" stroke-width="2.5" stroke-linecap="round" />
      <circle cx="12" cy="11" r="2.5" fill="currentColor" />
    </svg>
  );
}

export function SiteHeader({ data, searchBox }: { data: TemplateData; searchBox: boolean }) {
  const { site, page } = data;
  return (
    <header class="site-header">
      <div class="wrap site-header__inner">
        <a class="brand" href={routes.home} aria-current={page.url === routes.home ? "page" : undefined}>
          <Logo />
          <span>{site.title}</span>
        </a>
        <nav class="site-nav" aria-label="Main">
          <ul>
            {navigation(data).map((item) => {
              const current = page.url === item.url;
              const inSection = !current && page.url.startsWith(item.url);
              return (
                <li key={item.url}>
                  <a href={item.url} aria-current={current ? "page" : undefined} class={inSection ? "in-section" : undefined}>
                    {item.label}
                  </a>
                </li>
              );
            })}
          </ul>
        </nav>
        {searchBox ? (
          <form class="site-search" action={routes.search} method="get" role="search">
            <label for="site-search" class="visually-hidden">
              Search the site and workshop materials
            </label>
            <input id="site-search" type="search" name="q" placeholder="Search" />
            <button type="submit">Search</button>
          </form>
        ) : null}
      </div>
    </header>
  );
}
