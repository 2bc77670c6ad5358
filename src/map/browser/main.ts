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
import { statusSymbol } from "./symbols.ts";

const OPENSTREETMAP = {
  url: "https://tile.openstreetmap.org/{z}/{x}/{y}.png",
  attribution: '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors',
};

async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return (await response.json()) as T;
}

function markerIcon(status: InstallationStatus): L.DivIcon {
  return L.divIcon({ className: `map-marker map-marker--${status}`, html: statusSymbol(status, 22), iconSize: [22, 22], iconAnchor: [11, 11], popupAnchor: [0, -10] });
}

function clusterIcon(cluster: L.MarkerCluster): L.DivIcon {
  const count = cluster.getChildCount();
  const visible = document.createElement("span");
  visible.setAttribute("aria-hidden", "true");
  visible.textContent = String(count);
  const spoken = document.createElement("span");
  spoken.className = "visually-hidden";
  spoken.textContent = `${count} portals close together; press Enter to zoom in`;
  const html = document.createElement("span");
  html.append(visible, spoken);
  const size = count < 10 ? 32 : 38;
  return L.divIcon({ className: "map-cluster", html, iconSize: [size, size] });
}

function markerFor(installation: MapInstallation): L.Marker {
  const label = `${installation.name}: ${installation.statusLabel}`;
  const marker = L.marker([installation.lat, installation.lon], { icon: markerIcon(installation.status), title: label, keyboard: true, riseOnHover: true });
  marker.bindPopup(() => popupContent(installation), { maxWidth: 300, autoPanPadding: [24, 24] });
  // The cluster layer adds and removes marker elements as the view changes; each new element gets its name.
  marker.on("add", () => marker.getElement()?.setAttribute("aria-label", label));
  return marker;
}

async function start(element: HTMLElement): Promise<void> {
  const compact = element.dataset.map === "compact";
  const filters = element.dataset.filters ? document.getElementById(element.dataset.filters) : null;
  for (const shown of [element, filters, ...document.querySelectorAll<HTMLElement>(`[data-map-part="${element.id}"]`)]) {
    if (shown) shown.hidden = false;
  }

  const map = L.map(element, {
    minZoom: 1,
    maxZoom: 10,
    zoomSnap: 0.5,
    worldCopyJump: true,
    scrollWheelZoom: !compact,
    dragging: !(compact && L.Browser.mobile),
  });
  map.attributionControl.setPrefix('<a href="https://leafletjs.com">Leaflet</a>');
  map.attributionControl.addAttribution("Outlines: Natural Earth");

  const [installations, topology] = await Promise.all([
    fetchJson<MapInstallation[]>(element.dataset.installations!),
    fetchJson<Topology<{ countries: GeometryCollection }>>(element.dataset.outlines!),
  ]);

  if (element.dataset.tiles === "openstreetmap") {
    element.classList.add("map--tiles");
    L.tileLayer(OPENSTREETMAP.url, { attribution: OPENSTREETMAP.attribution, maxZoom: 19, referrerPolicy: "strict-origin-when-cross-origin" }).addTo(map);
  }
  L.geoJSON(countryOutlines(topology), { interactive: false, style: () => ({ className: "map-country" }) }).addTo(map);

  const cluster = L.markerClusterGroup({ showCoverageOnHover: false, maxClusterRadius: 36, spiderfyOnMaxZoom: true, iconCreateFunction: clusterIcon });
  map.addLayer(cluster);
  const markers = installations.map((installation) => ({ installation, marker: markerFor(installation) }));
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

  // Keyboard: Enter on a marker opens its popup (Leaflet), focus moves into it, and Escape closes it and returns to the marker.
  let opener: HTMLElement | null = null;
  map.on("popupopen", (event: L.PopupEvent) => {
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
  start(element).catch((error: unknown) => {
    element.dataset.state = "failed";
    element.textContent = "The map could not be loaded. The list of installations on this site has every portal.";
    console.warn(error);
  });
}
