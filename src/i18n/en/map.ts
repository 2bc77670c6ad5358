// English strings: the map page, the map's filters and legend, and what the map's browser code shows.
import type { SymbolShape } from "../../map/statuses.ts";
import { plural } from "../../schema/format.ts";

export const map = {
  page: {
    title: "Map of the Living Atlases",
    /** The lead and the page's description; `live` of the `portals` are live. */
    description: (portals: number, live: number) =>
      `Where the ${plural(portals, "Living Atlases portal")} run: ${live} live, the others in development, in discussion or retired, with who runs them.`,
    mapLabel: "Map of Living Atlases installations",
    positions: "Positions are approximate: a portal is placed in the city of the institution that runs it, or in the middle of its country or region.",
    everyInstallation: "Every installation",
    /** The caption of one status's table; `status` is the status as its heading reads. */
    statusTable: (status: string, count: number) => `${status}: ${plural(count, "installation")}`,
  },
  filters: {
    /** Followed by the statuses to tick. */
    legend: "Show portals that are",
  },
  /** Each status symbol's shape, for the legend's text alternative. */
  shapes: {
    circle: "circle",
    square: "square",
    diamond: "diamond",
    triangle: "triangle",
    ring: "ring",
    cross: "cross",
  } satisfies Record<SymbolShape, string>,
  /**
   * What the browser code shows, sent to it as JSON: plain strings only, with {named} placeholders it fills in.
   * `cluster` has a form for counts that read as one and one for the rest (Intl.PluralRules' "one" and "other").
   */
  browser: {
    zoomIn: "Zoom in",
    zoomOut: "Zoom out",
    closePopup: "Close popup",
    cluster: {
      one: "{count} portal close together; press Enter to zoom in",
      other: "{count} portals close together; press Enter to zoom in",
    },
    /** A marker's name: the portal's name and its status. */
    marker: "{name}: {status}",
    popup: {
      where: "Where",
      status: "Status",
      launched: "Launched",
      languages: "Languages",
      portal: "Open the portal",
      /** Links to the page of the partner that runs the portal. */
      partner: "About {partner}",
    },
    /** Map credits; {source} and {openStreetMap} are names, the second a link. */
    outlines: "Outlines: {source}",
    openStreetMap: "© {openStreetMap} contributors",
    failed: "The map could not be loaded. The list of installations on this site has every portal.",
  },
};
