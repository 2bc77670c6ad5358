// The page shell, put together from its parts in shell/: the head, a skip link, the header with navigation and
// search, the main content with its edit link and last change, and the footer.
import type { ComponentChildren } from "preact";
import { publicUrl, routes } from "../routes.ts";
import type { PolicyNeeds } from "../security/headers.ts";
import { Head } from "./shell/Head.tsx";
import { PageMeta } from "./shell/PageMeta.tsx";
import { SiteFooter } from "./shell/SiteFooter.tsx";
import { SiteHeader } from "./shell/SiteHeader.tsx";
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

/** The repository path of a generated page's template, such as src/pages/index.11ty.tsx. */
const templatePath = (inputPath: string) => inputPath.replace(/^\.\//, "");

export function Base(props: BaseProps) {
  const { data, title, description, children, stylesheets = [], scripts = [], searchBox = true } = props;
  const { site, page } = data;
  const fullTitle = page.url === routes.home ? `${site.title}: ${title}` : `${title} · ${site.title}`;
  return (
    <html lang="en" dir="ltr">
      <Head
        data={data}
        title={title}
        fullTitle={fullTitle}
        description={description}
        canonical={publicUrl(site, page.url)}
        stylesheets={stylesheets}
        scripts={scripts}
        kind={props.kind ?? "website"}
        image={props.image}
        structuredData={props.structuredData}
        calendar={props.calendar}
        policy={props.policy}
      />
      <body>
        <a class="skip-link" href="#main">
          Skip to content
        </a>
        <SiteHeader data={data} searchBox={searchBox} />
        {props.draft ? (
          <p class="draft-banner" role="status">
            Draft: this page is shown while previewing and is left out of the published site until <code>draft: true</code> is removed.
          </p>
        ) : null}
        <main id="main" tabIndex={-1}>
          {children}
          <PageMeta data={data} source={props.source ?? templatePath(page.inputPath)} />
        </main>
        <SiteFooter data={data} />
      </body>
    </html>
  );
}
