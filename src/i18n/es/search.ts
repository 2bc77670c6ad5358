// Spanish strings: the search page, the types and filters in the search index, and the search results.
import type { search as english } from "../en/search.ts";
import type { Translation } from "../translation.ts";

export const search: Translation<typeof english> = {
  page: {
    title: "Búsqueda",
    description: "Busque en las páginas y noticias del sitio, y también dentro de las presentaciones y pósteres de talleres anteriores.",
    queryLabel: "Buscar",
    button: "Buscar",
    needsScript: {
      before: "La búsqueda requiere JavaScript. Sin él, el ",
      materials: "catálogo de materiales de los talleres",
      between: " y la ",
      workshops: "lista de talleres",
      after: " reúnen todo lo que abarca la búsqueda.",
    },
    placeholder: "Buscar talleres, materiales, socios y noticias",
    original: {
      few: "Pocos resultados en español.",
      button: "Buscar también en inglés",
      heading: "Resultados en inglés",
    },
  },
  types: {
    workshop: "Taller",
    news: "Noticia",
    partner: "Socio",
    project: "Proyecto",
    page: "Página",
    material: "Material",
  },
  filters: {
    type: "tipo",
    year: "año",
    country: "país",
    kind: "tipo de material",
  },
  browser: {
    fromEvent: "Presentado en {event}",
    byAuthors: ", por {authors}",
    originalNone: "Tampoco hay ninguna página en inglés con estas palabras.",
    originalAll: "Todos los resultados en inglés ({count})",
  },
};
