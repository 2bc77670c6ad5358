// One workshop: its facts, description, materials, participants and funding project.
import type { WorkshopView } from "../collections/community.ts";
import { routes, workshopCalendar } from "../routes.ts";
import { workshopEvent } from "../feeds/structured-data.ts";
import { Base } from "../layouts/Base.tsx";
import { Breadcrumbs, EventDates, EventStatusBadge, Facts, MaterialList, PageHeader, ParticipantsTable, Prose } from "../layouts/components.tsx";
import { plural } from "../schema/format.ts";
import { EVENT_KIND_LABELS } from "../schema/labels.ts";
import type { TemplateData } from "../layouts/types.ts";
import { Searchable } from "../search/SearchFields.tsx";

type Data = TemplateData & { workshop: WorkshopView };

export const data = {
  pagination: { data: "community.workshops", size: 1, alias: "workshop", addAllPagesToCollections: true },
  permalink: (data: Data) => data.workshop.url,
};

export function render(data: Data) {
  const { workshop } = data;
  const location = workshop.location;
  return (
    <Base
      data={data}
      title={`${workshop.title} (${workshop.year})`}
      description={workshop.summary}
      source={workshop.source}
      draft={workshop.draft}
      calendar={workshopCalendar(workshop.url)}
      structuredData={workshopEvent(workshop, data.site)}
    >
      <article class="wrap narrow">
        <Breadcrumbs trail={[{ label: "Workshops", url: routes.workshops }]} />
        <Searchable fields={{ type: "workshop", date: workshop.dates, year: workshop.year, country: workshop.countryName, summary: workshop.summary }}>
          <PageHeader title={workshop.title} lead={workshop.summary}>
            <p class="page-header__meta">
              <span>{EVENT_KIND_LABELS[workshop.kind]}</span>
              <EventStatusBadge status={workshop.status} />
            </p>
          </PageHeader>
          <Facts
            items={[
              ["When", <EventDates workshop={workshop} />],
              ["Where", workshop.online ? "Online" : location ? [location.venue, location.city, workshop.countryName].filter(Boolean).join(", ") : undefined],
              ["Funded by", workshop.fundedBy ? <a href={workshop.fundedBy.url}>{workshop.fundedBy.title}</a> : undefined],
              [
                "Participants",
                workshop.participantList.length > 0 ? <a href="#participants">{plural(workshop.participantList.length, "person", "people")}</a> : undefined,
              ],
              ["Calendar", <a href={workshopCalendar(workshop.url)}>Add to your calendar (.ics)</a>],
            ]}
          />
          <Prose html={workshop.html} />
          {workshop.materialList.length > 0 ? (
            <section aria-labelledby="materials">
              <h2 id="materials">Materials</h2>
              <MaterialList materials={workshop.materialList} />
            </section>
          ) : null}
          {workshop.participantList.length > 0 ? (
            <section aria-labelledby="participants">
              <h2 id="participants">Participants</h2>
              <ParticipantsTable participants={workshop.participantList} />
            </section>
          ) : null}
        </Searchable>
      </article>
    </Base>
  );
}
