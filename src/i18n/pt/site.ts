// Portuguese (Brazilian) strings: the site shell (head, header, footer, page meta), shared components, home, 404 and news.
import type { site as english } from "../en/site.ts";
import type { Translation } from "../translation.ts";

const oneDecimal = new Intl.NumberFormat("pt-BR", { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const authorList = new Intl.ListFormat("pt-BR", { type: "conjunction" });

export const site: Translation<typeof english> = {
  language: {
    openGraphLocale: "pt_BR",
    /** The language switcher's name, for screen readers. */
    switcher: "Idioma",
    /** On a page not translated yet, and on one whose original changed since; `original` names the original's language in this one. */
    notTranslated: (original: string) => `Esta página ainda não foi traduzida. Ela é exibida em ${original}.`,
    outdated: (original: string) => `O original em ${original} mudou desde que esta página foi traduzida; a tradução pode estar desatualizada.`,
    readOriginal: (original: string) => `Ler a página em ${original}`,
    helpTranslate: "Ajude a traduzir este site",
  },
  head: {
    homeTitle: (site: string, title: string) => `${site}: ${title}`,
    pageTitle: (site: string, title: string) => `${title} · ${site}`,
    newsFeed: (site: string) => `Notícias de ${site}`,
    eventsCalendar: (site: string) => `Eventos de ${site}`,
    pageCalendar: (title: string) => `${title} (calendário)`,
  },
  shell: {
    skipToContent: "Ir para o conteúdo",
    draftBefore: "Rascunho: esta página só aparece na pré-visualização e fica fora do site publicado até que a linha ",
    draftAfter: " seja removida.",
  },
  header: {
    navigation: "Principal",
    workshops: "Oficinas",
    map: "Mapa",
    partners: "Parceiros",
    projects: "Projetos",
    news: "Notícias",
    searchLabel: "Pesquisar no site e nos materiais das oficinas",
    searchPlaceholder: "Pesquisar",
    searchButton: "Pesquisar",
  },
  footer: {
    translations: "Traduções",
    more: "Mais",
    materials: "Materiais das oficinas",
    search: "Pesquisa",
    stayInTouch: "Acompanhe a comunidade",
    mailingList: "Inscrever-se na lista de e-mails",
    newsFeed: "Feed de notícias (Atom)",
    eventsCalendar: "Agenda de eventos (iCalendar)",
    source: "Código-fonte deste site",
    licenceBefore: "Os textos deste site estão disponíveis sob a licença ",
    licenceAfter: ". Os materiais das oficinas pertencem aos seus autores.",
  },
  pageMeta: {
    edit: "Editar esta página",
    lastUpdated: "Última atualização:",
  },
  components: {
    breadcrumbs: "Trilha de navegação",
    years: "Anos",
    materialCount: (count: number) => `${count} ${count === 1 ? "material" : "materiais"}`,
    fileSize: (bytes: number) => (bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${oneDecimal.format(bytes / 1024 / 1024)} MB`),
    pageOnThisSite: "página deste site",
    externalLink: "link externo",
    participants: {
      table: "Participantes, em forma de tabela",
      name: "Nome",
      organisation: "Organização",
      country: "País",
    },
    installations: {
      portal: "Portal",
      place: "País ou região",
      status: "Situação",
      launched: "Lançamento",
      languages: "Idiomas",
      runBy: "Mantido por",
    },
  },
  home: {
    title: "portais nacionais de biodiversidade construídos em conjunto",
    numbers: "A comunidade em números",
    livePortals: (count: number) => (count === 1 ? "portal em funcionamento" : "portais em funcionamento"),
    countries: (count: number) => (count === 1 ? "país com portal em funcionamento" : "países com portal em funcionamento"),
    workshops: (count: number, since: number | undefined) => `${count === 1 ? "oficina ou reunião" : "oficinas e reuniões"}${since ? ` desde ${since}` : ""}`,
    partners: (count: number) => (count === 1 ? "organização parceira" : "organizações parceiras"),
    where: "Os Living Atlases pelo mundo",
    mapLabel: "Mapa dos Living Atlases em funcionamento e em desenvolvimento",
    fullMap: "Abrir o mapa completo e a lista de todos os portais",
    nextEvent: "Próximo evento",
    latestEvent: "Último evento",
    noEvents: "Ainda não há eventos.",
    nothingScheduled: "Não há eventos programados no momento. Os anúncios saem primeiro na lista de e-mails.",
    allEvents: (count: number) => `Todos os eventos (${count})`,
    latestNews: "Últimas notícias",
    allNews: "Todas as notícias",
  },
  notFound: {
    title: "Página não encontrada",
    description: "Este endereço não corresponde a nenhuma página do site Living Atlases.",
    lead: "Não há nada neste endereço. A página pode ter mudado de lugar quando o site foi reconstruído.",
    home: "Página inicial",
    workshops: "Oficinas e seus materiais",
    partners: "Parceiros e seus portais",
    news: "Notícias",
  },
  news: {
    title: "Notícias",
    description: "Novidades da comunidade Living Atlases: novos portais, oficinas e formas de trabalhar em conjunto.",
    feed: "Acompanhar o feed de notícias (Atom)",
    by: (authors: readonly string[]) => `Por ${authorList.format(authors)}`,
    tags: "Etiquetas: ",
  },
};
