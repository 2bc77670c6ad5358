// The page shell: head metadata, skip link, header with navigation, main content and footer.
import type { ComponentChildren } from "preact";
import { routes } from "../routes.ts";
import type { TemplateData } from "./types.ts";

interface BaseProps {
  data: TemplateData;
  /** The page's own title; the site name is added after it. */
  title: string;
  description: string;
  children: ComponentChildren;
  /** Extra stylesheets and module scripts, for the few pages that need them (the map). */
  stylesheets?: string[];
  scripts?: string[];
  /** The header's search form; the search page has its own. */
  searchBox?: boolean;
}

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

/** Pages the footer lists after the standing pages. */
const FOOTER_LINKS = [
  { label: "Workshop materials", url: routes.materials },
  { label: "Search", url: routes.search },
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

export function Base({ data, title, description, children, stylesheets = [], scripts = [], searchBox = true }: BaseProps) {
  const { site, page } = data;
  const isHome = page.url === routes.home;
  const items = navigation(data);
  return (
    <html lang="en" dir="ltr">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{isHome ? `${site.title}: ${title}` : `${title} · ${site.title}`}</title>
        <meta name="description" content={description} />
        <meta name="color-scheme" content="light dark" />
        <link rel="canonical" href={new URL(page.url, site.url).href} />
        <link rel="stylesheet" href={data.assets.stylesheet} />
        {stylesheets.map((href) => (
          <link key={href} rel="stylesheet" href={href} />
        ))}
        {scripts.map((src) => (
          <script key={src} type="module" src={src} />
        ))}
        <link rel="icon" href="/assets/images/favicon.svg" type="image/svg+xml" />
        <link rel="alternate" type="application/atom+xml" title={`${site.title} news`} href={routes.feed} />
      </head>
      <body>
        <a class="skip-link" href="#main">
          Skip to content
        </a>
        <header class="site-header">
          <div class="wrap site-header__inner">
            <a class="brand" href={routes.home} aria-current={isHome ? "page" : undefined}>
              <Logo />
              <span>{site.title}</span>
            </a>
            <nav class="site-nav" aria-label="Main">
              <ul>
                {items.map((item) => {
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
        <main id="main" tabIndex={-1}>
          {children}
        </main>
        <footer class="site-footer">
          <div class="wrap site-footer__inner">
            <section aria-labelledby="footer-community">
              <h2 id="footer-community">{site.title}</h2>
              <p>{site.description}</p>
            </section>
            <nav aria-labelledby="footer-pages">
              <h2 id="footer-pages">More</h2>
              <ul>
                {[...data.community.pages.map((entry) => ({ label: entry.title, url: entry.url })), ...FOOTER_LINKS].map((entry) => (
                  <li key={entry.url}>
                    <a href={entry.url} aria-current={page.url === entry.url ? "page" : undefined}>
                      {entry.label}
                    </a>
                  </li>
                ))}
              </ul>
            </nav>
            <section aria-labelledby="footer-contact">
              <h2 id="footer-contact">Stay in touch</h2>
              <ul>
                <li>
                  <a href={site.mailingList}>Join the mailing list</a>
                </li>
                <li>
                  <a href={`mailto:${site.contact}`}>{site.contact}</a>
                </li>
                <li>
                  <a href={routes.feed}>News feed (Atom)</a>
                </li>
                <li>
                  <a href={site.repository}>Source of this site</a>
                </li>
              </ul>
            </section>
          </div>
          <p class="wrap licence">
            Text on this site is available under <a href={site.licenceUrl}>{site.licence}</a>. Workshop materials belong to their authors.
          </p>
        </footer>
      </body>
    </html>
  );
}
