// The map's browser part: Leaflet over country outlines served by this site, one keyboard-reachable marker
// per installation, clustered where they crowd, filtered by status with the filter kept in the address.
import L from "./leaflet.ts";
import "leaflet.markercluster";
import type { GeometryCollection, Topology } from "topojson-specification";
import type { InstallationStatus } from "../../schema/installation-statuses.ts";
import type { MapInstallation } from "../payload.ts";
import { addressFor, statusesFromAddress } from "./filters.ts";
import { countryOutlines } from "./outlines.ts";
import { popupContent } from "./popup.ts";
import { countForm, fill, mapStrings, type MapStrings } from "./strings.ts";
import { statusSymbol } from "./symbols.ts";

const OPENSTREETMAP = {
  url: "https://tile.openstreetmap.org/{z}/{x}/{y}.png",
  copyright: { href: "https://www.openstreetmap.org/copyright", text: "OpenStreetMap" },
};

async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return (await response.json()) as T;
}

// 24 × 24 px at least, the target size WCAG 2.2 asks for (2.5.8).
const MARKER_SIZE = 24;

function markerIcon(status: InstallationStatus): L.DivIcon {
  const half = MARKER_SIZE / 2;
  return L.divIcon({
    className: `map-marker map-marker--${status}`,
    html: statusSymbol(status, MARKER_SIZE),
    iconSize: [MARKER_SIZE, MARKER_SIZE],
    iconAnchor: [half, half],
    popupAnchor: [0, -half],
  });
}

function clusterIcon(cluster: L.MarkerCluster, strings: MapStrings): L.DivIcon {
  const count = cluster.getChildCount();
  const visible = document.createElement("span");
  visible.setAttribute("aria-hidden", "true");
  visible.textContent = String(count);
  const spoken = document.createElement("span");
  spoken.className = "visually-hidden";
  spoken.textContent = fill(countForm(strings.cluster, count), { count });
  const html = document.createElement("span");
  html.append(visible, spoken);
  const size = count < 10 ? 32 : 38;
  return L.divIcon({ className: "map-cluster", html, iconSize: [size, size] });
}

/** Attribution HTML for Leaflet from a sentence and what goes in its placeholders (names, or links), all of it as text. */
function attribution(template: string, values: Record<string, string | { href: string; text: string }>): string {
  const holder = document.createElement("span");
  for (const part of template.split(/(\{\w+\})/)) {
    const name = /^\{(\w+)\}$/.exec(part)?.[1];
    const value = name !== undefined && Object.hasOwn(values, name) ? values[name] : undefined;
    if (value === undefined || typeof value === "string") {
      holder.append(value ?? part);
      continue;
    }
    const anchor = document.createElement("a");
    anchor.href = value.href;
    anchor.textContent = value.text;
    holder.append(anchor);
  }
  return holder.innerHTML;
}

function markerFor(installation: MapInstallation, strings: MapStrings): L.Marker {
  const label = fill(strings.marker, { name: installation.name, status: installation.statusLabel });
  const marker = L.marker([installation.lat, installation.lon], { icon: markerIcon(installation.status), title: label, keyboard: true, riseOnHover: true });
  marker.bindPopup(() => popupContent(installation, strings.popup), { maxWidth: 300, autoPanPadding: [24, 24] });
  // The cluster layer adds and removes marker elements as the view changes; each new element gets its name.
  marker.on("add", () => marker.getElement()?.setAttribute("aria-label", label));
  return marker;
}

