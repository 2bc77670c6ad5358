// Home: what the community is, its numbers, the next event and the latest news.
import { MapLegend, MapView } from "../map/MapView.tsx";
import { DEFAULT_STATUSES } from "../map/statuses.ts";
import { routes } from "../routes.ts";
import { organization } from "../feeds/structured-data.ts";
import { Base } from "../layouts/Base.tsx";
import { EventItem, NewsItem } from "../layouts/components.tsx";
import { inEveryLanguage, inPageLanguage, type EveryLanguageData } from "../layouts/in-language.ts";

export const data = { ...inEveryLanguage(routes.home) };

export function render(raw: EveryLanguageData) {
  const data = inPageLanguage(raw);
  const { community, site } = data;
  const { counts } = community;
  const next = community.upcoming[0];
  const latest = community.workshops.find((workshop) => workshop.status === "past");
  const about = community.pages.find((page) => page.slug === "about");
  const join = community.pages.find((page) => page.slug === "join");
  const strings = data.strings.site.home;
  return (
    <Base
      data={data}
      title={strings.title}
      description={site.description}
      stylesheets={[data.assets.map.stylesheet]}
      scripts={[data.assets.map.script]}
      structuredData={organization(site, data.assets.favicon)}
    >
      <section class="hero">
        <div class="wrap">
          <h1>{site.title}</h1>
          <p class="hero__lead">{site.description}</p>
          <p class="actions">
            {join ? (
              <a class="button" href={join.url}>
                {join.title}
              </a>
            ) : null}
            {about ? (
              <a class="button button--quiet" href={about.url}>
                {about.title}
              </a>
            ) : null}
          </p>
        </div>
      </section>

      <div class="wrap">
        <section aria-labelledby="numbers" class="numbers">
          <h2 id="numbers" class="visually-hidden">
            {strings.numbers}
          </h2>
          <ul>
            <li>
              <strong>{counts.livePortals}</strong> {strings.livePortals(counts.livePortals)}
            </li>
            <li>
              <strong>{counts.countries}</strong> {strings.countries(counts.countries)}
            </li>
            <li>
              <strong>{counts.workshops}</strong> {strings.workshops(counts.workshops, counts.since)}
            </li>
            <li>
              <strong>{counts.partners}</strong> {strings.partners(counts.partners)}
            </li>
          </ul>
        </section>

        <section aria-labelledby="where" class="home-map">
          <h2 id="where">{strings.where}</h2>
          <MapView id="home-map" assets={data.assets} site={site} label={strings.mapLabel} compact />
          <MapLegend statuses={DEFAULT_STATUSES} />
          <p>
            <a href={routes.map}>{strings.fullMap}</a>
          </p>
        </section>

        <div class="columns">
          <section aria-labelledby="events">
            <h2 id="events">{next ? strings.nextEvent : strings.latestEvent}</h2>
            {next ? <EventItem workshop={next} /> : latest ? <EventItem workshop={latest} /> : <p>{strings.noEvents}</p>}
            {!next ? <p class="note">{strings.nothingScheduled}</p> : null}
            <p>
              <a href={routes.workshops}>{strings.allEvents(counts.workshops)}</a>
            </p>
          </section>

          <section aria-labelledby="news">
            <h2 id="news">{strings.latestNews}</h2>
            <ul class="plain-list">
              {community.news.slice(0, 3).map((post) => (
                <NewsItem key={post.url} post={post} />
              ))}
            </ul>
            <p>
              <a href={routes.news}>{strings.allNews}</a>
            </p>
          </section>
        </div>
      </div>
    </Base>
  );
}
