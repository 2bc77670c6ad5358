// Member organisations, grouped by country.
import { routes } from "../routes.ts";
import { Base } from "../layouts/Base.tsx";
import { PageHeader } from "../layouts/components.tsx";
import { slugify } from "../schema/fields.ts";
import { inEveryLanguage, inPageLanguage, type EveryLanguageData } from "../layouts/in-language.ts";

export const data = { ...inEveryLanguage(routes.partners) };

export function render(raw: EveryLanguageData) {
  const data = inPageLanguage(raw);
  const { community } = data;
  const strings = data.strings.sections.partners;
  const description = strings.description(community.partners.length, community.partnersByCountry.length);
  return (
    <Base data={data} title={strings.title} description={description}>
      <div class="wrap">
        <PageHeader title={strings.title} lead={description} />
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
                      · {data.strings.labels.partnerKind[partner.kind]}
                      {partner.installations.length > 0 ? ` · ${strings.portalCount(partner.installations.length)}` : ""}
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
