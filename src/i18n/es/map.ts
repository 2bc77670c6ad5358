// Spanish strings: the map page, the map's filters and legend, and what the map's browser code shows.
import type { map as english } from "../en/map.ts";
import type { Translation } from "../translation.ts";

const rules = new Intl.PluralRules("es");
/** "1 portal", "3 portales". */
const count = (n: number, one: string, other: string) => `${n} ${rules.select(n) === "one" ? one : other}`;

export const map: Translation<typeof english> = {
  page: {
    title: "Mapa de Living Atlases",
    description: (portals: number, live: number) =>
      `${rules.select(portals) === "one" ? "Dónde funciona" : "Dónde funcionan los"} ${count(portals, "portal", "portales")} Living Atlases (${live} en funcionamiento; el resto, en desarrollo, en estudio o cerrados) y quién gestiona cada uno.`,
    mapLabel: "Mapa de los portales Living Atlases",
    positions: "Las posiciones son aproximadas: cada portal aparece en la ciudad de la institución que lo gestiona o, si no, en el centro de su país o región.",
    everyInstallation: "Todos los portales",
    statusTable: (status: string, n: number) => `${status}: ${count(n, "portal", "portales")}`,
  },
  filters: {
    legend: "Mostrar los portales según su estado",
  },
  shapes: {
    circle: "círculo",
    square: "cuadrado",
    diamond: "rombo",
    triangle: "triángulo",
    ring: "anillo",
    cross: "cruz",
  },
  browser: {
    zoomIn: "Acercar",
    zoomOut: "Alejar",
    closePopup: "Cerrar la ventana",
    cluster: {
      one: "{count} portal en esta zona; pulse Enter para acercar",
      other: "{count} portales muy próximos entre sí; pulse Enter para acercar",
    },
    marker: "{name}: {status}",
    popup: {
      where: "Ubicación",
      status: "Estado",
      launched: "Lanzamiento",
      languages: "Idiomas",
      portal: "Abrir el portal",
      partner: "Acerca de {partner}",
    },
    outlines: "Contornos: {source}",
    openStreetMap: "© colaboradores de {openStreetMap}",
    failed: "No se pudo cargar el mapa. La lista de portales de este sitio los recoge todos.",
  },
};
