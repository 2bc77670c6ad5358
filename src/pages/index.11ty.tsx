// Home: what the community is, its numbers, the next event and the latest news.
import { MapLegend, MapView } from "../map/MapView.tsx";
import { DEFAULT_STATUSES } from "../map/statuses.ts";
import { routes } from "../routes.ts";
import { organization } from "../feeds/structured-data.ts";
import { Base } from "../layouts/Base.tsx";
import { EventItem, NewsItem } from "../layouts/components.tsx";
import { plural } from "../schema/format.ts";
import type { TemplateData } from "../layouts/types.ts";

export const data = { permalink: routes.home };

export function render(data: TemplateData) {
  const { community, site } = data;
  const { counts } = community;
  const next = community.upcoming[0];
  const latest = community.workshops.find((workshop) => workshop.status === "past");
  const about = community.pages.find((page) => page.slug === "about");
  const join = community.pages.find((page) => page.slug === "join");
  return (
    <Base
      data={data}
      title="national biodiversity portals built together"
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
            The community in numbers
          </h2>
          <ul>
            <li>
              <strong>{counts.livePortals}</strong> live portals
            </li>
            <li>
              <strong>{counts.countries}</strong> countries with a live portal
            </li>
            <li>
              <strong>{counts.workshops}</strong> {counts.since ? `workshops and meetings since ${counts.since}` : "workshops and meetings"}
            </li>
            <li>
              <strong>{counts.partners}</strong> partner organisations
            </li>
          </ul>
        </section>

        <section aria-labelledby="where" class="home-map">
          <h2 id="where">Where Living Atlases run</h2>
          <MapView id="home-map" assets={data.assets} site={site} label="Map of live and in-development Living Atlases" compact />
          <MapLegend statuses={DEFAULT_STATUSES} />
          <p>
            <a href={routes.map}>Open the full map and the list of every portal</a>
          </p>
        </section>

        <div class="columns">
          <section aria-labelledby="events">
            <h2 id="events">{next ? "Next event" : "Latest event"}</h2>
            {next ? <EventItem workshop={next} /> : latest ? <EventItem workshop={latest} /> : <p>No events yet.</p>}
            {!next ? <p class="note">No event is scheduled at the moment. Announcements go out on the mailing list first.</p> : null}
            <p>
              <a href={routes.workshops}>All {plural(counts.workshops, "event")}</a>
            </p>
          </section>

          <section aria-labelledby="news">
            <h2 id="news">Latest news</h2>
            <ul class="plain-list">
              {community.news.slice(0, 3).map((post) => (
                <NewsItem key={post.url} post={post} />
              ))}
            </ul>
            <p>
              <a href={routes.news}>All news</a>
            </p>
          </section>
        </div>
      </div>
    </Base>
  );
}
