// French strings: the pages of the site's sections (workshops, materials, partners, projects), page by page.
import type { sections as english } from "../en/sections.ts";
import type { Translation } from "../translation.ts";

// French treats 0 and 1 as singular, which Intl.PluralRules("fr") reports as "one".
const rules = new Intl.PluralRules("fr");
const singular = (n: number) => rules.select(n) === "one";
/** "1 atelier", "3 ateliers". */
const count = (n: number, one: string, other: string) => `${n} ${singular(n) ? one : other}`;
// The kind label starts a sentence in labels.partnerKind and sits mid-sentence here; "GBIF" keeps its capitals.
const midSentence = (label: string) => label.charAt(0).toLocaleLowerCase("fr") + label.slice(1);

export const sections: Translation<typeof english> = {
  workshops: {
    title: "Ateliers et événements",
    description: (n: number, since: number | undefined) =>
      `${count(n, "atelier, conférence ou réunion", "ateliers, conférences et réunions")} de la communauté Living Atlases${since ? ` depuis ${since}` : ""}, avec ${
        singular(n) ? "ses supports et ses participants" : "leurs supports et leurs participants"
      }.`,
    allMaterials: "Tous les supports des ateliers dans un seul tableau",
    searchMaterials: "Rechercher dans les supports",
    calendar: "S’abonner à l’agenda des événements (.ics)",
    upcoming: "Prochains événements",
  },
  workshop: {
    breadcrumb: "Ateliers",
    facts: {
      when: "Date",
      where: "Lieu",
      online: "En ligne",
      fundedBy: "Financement",
      participants: "Participants",
      participantCount: (n: number) => count(n, "personne", "personnes"),
      calendar: "Agenda",
      addToCalendar: "Ajouter à votre agenda (.ics)",
    },
    materials: "Supports",
    participants: "Participants",
  },
  materials: {
    title: "Supports des ateliers",
    description: (n: number) =>
      `${count(n, "présentation, affiche, vidéo ou document", "présentations, affiches, vidéos et documents")} provenant des ateliers et conférences de la communauté, année par année.`,
    search: "Rechercher dans leur contenu",
    table: (year: string) => `Supports de ${year}`,
    columns: {
      material: "Support",
      kind: "Type",
      authors: "Auteurs",
      format: "Format",
      event: "Événement",
    },
  },
  partners: {
    title: "Partenaires",
    description: (organisations: number, places: number) =>
      `${count(organisations, "organisation", "organisations")} de ${count(places, "pays ou région", "pays et régions")} ${
        singular(organisations)
          ? "gère des portails Living Atlases, accueille des ateliers ou finance"
          : "gèrent des portails Living Atlases, accueillent des ateliers ou financent"
      } des travaux communs.`,
    portalCount: (n: number) => count(n, "portail", "portails"),
  },
  partner: {
    breadcrumb: "Partenaires",
    description: (name: string, kind: string, place: string) => `${name} (${place}), ${midSentence(kind)} partenaire de la communauté Living Atlases.`,
    logo: (name: string) => `Logo de ${name}`,
    facts: {
      website: "Site web",
      memberSince: "Membre depuis",
    },
    portals: "Portails",
    portalsCaption: (name: string) => `Portails Living Atlases gérés par ${name}`,
    projects: "Projets",
    asLead: ", en tant que chef de file",
  },
  projects: {
    title: "Projets",
    description: "Les projets qui ont financé les ateliers, les traductions et la documentation de la communauté, et les organisations qui les ont coordonnés.",
    ledBy: (lead: string) => `coordonné par ${lead}`,
  },
  project: {
    breadcrumb: "Projets",
    description: (title: string, code: string, period: string, funding: string, lead: string) =>
      `${title}\u202f: ${code}, ${period}, financé par ${funding} et coordonné par ${lead}.`,
    facts: {
      code: "Code",
      period: "Période",
      funding: "Financement",
      lead: "Chef de file",
    },
    partners: "Partenaires",
    events: "Événements",
  },
  translations: {
    title: "Traductions",
    description: "Les pages du site traduites dans chaque langue, les traductions en retard sur leur original, et où en commencer une nouvelle.",
    guide: "Comment traduire une page",
    languages: "Langues",
    summary: (translated: number, records: number, outdated: number) =>
      `${count(translated, "page traduite", "pages traduites")} sur ${records}${outdated > 0 ? `, dont ${outdated} à mettre à jour` : ""}.`,
    table: (language: string) => `Pages et leur traduction en ${language}`,
    none: "Le site n’est publié que dans une seule langue\u202f: ajoutez-en une autre à languages, dans _data/site.yaml, pour le traduire.",
    columns: {
      page: "Page",
      state: "État",
      file: "Traduction",
    },
    state: {
      current: "Traduite",
      outdated: "À mettre à jour",
      missing: "Non traduite",
    },
    changes: "Modifications de l’original depuis la traduction\u202f:",
    edit: "Modifier",
    create: "Créer",
  },
};
