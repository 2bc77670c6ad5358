// Member organisations, grouped by country.
import { routes } from "../routes.ts";
import { Base } from "../layouts/Base.tsx";
import { PageHeader } from "../layouts/components.tsx";
import { plural } from "../schema/format.ts";
import type { TemplateData } from "../layouts/types.ts";
import { PARTNER_KIND_LABELS } from "../schema/labels.ts";
import { slugify } from "../schema/fields.ts";

export const data = { permalink: routes.partners };

export function render(data: TemplateData) {
  const { community } = data;
  const description = `${plural(community.partners.length, "organisation")} in ${plural(community.partnersByCountry.length, "country or region", "countries and regions")} run Living Atlases portals, host workshops or fund shared work.`;
  return (
    <Base data={data} title="Partners" description={description}>
      <div class="wrap">
        <PageHeader title="Partners" lead={description} />
        <div class="partner-groups">
          {community.partnersByCountry.map((group) => (
            <section key={group.key} aria-labelledby={`place-${slugify(group.key)}`} class="partner-group">
              <h2 id={`place-${slugify(group.key)}`}>{group.label}</h2>
              <ul class="plain-list">
                {group.items.map((partner) => (
                  <li key={partner.url}>
                    <a href={partner.url}>{partner.name}</a>
                    <span class="muted">
                      {" "}
                      · {PARTNER_KIND_LABELS[partner.kind]}
                      {partner.installations.length > 0 ? ` · ${plural(partner.installations.length, "portal")}` : ""}
                    </span>
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </div>
      </div>
    </Base>
  );
}
