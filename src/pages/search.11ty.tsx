// Search across pages, news and the text inside workshop materials, with Pagefind's component UI, in the page's
// language; in the other languages it offers the original language's results too when few are found.
// Without JavaScript the page is a plain form and points to the catalogue of materials.
import { routes, withBasePath } from "../routes.ts";
import { Base } from "../layouts/Base.tsx";
import { PageHeader } from "../layouts/components.tsx";
import type { TemplateData } from "../layouts/types.ts";
import { inEveryLanguage, inPageLanguage, type EveryLanguageData } from "../layouts/in-language.ts";
import { CATALOGUES } from "../i18n/catalogues.ts";
import type { OriginalLanguageSearch } from "../search/types.ts";

export const data = { ...inEveryLanguage(routes.search) };

/** On a page in another language than the original, what its script needs to search the original's pages too. */
function originalLanguageSearch(data: TemplateData): OriginalLanguageSearch | undefined {
  const original = data.languageCodes[0]!;
  if (data.language.code === original) return undefined;
  const { filters, types } = CATALOGUES[original].search;
  return { language: original, searchPage: withBasePath(data.site, routes.search), typeFilter: filters.type, material: types.material };
}

export function render(raw: EveryLanguageData) {
  const data = inPageLanguage(raw);
  const { assets } = data;
  const strings = data.strings.search;
  const page = strings.page;
  const original = originalLanguageSearch(data);
  return (
    <Base
      data={data}
      title={page.title}
      description={page.description}
      searchBox={false}
      policy={{ webAssembly: true }}
      stylesheets={["/pagefind/pagefind-component-ui.css", assets.search.stylesheet]}
      scripts={[assets.search.script]}
      preloads={["/pagefind/pagefind-component-ui.js"]}
    >
      <div class="wrap">
        <PageHeader title={page.title} lead={page.description} />
        <form class="search-fallback without-script" action={routes.search} method="get" role="search" data-search-fallback>
          <label for="search-query">{page.queryLabel}</label>
          <div class="search-form">
            <input id="search-query" type="search" name="q" />
            <button type="submit">{page.button}</button>
          </div>
          <p class="note">
            {page.needsScript.before}
            <a href={routes.materials}>{page.needsScript.materials}</a>
            {page.needsScript.between}
            <a href={routes.workshops}>{page.needsScript.workshops}</a>
            {page.needsScript.after}
          </p>
        </form>
        <div
          class="search-app needs-script"
          data-search-app
          data-strings={JSON.stringify(strings.browser)}
          data-original={original ? JSON.stringify(original) : undefined}
        >
          <pagefind-config bundle-path={withBasePath(data.site, "/pagefind/")} base-url={withBasePath(data.site, "/")} excerpt-length="24" />
          <pagefind-input placeholder={page.placeholder} autofocus />
          <pagefind-summary />
          {original ? (
            <p class="search-original-offer" data-original-offer data-offered="false" aria-live="polite">
              {page.original.few} <button type="button">{page.original.button}</button>
            </p>
          ) : null}
          <div class="search-layout">
            <pagefind-filter-pane />
            <div class="search-results">
              <pagefind-results />
              {original ? (
                <section class="search-original" data-original-results hidden aria-labelledby="search-original-heading">
                  <h2 id="search-original-heading" tabIndex={-1}>
                    {page.original.heading}
                  </h2>
                  <p data-original-status role="status" />
                  <ol class="search-original__results" data-original-list />
                </section>
              ) : null}
            </div>
          </div>
        </div>
      </div>
    </Base>
  );
}
