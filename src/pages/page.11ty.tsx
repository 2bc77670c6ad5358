// About, FAQ, how to join and the other standing pages.
import type { Page } from "../content/load.ts";
import { Base } from "../layouts/Base.tsx";
import { PageHeader, Prose } from "../layouts/components.tsx";
import type { TemplateData } from "../layouts/types.ts";
import { Searchable } from "../search/SearchFields.tsx";

type Data = TemplateData & { entry: Page };

export const data = {
  pagination: { data: "community.pages", size: 1, alias: "entry", addAllPagesToCollections: true },
  permalink: (data: Data) => data.entry.url,
};

export function render(data: Data) {
  const { entry } = data;
  return (
    <Base data={data} title={entry.title} description={entry.summary} source={entry.source} draft={entry.draft}>
      <article class="wrap narrow">
        <Searchable fields={{ type: "page", summary: entry.summary }}>
          <PageHeader title={entry.title} lead={entry.summary} />
          <Prose html={entry.html} />
        </Searchable>
      </article>
    </Base>
  );
}
