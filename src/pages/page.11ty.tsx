// About, FAQ, how to join and the other standing pages.
import type { Page } from "../content/load.ts";
import type { Localized } from "../collections/localized.ts";
import { Base } from "../layouts/Base.tsx";
import { PageHeader, Prose } from "../layouts/components.tsx";
import type { TemplateData } from "../layouts/types.ts";
import { Searchable } from "../search/SearchFields.tsx";
import { eachRecord, inRecordLanguage, textLanguage } from "../layouts/in-language.ts";

type Data = TemplateData & { entry: Localized<Page> };

export const data = {
  ...eachRecord("pages", "entry"),
};

export function render(raw: Data) {
  const data = inRecordLanguage(raw, raw.entry);
  const { entry } = data;
  return (
    <Base data={data} title={entry.title} description={entry.summary} source={entry.source} localization={entry.localization} draft={entry.draft}>
      <article class="wrap narrow">
        <Searchable fields={{ type: "page", summary: entry.summary }}>
          <PageHeader lang={textLanguage(entry)} title={entry.title} lead={entry.summary} />
          <Prose lang={textLanguage(entry)} html={entry.html} />
        </Searchable>
      </article>
    </Base>
  );
}
