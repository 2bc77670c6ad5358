// French strings: the site shell (head, header, footer, page meta), shared components, home, 404 and news.
import type { site as english } from "../en/site.ts";
import type { Translation } from "../translation.ts";

const oneDecimal = new Intl.NumberFormat("fr", { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const authorList = new Intl.ListFormat("fr", { type: "conjunction" });
// French treats 0 and 1 as singular.
const singular = (count: number) => count < 2;

export const site: Translation<typeof english> = {
  language: {
    openGraphLocale: "fr_FR",
    /** The language switcher's name, for screen readers. */
    switcher: "Langue",
    /** On a page not translated yet, and on one whose original changed since; `original` names the original's language in this one. */
    notTranslated: (original: string) => `Cette page n’a pas encore été traduite. Elle est affichée en ${original}.`,
    outdated: (original: string) => `L’original en ${original} a changé depuis la traduction de cette page\u202f; celle-ci n’est peut-être plus à jour.`,
    readOriginal: (original: string) => `Lire la page en ${original}`,
    helpTranslate: "Aidez à traduire ce site",
  },
  head: {
    homeTitle: (site: string, title: string) => `${site}\u202f: ${title}`,
    pageTitle: (site: string, title: string) => `${title} · ${site}`,
    newsFeed: (site: string) => `Actualités de ${site}`,
    eventsCalendar: (site: string) => `Événements de ${site}`,
    pageCalendar: (title: string) => `${title} (calendrier)`,
  },
  shell: {
    skipToContent: "Aller au contenu",
    draftBefore: "Brouillon\u202f: cette page n’apparaît qu’en prévisualisation et restera absente du site publié tant que la ligne ",
    draftAfter: " n’aura pas été retirée.",
  },
  header: {
    navigation: "Menu principal",
    workshops: "Ateliers",
    map: "Carte",
    partners: "Partenaires",
    projects: "Projets",
    news: "Actualités",
    searchLabel: "Rechercher dans le site et les supports des ateliers",
    searchPlaceholder: "Rechercher",
    searchButton: "Rechercher",
  },
  footer: {
    translations: "Traductions",
    more: "Voir aussi",
    materials: "Supports des ateliers",
    search: "Recherche",
    stayInTouch: "Restons en contact",
    mailingList: "S’inscrire à la liste de diffusion",
    newsFeed: "Fil d’actualités (Atom)",
    eventsCalendar: "Agenda des événements (iCalendar)",
    source: "Code source du site",
    licenceBefore: "Les textes de ce site sont publiés sous licence ",
    licenceAfter: ". Les supports des ateliers appartiennent à leurs auteurs.",
  },
  pageMeta: {
    edit: "Modifier cette page",
    lastUpdated: "Dernière mise à jour\u202f:",
  },
  components: {
    breadcrumbs: "Fil d’Ariane",
    years: "Années",
    materialCount: (count: number) => `${count} ${singular(count) ? "support" : "supports"}`,
    fileSize: (bytes: number) =>
      bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))}\u202fKo` : `${oneDecimal.format(bytes / 1024 / 1024)}\u202fMo`,
    pageOnThisSite: "page de ce site",
    externalLink: "lien externe",
    participants: {
      table: "Participants, sous forme de tableau",
      name: "Nom",
      organisation: "Organisme",
      country: "Pays",
    },
    installations: {
      portal: "Portail",
      place: "Pays ou région",
      status: "État",
      launched: "Mise en service",
      languages: "Langues",
      runBy: "Géré par",
    },
  },
  home: {
    title: "des portails nationaux de biodiversité construits ensemble",
    numbers: "La communauté en chiffres",
    livePortals: (count: number) => (singular(count) ? "portail en service" : "portails en service"),
    countries: (count: number) => (singular(count) ? "pays doté d’un portail en service" : "pays dotés d’un portail en service"),
    workshops: (count: number, since: number | undefined) =>
      `${singular(count) ? "atelier ou réunion" : "ateliers et réunions"}${since ? ` depuis ${since}` : ""}`,
    partners: (count: number) => (singular(count) ? "organisation partenaire" : "organisations partenaires"),
    where: "Les Living Atlases dans le monde",
    mapLabel: "Carte des Living Atlases en service et en développement",
    fullMap: "Ouvrir la carte complète et la liste de tous les portails",
    nextEvent: "Prochain événement",
    latestEvent: "Dernier événement",
    noEvents: "Aucun événement pour l’instant.",
    nothingScheduled: "Aucun événement n’est prévu pour le moment. Les annonces paraissent d’abord sur la liste de diffusion.",
    allEvents: (count: number) => `Tous les événements (${count})`,
    latestNews: "Dernières actualités",
    allNews: "Toutes les actualités",
  },
  notFound: {
    title: "Page introuvable",
    description: "Cette adresse ne correspond à aucune page du site Living Atlases.",
    lead: "Il n’y a rien à cette adresse. La page a peut-être changé de place lors de la refonte du site.",
    home: "Page d’accueil",
    workshops: "Les ateliers et leurs supports",
    partners: "Les partenaires et leurs portails",
    news: "Actualités",
  },
  news: {
    title: "Actualités",
    description: "Les nouvelles de la communauté Living Atlases\u202f: nouveaux portails, ateliers et façons de travailler ensemble.",
    feed: "Suivre le fil d’actualités (Atom)",
    by: (authors: readonly string[]) => `Par ${authorList.format(authors)}`,
    tags: "Mots-clés\u202f: ",
  },
};
