// The map's server-rendered part: the container the browser code fills, the status filters and the legend.
// All of it holds its place from the first paint, so nothing jumps when the script draws the map; without scripting it is
// left out (the needs-script class in site.css), and visitors get the table instead.
import type { SiteAssets } from "../assets/write.ts";
import { useLanguage, useStrings } from "../i18n/catalogues.ts";
import { INSTALLATION_STATUSES, type InstallationStatus } from "../schema/installation-statuses.ts";
import type { Site } from "../schema/site.ts";
import { withBasePath } from "../routes.ts";
import { DEFAULT_STATUSES, STATUS_SYMBOLS, SYMBOL_OUTLINE } from "./statuses.ts";

export function StatusSymbol({ status, size = 18 }: { status: InstallationStatus; size?: number }) {
  const symbol = STATUS_SYMBOLS[status];
  return (
    <svg class="status-symbol" viewBox="0 0 20 20" width={size} height={size} aria-hidden="true" focusable="false">
      <path d={symbol.path} fill={symbol.fill} fill-rule="evenodd" stroke={SYMBOL_OUTLINE.stroke} stroke-width={SYMBOL_OUTLINE.width} />
    </svg>
  );
}

interface MapViewProps {
  id: string;
  assets: SiteAssets;
  site: Site;
  label: string;
  compact?: boolean;
  /** The id of the status filters this map follows. */
  filters?: string;
}

export function MapView({ id, assets, site, label, compact = false, filters }: MapViewProps) {
  const strings = useStrings().map.browser;
  return (
    <section
      id={id}
      class={compact ? "map map--compact needs-script" : "map needs-script"}
      aria-label={label}
      data-map={compact ? "compact" : "full"}
      data-installations={withBasePath(site, assets.map.installations[useLanguage()] ?? "")}
      data-outlines={withBasePath(site, assets.map.outlines)}
      data-tiles={site.map?.tiles ?? "none"}
      data-filters={filters}
      data-strings={JSON.stringify(strings)}
    />
  );
}

/**
 * Checkboxes per status, with how many installations each shows; the first visit shows the default statuses.
 * Disabled until the map's script has drawn the map and takes over the boxes.
 */
export function StatusFilters({ id, counts }: { id: string; counts: Record<InstallationStatus, number> }) {
  const strings = useStrings();
  return (
    <fieldset id={id} class="map-filters needs-script" disabled>
      <legend>{strings.map.filters.legend}</legend>
      <ul>
        {INSTALLATION_STATUSES.map((status) => (
          <li key={status}>
            <label>
              <input type="checkbox" name="status" value={status} checked={DEFAULT_STATUSES.includes(status)} />
              <StatusSymbol status={status} />
              <span>
                {strings.labels.installationStatus[status]} <span class="count">({counts[status]})</span>
              </span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

/** The symbols of the given statuses and what they mean. */
export function MapLegend({ statuses }: { statuses: readonly InstallationStatus[] }) {
  const strings = useStrings();
  return (
    <ul class="map-legend needs-script">
      {statuses.map((status) => (
        <li key={status}>
          <StatusSymbol status={status} />
          <span>
            {strings.labels.installationStatus[status]} <span class="visually-hidden">({strings.map.shapes[STATUS_SYMBOLS[status].shape]})</span>
          </span>
        </li>
      ))}
    </ul>
  );
}
