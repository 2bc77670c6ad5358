// The page shell, put together from its parts in shell/: the head, a skip link, the header with navigation and
// search, the main content with its edit link and last change, and the footer.
import type { ComponentChildren } from "preact";
import { localPath, publicUrl, routes } from "../routes.ts";
import type { PolicyNeeds } from "../security/headers.ts";
import { StringsContext } from "../i18n/catalogues.ts";
import { pageLanguages, type Localization } from "../collections/localized.ts";
import { LanguageNotice, LanguageSwitcher } from "./shell/Languages.tsx";
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
  /** Module scripts a page's script imports once it may, fetched meanwhile (search). */
  preloads?: string[];
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
  /** How the record the page shows reads in the page's language; generated pages read in every language. */
  localization?: Localization | undefined;
}

/** The repository path of a generated page's template, such as src/pages/index.11ty.tsx. */
const templatePath = (inputPath: string) => inputPath.replace(/^\.\//, "");

export function Base(props: BaseProps) {
  const { data, title, description, children, stylesheets = [], scripts = [], preloads = [], searchBox = true } = props;
  const { site, page, path, language, languageCodes } = data;
  const strings = data.strings.site;
  const fullTitle = path === routes.home ? strings.head.homeTitle(site.title, title) : strings.head.pageTitle(site.title, title);
  const { localization } = props;
  // A page not translated yet stands in for the original: search engines are sent to the original, and it is no alternate.
  const standIn = localization?.state === "missing";
  const alternates = pageLanguages(localization, languageCodes).map((code) => ({ code, href: publicUrl(site, localPath(path, code, languageCodes[0]!)) }));
  return (
    <StringsContext.Provider value={data.strings}>
      <html lang={language.code} dir={language.direction}>
        <Head
          data={data}
          title={title}
          fullTitle={fullTitle}
          description={description}
          canonical={publicUrl(site, standIn ? path : page.url)}
          alternates={alternates}
          indexed={!standIn}
          stylesheets={stylesheets}
          scripts={scripts}
          preloads={preloads}
          kind={props.kind ?? "website"}
          image={props.image}
          structuredData={props.structuredData}
          calendar={props.calendar}
          policy={props.policy}
        />
        <body>
          <a class="skip-link" href="#main">
            {strings.shell.skipToContent}
          </a>
          <LanguageSwitcher data={data} />
          <SiteHeader data={data} searchBox={searchBox} />
          {props.draft ? (
            <p class="draft-banner" role="status">
              {strings.shell.draftBefore}
              <code>draft: true</code>
              {strings.shell.draftAfter}
            </p>
          ) : null}
          <main id="main" tabIndex={-1}>
            {localization ? <LanguageNotice data={data} localization={localization} /> : null}
            {children}
            <PageMeta data={data} source={localization?.source ?? props.source ?? templatePath(page.inputPath)} />
          </main>
          <SiteFooter data={data} />
        </body>
      </html>
    </StringsContext.Provider>
  );
}
