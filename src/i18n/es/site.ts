// Spanish strings: the site shell (head, header, footer, page meta), shared components, home, 404 and news.
import type { site as english } from "../en/site.ts";
import type { Translation } from "../translation.ts";

const oneDecimal = new Intl.NumberFormat("es", { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const authorList = new Intl.ListFormat("es", { type: "conjunction" });

export const site: Translation<typeof english> = {
  language: {
    openGraphLocale: "es_ES",
    /** The language switcher's name, for screen readers. */
    switcher: "Idioma",
    /** On a page not translated yet, and on one whose original changed since; `original` names the original's language in this one. */
    notTranslated: (original: string) => `Esta página aún no se ha traducido. Se muestra en ${original}.`,
    outdated: (original: string) =>
      `El original en ${original} ha cambiado desde que se tradujo esta página, así que la traducción puede estar desactualizada.`,
    readOriginal: (original: string) => `Leer la página en ${original}`,
    helpTranslate: "Ayude a traducir este sitio",
  },
  head: {
    homeTitle: (site: string, title: string) => `${site}: ${title}`,
    pageTitle: (site: string, title: string) => `${title} · ${site}`,
    newsFeed: (site: string) => `Noticias de ${site}`,
    eventsCalendar: (site: string) => `Eventos de ${site}`,
    pageCalendar: (title: string) => `${title} (calendario)`,
  },
  shell: {
    skipToContent: "Ir al contenido",
    draftBefore: "Borrador: esta página solo se muestra en la vista previa y quedará fuera del sitio publicado mientras no se quite ",
    draftAfter: ".",
  },
  header: {
    navigation: "Principal",
    workshops: "Talleres",
    map: "Mapa",
    partners: "Socios",
    projects: "Proyectos",
    news: "Noticias",
    searchLabel: "Buscar en el sitio y en los materiales de los talleres",
    searchPlaceholder: "Buscar",
    searchButton: "Buscar",
  },
  footer: {
    translations: "Traducciones",
    more: "Más",
    materials: "Materiales de los talleres",
    search: "Buscar",
    stayInTouch: "Contacto",
    mailingList: "Suscribirse a la lista de correo",
    newsFeed: "Canal de noticias (Atom)",
    eventsCalendar: "Calendario de eventos (iCalendar)",
    source: "Código fuente de este sitio",
    licenceBefore: "Los textos de este sitio están disponibles bajo la licencia ",
    licenceAfter: ". Los materiales de los talleres pertenecen a sus autores.",
  },
  pageMeta: {
    edit: "Editar esta página",
    lastUpdated: "Última actualización:",
  },
  components: {
    breadcrumbs: "Ruta de navegación",
    years: "Años",
    materialCount: (count: number) => `${count} ${count === 1 ? "material" : "materiales"}`,
    fileSize: (bytes: number) => (bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${oneDecimal.format(bytes / 1024 / 1024)} MB`),
    pageOnThisSite: "página de este sitio",
    externalLink: "enlace externo",
    participants: {
      table: "Participantes, en forma de tabla",
      name: "Nombre",
      organisation: "Organización",
      country: "País",
    },
    installations: {
      portal: "Portal",
      place: "País o región",
      status: "Estado",
      launched: "Lanzamiento",
      languages: "Idiomas",
      runBy: "Gestionado por",
    },
  },
  home: {
    title: "portales nacionales de biodiversidad creados en colaboración",
    numbers: "La comunidad en cifras",
    livePortals: (count: number) => (count === 1 ? "portal en funcionamiento" : "portales en funcionamiento"),
    countries: (count: number) => (count === 1 ? "país con un portal en funcionamiento" : "países con un portal en funcionamiento"),
    workshops: (count: number, since: number | undefined) => `${count === 1 ? "taller o reunión" : "talleres y reuniones"}${since ? ` desde ${since}` : ""}`,
    partners: (count: number) => (count === 1 ? "organización asociada" : "organizaciones asociadas"),
    where: "Los Living Atlases en el mundo",
    mapLabel: "Mapa de los Living Atlases en funcionamiento y en desarrollo",
    fullMap: "Abrir el mapa completo y la lista de todos los portales",
    nextEvent: "Próximo evento",
    latestEvent: "Último evento",
    noEvents: "Todavía no hay eventos.",
    nothingScheduled: "No hay ningún evento programado por ahora. Los anuncios se envían primero a la lista de correo.",
    allEvents: (count: number) => `Todos los eventos (${count})`,
    latestNews: "Últimas noticias",
    allNews: "Todas las noticias",
  },
  notFound: {
    title: "Página no encontrada",
    description: "Esta dirección no corresponde a ninguna página del sitio de Living Atlases.",
    lead: "No hay nada en esta dirección. Puede que la página se haya trasladado cuando se reconstruyó el sitio.",
    home: "Página de inicio",
    workshops: "Talleres y sus materiales",
    partners: "Socios y sus portales",
    news: "Noticias",
  },
  news: {
    title: "Noticias",
    description: "Novedades de la comunidad Living Atlases: nuevos portales, talleres y formas de colaborar.",
    feed: "Seguir el canal de noticias (Atom)",
    by: (authors: readonly string[]) => `Por ${authorList.format(authors)}`,
    tags: "Etiquetas: ",
  },
};
