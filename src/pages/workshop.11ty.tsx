// One workshop: its facts, description, materials, participants and funding project.
import type { WorkshopView } from "../collections/community.ts";
import { routes, workshopCalendar } from "../routes.ts";
import { workshopEvent } from "../feeds/structured-data.ts";
import { Base } from "../layouts/Base.tsx";
import { Breadcrumbs, EventDates, EventStatusBadge, Facts, MaterialList, PageHeader, ParticipantsTable, Prose } from "../layouts/components.tsx";
import type { TemplateData } from "../layouts/types.ts";
import { Searchable } from "../search/SearchFields.tsx";
import { eachRecord, inRecordLanguage, textLanguage } from "../layouts/in-language.ts";

type Data = TemplateData & { workshop: WorkshopView };

export const data = {
  ...eachRecord("workshops", "workshop"),
};

export function render(raw: Data) {
  const data = inRecordLanguage(raw, raw.workshop);
  const { workshop } = data;
  const strings = data.strings.sections.workshop;
  const facts = strings.facts;
  const location = workshop.location;
  return (
    <Base
      data={data}
      title={`${workshop.title} (${workshop.year})`}
      description={workshop.summary}
      source={workshop.source}
      localization={workshop.localization}
      draft={workshop.draft}
      calendar={workshopCalendar(workshop.url)}
      structuredData={workshopEvent(workshop, data.site)}
    >
      <article class="wrap narrow">
        <Breadcrumbs trail={[{ label: strings.breadcrumb, url: routes.workshops }]} />
        <Searchable fields={{ type: "workshop", date: workshop.dates, year: workshop.year, country: workshop.countryName, summary: workshop.summary }}>
          <PageHeader lang={textLanguage(workshop)} title={workshop.title} lead={workshop.summary}>
            <p class="page-header__meta">
              <span>{data.strings.labels.eventKind[workshop.kind]}</span> <EventStatusBadge status={workshop.status} />
            </p>
          </PageHeader>
          <Facts
            items={[
              [facts.when, <EventDates workshop={workshop} />],
              [
                facts.where,
                workshop.online ? facts.online : location ? [location.venue, location.city, workshop.countryName].filter(Boolean).join(", ") : undefined,
              ],
              [facts.fundedBy, workshop.fundedBy ? <a href={workshop.fundedBy.url}>{workshop.fundedBy.title}</a> : undefined],
              [
                facts.participants,
                workshop.participantList.length > 0 ? <a href="#participants">{facts.participantCount(workshop.participantList.length)}</a> : undefined,
              ],
              [facts.calendar, <a href={workshopCalendar(workshop.url)}>{facts.addToCalendar}</a>],
            ]}
          />
          <Prose lang={textLanguage(workshop)} html={workshop.html} />
          {workshop.materialList.length > 0 ? (
            <section aria-labelledby="materials">
              <h2 id="materials">{strings.materials}</h2>
              <MaterialList materials={workshop.materialList} />
            </section>
          ) : null}
          {workshop.participantList.length > 0 ? (
            <section aria-labelledby="participants">
              <h2 id="participants">{strings.participants}</h2>
              <ParticipantsTable participants={workshop.participantList} />
            </section>
          ) : null}
        </Searchable>
      </article>
    </Base>
  );
}
