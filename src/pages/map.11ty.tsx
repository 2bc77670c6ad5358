// The map of Living Atlases installations, with status filters, and every installation in a table that needs no JavaScript.
import { mapInstallations } from "../map/payload.ts";
import { MapView, StatusFilters } from "../map/MapView.tsx";
import { routes } from "../routes.ts";
import { Base } from "../layouts/Base.tsx";
import { InstallationsTable, PageHeader } from "../layouts/components.tsx";
import { INSTALLATION_STATUSES, type InstallationStatus } from "../schema/installation-statuses.ts";
import { inEveryLanguage, inPageLanguage, type EveryLanguageData } from "../layouts/in-language.ts";

export const data = { ...inEveryLanguage(routes.map) };

export function render(raw: EveryLanguageData) {
  const data = inPageLanguage(raw);
  const { community, assets, site } = data;
  const strings = data.strings.map.page;
  const onMap = mapInstallations(community);
  const counts = Object.fromEntries(INSTALLATION_STATUSES.map((status) => [status, onMap.filter((entry) => entry.status === status).length])) as Record<
    InstallationStatus,
    number
  >;
  const description = strings.description(community.installations.length, community.counts.livePortals);
  return (
    <Base data={data} title={strings.title} description={description} stylesheets={[assets.map.stylesheet]} scripts={[assets.map.script]}>
      <div class="wrap">
        <PageHeader title={strings.title} lead={description} />
        <StatusFilters id="map-filters" counts={counts} />
        <MapView id="installations-map" assets={assets} site={site} label={strings.mapLabel} filters="map-filters" />
        <p class="note">{strings.positions}</p>
        <section aria-labelledby="all-installations">
          <h2 id="all-installations">{strings.everyInstallation}</h2>
          {community.installationsByStatus.map((group) => (
            <section key={group.key} aria-labelledby={`status-${group.key}`}>
              <h3 id={`status-${group.key}`}>
                {group.label} ({group.items.length})
              </h3>
              <InstallationsTable installations={group.items} caption={strings.statusTable(group.label, group.items.length)} />
            </section>
          ))}
        </section>
      </div>
    </Base>
  );
}
