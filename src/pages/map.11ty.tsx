// The map of Living Atlases installations, with status filters, and every installation in a table that needs no JavaScript.
import { mapInstallations } from "../map/payload.ts";
import { MapView, StatusFilters } from "../map/MapView.tsx";
import { routes } from "../routes.ts";
import { Base } from "../layouts/Base.tsx";
import { InstallationsTable, PageHeader } from "../layouts/components.tsx";
import { plural } from "../schema/format.ts";
import type { TemplateData } from "../layouts/types.ts";
import { INSTALLATION_STATUSES, type InstallationStatus } from "../schema/installation-statuses.ts";

export const data = { permalink: routes.map };

export function render(data: TemplateData) {
  const { community, assets, site } = data;
  const onMap = mapInstallations(community);
  const counts = Object.fromEntries(INSTALLATION_STATUSES.map((status) => [status, onMap.filter((entry) => entry.status === status).length])) as Record<
    InstallationStatus,
    number
  >;
  const description = `Where the ${plural(community.installations.length, "Living Atlases portal")} run: ${community.counts.livePortals} live, the others in development, in discussion or retired, with who runs them.`;
  return (
    <Base data={data} title="Map of the Living Atlases" description={description} stylesheets={[assets.map.stylesheet]} scripts={[assets.map.script]}>
      <div class="wrap">
        <PageHeader title="Map of the Living Atlases" lead={description} />
        <StatusFilters id="map-filters" counts={counts} />
        <MapView id="installations-map" assets={assets} site={site} label="Map of Living Atlases installations" filters="map-filters" />
        <p class="note">
          Positions are approximate: a portal is placed in the city of the institution that runs it, or in the middle of its country or region.
        </p>
        <section aria-labelledby="all-installations">
          <h2 id="all-installations">Every installation</h2>
          {community.installationsByStatus.map((group) => (
            <section key={group.key} aria-labelledby={`status-${group.key}`}>
              <h3 id={`status-${group.key}`}>
                {group.label} ({group.items.length})
              </h3>
              <InstallationsTable installations={group.items} caption={`${group.label}: ${plural(group.items.length, "installation")}`} />
            </section>
          ))}
        </section>
      </div>
    </Base>
  );
}
