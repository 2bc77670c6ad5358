// One partner organisation, with the portals it runs and the projects it took part in.
import type { PartnerView } from "../collections/community.ts";
import { routes } from "../routes.ts";
import { partnerOrganization } from "../feeds/structured-data.ts";
import { Base } from "../layouts/Base.tsx";
import { Breadcrumbs, Facts, InstallationsTable, PageHeader, Prose } from "../layouts/components.tsx";
import { Picture } from "../images/Picture.tsx";
import type { TemplateData } from "../layouts/types.ts";
import { Searchable } from "../search/SearchFields.tsx";
import { eachRecord, inRecordLanguage, textLanguage } from "../layouts/in-language.ts";

type Data = TemplateData & { partner: PartnerView };

export const data = {
  ...eachRecord("partners", "partner"),
};

export function render(raw: Data) {
  const data = inRecordLanguage(raw, raw.partner);
  const { partner } = data;
  const strings = data.strings.sections.partner;
  const description = strings.description(partner.name, data.strings.labels.partnerKind[partner.kind], partner.place);
  const logo = partner.logo ? data.assets.images.get(partner.logo) : undefined;
  return (
    <Base
      data={data}
      title={partner.name}
      description={description}
      source={partner.source}
      localization={partner.localization}
      draft={partner.draft}
      structuredData={partnerOrganization(partner, data.site, description, logo?.src)}
    >
      <article class="wrap narrow">
        <Breadcrumbs trail={[{ label: strings.breadcrumb, url: routes.partners }]} />
        <Searchable fields={{ type: "partner", country: partner.place, summary: description }}>
          {logo ? <Picture image={logo} alt={strings.logo(partner.name)} sizes="160px" className="partner-logo" /> : null}
          <PageHeader lang={textLanguage(partner)} title={partner.name}>
            <p class="page-header__meta">
              <span>{data.strings.labels.partnerKind[partner.kind]}</span> <span>{partner.place}</span>
            </p>
          </PageHeader>
          <Facts
            items={[
              [strings.facts.website, <a href={partner.website}>{new URL(partner.website).host.replace(/^www\./, "")}</a>],
              [strings.facts.memberSince, partner.joined],
            ]}
          />
          <Prose lang={textLanguage(partner)} html={partner.html} />
          {partner.installations.length > 0 ? (
            <section aria-labelledby="portals">
              <h2 id="portals">{strings.portals}</h2>
              <InstallationsTable installations={partner.installations} caption={strings.portalsCaption(partner.name)} showPartner={false} />
            </section>
          ) : null}
          {partner.projects.length > 0 ? (
            <section aria-labelledby="projects">
              <h2 id="projects">{strings.projects}</h2>
              <ul>
                {partner.projects.map((project) => (
                  <li key={project.url}>
                    <a href={project.url}>{project.title}</a> ({project.period}){project.lead === partner.slug ? strings.asLead : ""}
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
