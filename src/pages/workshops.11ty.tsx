// Every workshop, conference and meeting, newest first, grouped by year.
import { routes } from "../routes.ts";
import { Base } from "../layouts/Base.tsx";
import { EventItem, PageHeader, YearSections } from "../layouts/components.tsx";
import { plural } from "../schema/format.ts";
import type { TemplateData } from "../layouts/types.ts";

export const data = { permalink: routes.workshops };

export function render(data: TemplateData) {
  const { community } = data;
  const description = `${plural(community.workshops.length, "workshop, conference and meeting", "workshops, conferences and meetings")} of the Living Atlases community since ${community.counts.since}, with their materials and participants.`;
  return (
    <Base data={data} title="Workshops and events" description={description}>
      <div class="wrap">
        <PageHeader title="Workshops and events" lead={description}>
          <p class="page-header__meta">
            <a href={routes.materials}>All workshop materials in one table</a>
            <a href={routes.search}>Search inside the materials</a>
            <a href={routes.calendar}>Subscribe to the events calendar (.ics)</a>
          </p>
        </PageHeader>
        {community.upcoming.length > 0 ? (
          <section aria-labelledby="upcoming" class="upcoming">
            <h2 id="upcoming">Coming up</h2>
            {community.upcoming.map((workshop) => (
              <EventItem key={workshop.url} workshop={workshop} />
            ))}
          </section>
        ) : null}
        <YearSections years={community.workshopsByYear} id="year">
          {(group) => group.items.map((workshop) => <EventItem key={workshop.url} workshop={workshop} />)}
        </YearSections>
      </div>
    </Base>
  );
}
