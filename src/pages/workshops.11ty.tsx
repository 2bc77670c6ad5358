// Every workshop, conference and meeting, newest first, grouped by year.
import { routes } from "../routes.ts";
import { Base } from "../layouts/Base.tsx";
import { EventItem, PageHeader, YearSections } from "../layouts/components.tsx";
import { inEveryLanguage, inPageLanguage, type EveryLanguageData } from "../layouts/in-language.ts";

export const data = { ...inEveryLanguage(routes.workshops) };

export function render(raw: EveryLanguageData) {
  const data = inPageLanguage(raw);
  const { community } = data;
  const strings = data.strings.sections.workshops;
  const description = strings.description(community.workshops.length, community.counts.since);
  return (
    <Base data={data} title={strings.title} description={description}>
      <div class="wrap">
        <PageHeader title={strings.title} lead={description}>
          <p class="page-header__meta">
            <a href={routes.materials}>{strings.allMaterials}</a> <a href={routes.search}>{strings.searchMaterials}</a>{" "}
            <a href={routes.calendar}>{strings.calendar}</a>
          </p>
        </PageHeader>
        {community.upcoming.length > 0 ? (
          <section aria-labelledby="upcoming" class="upcoming">
            <h2 id="upcoming">{strings.upcoming}</h2>
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