async function start(element: HTMLElement, strings: MapStrings): Promise<void> {
  const compact = element.dataset.map === "compact";
  const filters = element.dataset.filters ? document.getElementById(element.dataset.filters) : null;

  const map = L.map(element, {
    // Added below with titles in the page's language.
    zoomControl: false,
    // The small map may show the whole world: that is how every marker fits on a phone, where it cannot be dragged.
    minZoom: compact ? 0 : 1,
    maxZoom: 10,
    // Whole zoom levels only: the cluster plugin groups markers for the nearest whole level, so at a level in between
    // its clusters are drawn closer together than it spaced them, and overlap.
    zoomSnap: 1,
    worldCopyJump: true,
    scrollWheelZoom: !compact,
    dragging: !(compact && L.Browser.mobile),
  });
  L.control.zoom({ zoomInTitle: strings.zoomIn, zoomOutTitle: strings.zoomOut }).addTo(map);
  map.attributionControl.setPrefix('<a href="https://leafletjs.com">Leaflet</a>');
  map.attributionControl.addAttribution(attribution(strings.outlines, { source: "Natural Earth" }));

  const [installations, topology] = await Promise.all([
    fetchJson<MapInstallation[]>(element.dataset.installations!),
    fetchJson<Topology<{ countries: GeometryCollection }>>(element.dataset.outlines!),
  ]);

  if (element.dataset.tiles === "openstreetmap") {
    element.classList.add("map--tiles");
    const credit = attribution(strings.openStreetMap, { openStreetMap: OPENSTREETMAP.copyright });
    L.tileLayer(OPENSTREETMAP.url, { attribution: credit, maxZoom: 19, referrerPolicy: "strict-origin-when-cross-origin" }).addTo(map);
  }
  L.geoJSON(countryOutlines(topology), { interactive: false, style: () => ({ className: "map-country" }) }).addTo(map);

  // Markers closer than the largest cluster (38 px) and a gap are grouped, so clusters do not cover one another.
  const cluster = L.markerClusterGroup({
    showCoverageOnHover: false,
    maxClusterRadius: 44,
    spiderfyOnMaxZoom: true,
    iconCreateFunction: (group) => clusterIcon(group, strings),
  });
  map.addLayer(cluster);
  const markers = installations.map((installation) => ({ installation, marker: markerFor(installation, strings) }));
  const selected = compact ? statusesFromAddress("") : statusesFromAddress(location.search);

  const show = () => {
    const visible = markers.filter(({ installation }) => selected.has(installation.status)).map(({ marker }) => marker);
    cluster.clearLayers();
    cluster.addLayers(visible);
    element.dataset.visibleMarkers = String(visible.length);
    if (visible.length > 0) map.fitBounds(L.latLngBounds(visible.map((marker) => marker.getLatLng())), { padding: [28, 28], maxZoom: 5 });
    else map.setView([20, 0], 1);
  };

  for (const box of filters?.querySelectorAll<HTMLInputElement>('input[type="checkbox"][name="status"]') ?? []) {
    box.checked = selected.has(box.value as InstallationStatus);
    box.addEventListener("change", () => {
      if (box.checked) selected.add(box.value as InstallationStatus);
      else selected.delete(box.value as InstallationStatus);
      history.replaceState(history.state, "", addressFor(location, selected));
      show();
    });
  }
  show();
  if (filters instanceof HTMLFieldSetElement) filters.disabled = false;

  // Keyboard: Enter on a marker opens its popup (Leaflet), focus moves into it, and Escape closes it and returns to the marker.
  let opener: HTMLElement | null = null;
  map.on("popupopen", (event: L.PopupEvent) => {
    // Leaflet names its close button in English only.
    event.popup.getElement()?.querySelector(".leaflet-popup-close-button")?.setAttribute("aria-label", strings.closePopup);
    const content = event.popup.getElement()?.querySelector<HTMLElement>(".map-popup");
    const active = document.activeElement as HTMLElement | null;
    if (content && active?.classList.contains("map-marker")) {
      opener = active;
      content.tabIndex = -1;
      content.focus();
    }
  });
  element.addEventListener("keydown", (event) => {
    if (event.key !== "Escape") return;
    map.closePopup();
    opener?.focus();
    opener = null;
  });

  element.dataset.state = "ready";
}

for (const element of document.querySelectorAll<HTMLElement>("[data-map]")) {
  const strings = mapStrings(element);
  start(element, strings).catch((error: unknown) => {
    element.dataset.state = "failed";
    element.textContent = strings.failed;
    console.warn(error);
  });
}
