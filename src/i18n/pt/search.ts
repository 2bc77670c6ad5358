// Portuguese (Brazil) strings: the search page, the types and filters in the search index, and the search results.
import type { search as english } from "../en/search.ts";
import type { Translation } from "../translation.ts";

export const search: Translation<typeof english> = {
  page: {
    title: "Pesquisa",
    description: "Pesquise nas páginas e notícias do site e também no texto das apresentações e pôsteres de oficinas anteriores.",
    queryLabel: "Pesquisar",
    button: "Pesquisar",
    needsScript: {
      before: "A pesquisa precisa de JavaScript. Sem ele, o ",
      materials: "catálogo de materiais das oficinas",
      between: " e a ",
      workshops: "lista de oficinas",
      after: " reúnem tudo o que a pesquisa abrange.",
    },
    placeholder: "Pesquise oficinas, materiais, parceiros e notícias",
    original: {
      few: "Poucos resultados em português.",
      button: "Pesquisar também em inglês",
      heading: "Resultados em inglês",
    },
  },
  types: {
    workshop: "Oficina",
    news: "Notícia",
    partner: "Parceiro",
    project: "Projeto",
    page: "Página",
    material: "Material",
  },
  filters: {
    type: "tipo",
    year: "ano",
    country: "país",
    kind: "tipo de material",
  },
  browser: {
    fromEvent: "Apresentado em {event}",
    byAuthors: ", por {authors}",
    originalNone: "Também não há nenhuma página em inglês com estas palavras.",
    originalAll: "Todos os resultados em inglês ({count})",
  },
};
