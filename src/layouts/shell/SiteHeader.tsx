// The header every page shares: the site's name, the main navigation (sections in fixed places, standing pages with
// an order between them) and, except on the search page, the search form.
import { routes } from "../../routes.ts";
import { useStrings, type Catalogue } from "../../i18n/catalogues.ts";
import type { TemplateData } from "../types.ts";

interface NavigationItem {
  label: string;
  url: string;
  order: number;
}

/** Site sections take fixed places; pages with an `order` slot in between them. */
const sections = (strings: Catalogue["site"]["header"]): NavigationItem[] => [
  { label: strings.workshops, url: routes.workshops, order: 20 },
  { label: strings.map, url: routes.map, order: 25 },
  { label: strings.partners, url: routes.partners, order: 30 },
  { label: strings.projects, url: routes.projects, order: 40 },
  { label: strings.news, url: routes.news, order: 50 },
];

function navigation(data: TemplateData, strings: Catalogue["site"]): NavigationItem[] {
  const pages = data.community.navigation.map((page) => ({ label: page.title, url: page.url, order: page.order ?? 0 }));
  return [...sections(strings.header), ...pages].sort((a, b) => a.order - b.order || a.label.localeCompare(b.label, data.strings.locale));
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
  const { site, path } = data;
  const strings = useStrings().site;
  return (
    <header class="site-header">
      <div class="wrap site-header__inner">
        <a class="brand" href={routes.home} aria-current={path === routes.home ? "page" : undefined}>
          <Logo />
          <span>{site.title}</span>
        </a>
        <nav class="site-nav" aria-label={strings.header.navigation}>
          <ul>
            {navigation(data, strings).map((item) => {
              const current = path === item.url;
              const inSection = !current && path.startsWith(item.url);
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
              {strings.header.searchLabel}
            </label>
            <input id="site-search" type="search" name="q" placeholder={strings.header.searchPlaceholder} />
            <button type="submit">{strings.header.searchButton}</button>
          </form>
        ) : null}
      </div>
    </header>
  );
}
