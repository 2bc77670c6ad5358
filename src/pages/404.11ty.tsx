// The page hosts show for an address that does not exist.
import { routes } from "../routes.ts";
import { Base } from "../layouts/Base.tsx";
import { PageHeader } from "../layouts/components.tsx";
import { inEveryLanguage, inPageLanguage, type EveryLanguageData } from "../layouts/in-language.ts";

export const data = { ...inEveryLanguage(routes.notFound), eleventyExcludeFromCollections: true };

export function render(raw: EveryLanguageData) {
  const data = inPageLanguage(raw);
  const strings = data.strings.site.notFound;
  return (
    <Base data={data} title={strings.title} description={strings.description}>
      <div class="wrap narrow">
        <PageHeader title={strings.title} lead={strings.lead} />
        <ul>
          <li>
            <a href={routes.home}>{strings.home}</a>
          </li>
          <li>
            <a href={routes.workshops}>{strings.workshops}</a>
          </li>
          <li>
            <a href={routes.partners}>{strings.partners}</a>
          </li>
          <li>
            <a href={routes.news}>{strings.news}</a>
          </li>
        </ul>
      </div>
    </Base>
  );
}
