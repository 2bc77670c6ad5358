// Portuguese (Brazil) strings: the map page, the map's filters and legend, and what the map's browser code shows.
import type { map as english } from "../en/map.ts";
import type { Translation } from "../translation.ts";

// In Brazilian usage only 1 takes the singular: "0 portais".
const singular = (n: number) => n === 1;
const count = (n: number, one: string, other: string) => `${n} ${singular(n) ? one : other}`;

export const map: Translation<typeof english> = {
  page: {
    title: "Mapa dos Living Atlases",
    description: (portals: number, live: number) =>
      `${singular(portals) ? "Onde funciona" : "Onde funcionam os"} ${count(portals, "portal", "portais")} Living Atlases (${live} em funcionamento; os demais, em desenvolvimento, em discussão ou desativados) e quem mantém cada um.`,
    mapLabel: "Mapa dos portais Living Atlases",
    positions: "As posições são aproximadas: cada portal aparece na cidade da instituição que o mantém ou, na falta dela, no centro do seu país ou região.",
    everyInstallation: "Todos os portais",
    statusTable: (status: string, n: number) => `${status}: ${count(n, "portal", "portais")}`,
  },
  filters: {
    legend: "Mostrar portais por situação",
  },
  shapes: {
    circle: "círculo",
    square: "quadrado",
    diamond: "losango",
    triangle: "triângulo",
    ring: "anel",
    cross: "cruz",
  },
  browser: {
    zoomIn: "Aproximar",
    zoomOut: "Afastar",
    closePopup: "Fechar janela",
    cluster: {
      one: "{count} portal nesta área; pressione Enter para aproximar",
      other: "{count} portais próximos uns dos outros; pressione Enter para aproximar",
    },
    marker: "{name}: {status}",
    popup: {
      where: "Local",
      status: "Situação",
      launched: "Lançamento",
      languages: "Idiomas",
      portal: "Abrir o portal",
      partner: "Sobre {partner}",
    },
    outlines: "Contornos: {source}",
    openStreetMap: "© colaboradores do {openStreetMap}",
    failed: "Não foi possível carregar o mapa. A lista de portais deste site traz todos eles.",
  },
};
