// French strings: the search page, the types and filters in the search index, and the search results.
import type { search as english } from "../en/search.ts";
import type { Translation } from "../translation.ts";

export const search: Translation<typeof english> = {
  page: {
    title: "Recherche",
    description: "Cherchez dans les pages et les actualités du site, ainsi que dans le texte des présentations et des affiches des ateliers passés.",
    queryLabel: "Rechercher",
    button: "Rechercher",
    needsScript: {
      before: "La recherche nécessite JavaScript. Sans lui, le ",
      materials: "catalogue des supports d’ateliers",
      between: " et la ",
      workshops: "liste des ateliers",
      after: " donnent accès à tout ce que couvre la recherche.",
    },
    placeholder: "Rechercher des ateliers, supports, partenaires et actualités",
    original: {
      few: "Peu de résultats en français.",
      button: "Chercher aussi en anglais",
      heading: "Résultats en anglais",
    },
  },
  types: {
    workshop: "Atelier",
    news: "Actualité",
    partner: "Partenaire",
    project: "Projet",
    page: "Page",
    material: "Support",
  },
  filters: {
    type: "type",
    year: "année",
    country: "pays",
    kind: "type de support",
  },
  browser: {
    fromEvent: "Présenté à {event}",
    byAuthors: ", par {authors}",
    originalNone: "Aucune page en anglais ne contient ces mots non plus.",
    originalAll: "Tous les résultats en anglais ({count})",
  },
};
