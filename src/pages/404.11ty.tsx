// The page hosts show for an address that does not exist.
import { routes } from "../routes.ts";
import { Base } from "../layouts/Base.tsx";
import { PageHeader } from "../layouts/components.tsx";
import type { TemplateData } from "../layouts/types.ts";

export const data = { permalink: routes.notFound, eleventyExcludeFromCollections: true };

export function render(data: TemplateData) {
  return (
    <Base data={data} title="Page not found" description="This address does not match any page of the Living Atlases site.">
      <div class="wrap narrow">
        <PageHeader title="Page not found" lead="Nothing lives at this address. It may have moved when the site was rebuilt." />
        <ul>
          <li>
            <a href={routes.home}>Home page</a>
          </li>
          <li>
            <a href={routes.workshops}>Workshops and their materials</a>
          </li>
          <li>
            <a href={routes.partners}>Partners and their portals</a>
          </li>
          <li>
            <a href={routes.news}>News</a>
          </li>
        </ul>
      </div>
    </Base>
  );
}
