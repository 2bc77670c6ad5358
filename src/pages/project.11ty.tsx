// One funded project: its code, period, funder, lead, partners and the events it paid for.
import type { ProjectView } from "../collections/community.ts";
import { isoYear } from "../collections/dates.ts";
import { routes } from "../routes.ts";
import { Base } from "../layouts/Base.tsx";
import { Breadcrumbs, EventItem, Facts, PageHeader, Prose } from "../layouts/components.tsx";
import type { TemplateData } from "../layouts/types.ts";
import { Searchable } from "../search/SearchFields.tsx";

type Data = TemplateData & { project: ProjectView };

export const data = {
  pagination: { data: "community.projects", size: 1, alias: "project", addAllPagesToCollections: true },
  permalink: (data: Data) => data.project.url,
};

export function render(data: Data) {
  const { project } = data;
  const description = `${project.title}: ${project.code}, ${project.period}, funded by ${project.funding} and led by ${project.leadPartner.name}.`;
  return (
    <Base data={data} title={project.title} description={description} source={project.source} draft={project.draft}>
      <article class="wrap narrow">
        <Breadcrumbs trail={[{ label: "Projects", url: routes.projects }]} />
        <Searchable fields={{ type: "project", date: project.period, year: isoYear(project.start), summary: description }}>
          <PageHeader title={project.title} />
          <Facts
            items={[
              ["Code", project.code],
              ["Period", project.period],
              ["Funding", project.funding],
              ["Lead", <a href={project.leadPartner.url}>{project.leadPartner.name}</a>],
            ]}
          />
          <Prose html={project.html} />
          {project.partnerList.length > 0 ? (
            <section aria-labelledby="partners">
              <h2 id="partners">Partners</h2>
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
              <h2 id="events">Events</h2>
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
