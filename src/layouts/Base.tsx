// The page shell: head metadata (canonical, Open Graph, feeds, structured data), skip link, header with
// navigation and search, main content with its edit link and last change, and the footer.
import type { ComponentChildren } from "preact";
import { formatDate } from "../collections/dates.ts";
import { jsonForScript } from "../feeds/structured-data.ts";
import { publicUrl, routes } from "../routes.ts";
import { contentSecurityPolicy, type PolicyNeeds } from "../security/headers.ts";
import type { TemplateData } from "./types.ts";

interface BaseProps {
  data: TemplateData;
  /** The page's own title; the site name is added after it. */
  title: string;
  description: string;
  children: ComponentChildren;
  /** Extra stylesheets and module scripts, for the few pages that need them (map, search). */
  stylesheets?: string[];
  scripts?: string[];
  /** The header's search form; the search page has its own. */
  searchBox?: boolean;
  /** The file an editor changes to change this page, from the repository root; defaults to the page's template. */
  source?: string;
  /** Shown only while previewing with `npm start`; drafts are not built for publication. */
  draft?: boolean | undefined;
  /** Open Graph type: an article for news posts, a website page otherwise. */
  kind?: "website" | "article";
  /** A picture for link previews, as a site path. */
  image?: { url: string; alt: string } | undefined;
  /** schema.org data about the page, written as JSON-LD. */
  structuredData?: Record<string, unknown>;
  /** This page's own calendar file, for event pages. */
  calendar?: string;
  /** What the page's scripts need beyond the default policy. */
  policy?: PolicyNeeds;
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

/** The repository path of a generated page's template, such as src/pages/index.11ty.tsx. */
const templatePath = (inputPath: string) => inputPath.replace(/^\.\//, "");

export function Base(props: BaseProps) {
  const { data, title, description, children, stylesheets = [], scripts = [], searchBox = true } = props;
  const { site, page, community } = data;
  const isHome = page.url === routes.home;
  const fullTitle = isHome ? `${site.title}: ${title}` : `${title} · ${site.title}`;
  const canonical = publicUrl(site, page.url);
  const source = props.source ?? templatePath(page.inputPath);
  const changed = community.changed.get(source);
  return (
    <html lang="en" dir="ltr">
      <head>
        <meta charset="utf-8" />
        <meta http-equiv="Content-Security-Policy" content={contentSecurityPolicy(site, props.policy)} />
        <meta name="referrer" content="strict-origin-when-cross-origin" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{fullTitle}</title>
        <meta name="description" content={description} />
        <meta name="color-scheme" content="light dark" />
        <link rel="canonical" href={canonical} />
        <meta property="og:site_name" content={site.title} />
        <meta property="og:type" content={props.kind ?? "website"} />
        <meta property="og:title" content={title} />
        <meta property="og:description" content={description} />
        <meta property="og:url" content={canonical} />
        <meta property="og:locale" content="en_GB" />
        {props.image ? <meta property="og:image" content={publicUrl(site, props.image.url)} /> : null}
        {props.image ? <meta property="og:image:alt" content={props.image.alt} /> : null}
        <meta name="twitter:card" content={props.image ? "summary_large_image" : "summary"} />
        <meta name="twitter:title" content={title} />
        <meta name="twitter:description" content={description} />
        <link rel="stylesheet" href={data.assets.stylesheet} />
        {stylesheets.map((href) => (
          <link key={href} rel="stylesheet" href={href} />
        ))}
        <link rel="icon" href={data.assets.favicon} type="image/svg+xml" />
        <link rel="alternate" type="application/atom+xml" title={`${site.title} news`} href={routes.feed} />
        <link rel="alternate" type="text/calendar" title={`${site.title} events`} href={routes.calendar} />
        {props.calendar ? <link rel="alternate" type="text/calendar" title={`${title} (calendar)`} href={props.calendar} /> : null}
        {scripts.map((src) => (
          <script key={src} type="module" src={src} />
        ))}
        {props.structuredData ? <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonForScript(props.structuredData) }} /> : null}
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
        {props.draft ? (
          <p class="draft-banner" role="status">
            Draft: this page is shown while previewing and is left out of the published site until <code>draft: true</code> is removed.
          </p>
        ) : null}
        <main id="main" tabIndex={-1}>
          {children}
          <footer class="wrap page-meta">
            <a href={`${site.repository}/edit/${site.branch}/${source}`}>Edit this page</a>
            {changed ? (
              <span>
                Last updated <time datetime={changed}>{formatDate(changed)}</time>
              </span>
            ) : null}
          </footer>
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
                {[...community.pages.map((entry) => ({ label: entry.title, url: entry.url })), ...FOOTER_LINKS].map((entry) => (
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
                  <a href={routes.calendar}>Events calendar (iCalendar)</a>
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
