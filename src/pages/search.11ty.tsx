// Search across pages, news and the text inside workshop materials, with Pagefind's component UI.
// Without JavaScript the page is a plain form and points to the catalogue of materials.
import { routes, withBasePath } from "../routes.ts";
import { Base } from "../layouts/Base.tsx";
import { PageHeader } from "../layouts/components.tsx";
import type { TemplateData } from "../layouts/types.ts";

export const data = { permalink: routes.search };

export function render(data: TemplateData) {
  const { assets } = data;
  const description = "Search the site's pages and news, and the text inside the presentations and posters of past workshops.";
  return (
    <Base
      data={data}
      title="Search"
      description={description}
      searchBox={false}
      policy={{ webAssembly: true }}
      stylesheets={["/pagefind/pagefind-component-ui.css", assets.search.stylesheet]}
      scripts={[assets.search.script, "/pagefind/pagefind-component-ui.js"]}
    >
      <div class="wrap">
        <PageHeader title="Search" lead={description} />
        <form class="search-fallback without-script" action={routes.search} method="get" role="search" data-search-fallback>
          <label for="search-query">Search for</label>
          <div class="search-form">
            <input id="search-query" type="search" name="q" />
            <button type="submit">Search</button>
          </div>
          <p class="note">
            Searching needs JavaScript. Without it, the <a href={routes.materials}>catalogue of workshop materials</a> and the{" "}
            <a href={routes.workshops}>list of workshops</a> show everything the search covers.
          </p>
        </form>
        <div class="search-app needs-script" data-search-app>
          <pagefind-config bundle-path={withBasePath(data.site, "/pagefind/")} base-url={withBasePath(data.site, "/")} excerpt-length="24" />
          <pagefind-input placeholder="Search workshops, materials, partners and news" autofocus />
          <pagefind-summary />
          <div class="search-layout">
            <pagefind-filter-pane />
            <pagefind-results />
          </div>
        </div>
      </div>
    </Base>
  );
}
