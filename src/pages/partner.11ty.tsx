// One partner organisation, with the portals it runs and the projects it took part in.
import type { PartnerView } from "../collections/community.ts";
import { routes } from "../routes.ts";
import { partnerOrganization } from "../feeds/structured-data.ts";
import { Base } from "../layouts/Base.tsx";
import { Breadcrumbs, Facts, InstallationsTable, PageHeader, Prose } from "../layouts/components.tsx";
import { Picture } from "../images/Picture.tsx";
import type { TemplateData } from "../layouts/types.ts";
import { Searchable } from "../search/SearchFields.tsx";
import { PARTNER_KIND_LABELS } from "../schema/labels.ts";

type Data = TemplateData & { partner: PartnerView };

export const data = {
  pagination: { data: "community.partners", size: 1, alias: "partner", addAllPagesToCollections: true },
  permalink: (data: Data) => data.partner.url,
};

export function render(data: Data) {
  const { partner } = data;
  const description = `${partner.name}, ${PARTNER_KIND_LABELS[partner.kind].toLowerCase()} in ${partner.place} and partner of the Living Atlases community.`;
  const logo = partner.logo ? data.assets.images.get(partner.logo) : undefined;
  return (
    <Base
      data={data}
      title={partner.name}
      description={description}
      source={partner.source}
      draft={partner.draft}
      structuredData={partnerOrganization(partner, data.site, description, logo?.src)}
    >
      <article class="wrap narrow">
        <Breadcrumbs trail={[{ label: "Partners", url: routes.partners }]} />
        <Searchable fields={{ type: "partner", country: partner.place, summary: description }}>
          {logo ? <Picture image={logo} alt={`${partner.name} logo`} sizes="160px" className="partner-logo" /> : null}
          <PageHeader title={partner.name}>
            <p class="page-header__meta">
              <span>{PARTNER_KIND_LABELS[partner.kind]}</span>
              <span>{partner.place}</span>
            </p>
          </PageHeader>
          <Facts
            items={[
              ["Website", <a href={partner.website}>{new URL(partner.website).host.replace(/^www\./, "")}</a>],
              ["Member since", partner.joined],
            ]}
          />
          <Prose html={partner.html} />
          {partner.installations.length > 0 ? (
            <section aria-labelledby="portals">
              <h2 id="portals">Portals</h2>
              <InstallationsTable installations={partner.installations} caption={`Living Atlases portals run by ${partner.name}`} showPartner={false} />
            </section>
          ) : null}
          {partner.projects.length > 0 ? (
            <section aria-labelledby="projects">
              <h2 id="projects">Projects</h2>
              <ul>
                {partner.projects.map((project) => (
                  <li key={project.url}>
                    <a href={project.url}>{project.title}</a> ({project.period}){project.lead === partner.slug ? ", as lead" : ""}
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
        </Searchable>
      </article>
    </Base>
  );
}
