// One funded project: its code, period, funder, lead, partners and the events it paid for.
import type { ProjectView } from "../collections/community.ts";
import { isoYear } from "../collections/dates.ts";
import { routes } from "../routes.ts";
import { Base } from "../layouts/Base.tsx";
import { Breadcrumbs, EventItem, Facts, PageHeader, Prose } from "../layouts/components.tsx";
import type { TemplateData } from "../layouts/types.ts";
import { Searchable } from "../search/SearchFields.tsx";
import { eachRecord, inRecordLanguage, textLanguage } from "../layouts/in-language.ts";

type Data = TemplateData & { project: ProjectView };

export const data = {
  ...eachRecord("projects", "project"),
};

export function render(raw: Data) {
  const data = inRecordLanguage(raw, raw.project);
  const { project } = data;
  const strings = data.strings.sections.project;
  const description = strings.description(project.title, project.code, project.period, project.funding, project.leadPartner.name);
  return (
    <Base data={data} title={project.title} description={description} source={project.source} localization={project.localization} draft={project.draft}>
      <article class="wrap narrow">
        <Breadcrumbs trail={[{ label: strings.breadcrumb, url: routes.projects }]} />
        <Searchable fields={{ type: "project", date: project.period, year: isoYear(project.start), summary: description }}>
          <PageHeader lang={textLanguage(project)} title={project.title} />
          <Facts
            items={[
              [strings.facts.code, project.code],
              [strings.facts.period, project.period],
              [strings.facts.funding, project.funding],
              [strings.facts.lead, <a href={project.leadPartner.url}>{project.leadPartner.name}</a>],
            ]}
          />
          <Prose lang={textLanguage(project)} html={project.html} />
          {project.partnerList.length > 0 ? (
            <section aria-labelledby="partners">
              <h2 id="partners">{strings.partners}</h2>
              <ul class="columns-list">
                {project.partnerList.map((partner) => (
                  <li key={partner.url}>
                    <a href={partner.url}>{partner.name}</a>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
          {project.workshops.length > 0 ? (
            <section aria-labelledby="events">
              <h2 id="events">{strings.events}</h2>
              {project.workshops.map((workshop) => (
                <EventItem key={workshop.url} workshop={workshop} />
              ))}
            </section>
          ) : null}
        </Searchable>
      </article>
    </Base>
  );
}
