// French strings: the map page, the map's filters and legend, and what the map's browser code shows.
import type { map as english } from "../en/map.ts";
import type { Translation } from "../translation.ts";

// French treats 0 and 1 as singular.
const singular = (n: number) => n < 2;
const count = (n: number, one: string, other: string) => `${n} ${singular(n) ? one : other}`;

export const map: Translation<typeof english> = {
  page: {
    title: "Carte des Living Atlases",
    description: (portals: number, live: number) =>
      `${singular(portals) ? "Où fonctionne" : "Où fonctionnent les"} ${count(portals, "portail", "portails")} Living Atlases\u202f: ${live} en service, les autres en développement, en discussion ou arrêtés, avec l’organisme qui gère chacun d’eux.`,
    mapLabel: "Carte des portails Living Atlases",
    positions:
      "Les positions sont approximatives\u202f: chaque portail est placé dans la ville de l’organisme qui le gère, ou à défaut au centre de son pays ou de sa région.",
    everyInstallation: "Tous les portails",
    statusTable: (status: string, n: number) => `${status}\u202f: ${count(n, "portail", "portails")}`,
  },
  filters: {
    legend: "Afficher les portails selon leur état",
  },
  shapes: {
    circle: "cercle",
    square: "carré",
    diamond: "losange",
    triangle: "triangle",
    ring: "anneau",
    cross: "croix",
  },
  browser: {
    zoomIn: "Zoom avant",
    zoomOut: "Zoom arrière",
    closePopup: "Fermer la fenêtre",
    cluster: {
      one: "{count}\u00a0portail à cet endroit\u202f; appuyez sur Entrée pour zoomer",
      other: "{count}\u00a0portails proches les uns des autres\u202f; appuyez sur Entrée pour zoomer",
    },
    marker: "{name}\u202f: {status}",
    popup: {
      where: "Lieu",
      status: "État",
      launched: "Mise en service",
      languages: "Langues",
      portal: "Ouvrir le portail",
      partner: "En savoir plus sur {partner}",
    },
    outlines: "Contours\u202f: {source}",
    openStreetMap: "© les contributeurs d’{openStreetMap}",
    failed: "La carte n’a pas pu être chargée. La liste des portails de ce site les recense tous.",
  },
};
