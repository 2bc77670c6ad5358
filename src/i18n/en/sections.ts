// English strings: the pages of the site's sections (workshops, materials, partners, projects), page by page.
import { plural } from "../../schema/format.ts";

export const sections = {
  workshops: {
    title: "Workshops and events",
    /** `since` is the year of the first event. */
    description: (count: number, since: number | undefined) =>
      `${plural(count, "workshop, conference and meeting", "workshops, conferences and meetings")} of the Living Atlases community since ${since}, with their materials and participants.`,
    allMaterials: "All workshop materials in one table",
    searchMaterials: "Search inside the materials",
    calendar: "Subscribe to the events calendar (.ics)",
    upcoming: "Coming up",
  },
  workshop: {
    breadcrumb: "Workshops",
    facts: {
      when: "When",
      where: "Where",
      online: "Online",
      fundedBy: "Funded by",
      participants: "Participants",
      participantCount: (count: number) => plural(count, "person", "people"),
      calendar: "Calendar",
      addToCalendar: "Add to your calendar (.ics)",
    },
    materials: "Materials",
    participants: "Participants",
  },
  materials: {
    title: "Workshop materials",
    description: (count: number) =>
      `${plural(count, "presentation, poster, video and document", "presentations, posters, videos and documents")} from the community's workshops and conferences, by year.`,
    search: "Search inside them",
    /** The label of one year's table; `year` is the year group's heading. */
    table: (year: string) => `Materials from ${year}`,
    columns: {
      material: "Material",
      kind: "Kind",
      authors: "Authors",
      format: "Format",
      event: "Event",
    },
  },
  partners: {
    title: "Partners",
    description: (organisations: number, places: number) =>
      `${plural(organisations, "organisation")} in ${plural(places, "country or region", "countries and regions")} run Living Atlases portals, host workshops or fund shared work.`,
    /** After the partner's kind, for a partner that runs portals. */
    portalCount: (count: number) => plural(count, "portal"),
  },
  partner: {
    breadcrumb: "Partners",
    /** `kind` is the partner's kind label as written in labels.partnerKind; each language sets its case. */
    description: (name: string, kind: string, place: string) => `${name}, ${kind.toLowerCase()} in ${place} and partner of the Living Atlases community.`,
    logo: (name: string) => `${name} logo`,
    facts: {
      website: "Website",
      memberSince: "Member since",
    },
    portals: "Portals",
    portalsCaption: (name: string) => `Living Atlases portals run by ${name}`,
    projects: "Projects",
    /** After a project's title and period, when the partner led it. */
    asLead: ", as lead",
  },
  projects: {
    title: "Projects",
    description: "Projects that paid for the community's workshops, translations and documentation, and who led them.",
    ledBy: (lead: string) => `led by ${lead}`,
  },
  project: {
    breadcrumb: "Projects",
    description: (title: string, code: string, period: string, funding: string, lead: string) =>
      `${title}: ${code}, ${period}, funded by ${funding} and led by ${lead}.`,
    facts: {
      code: "Code",
      period: "Period",
      funding: "Funding",
      lead: "Lead",
    },
    partners: "Partners",
    events: "Events",
  },
  translations: {
    title: "Translations",
    description: "Which pages of the site are translated into each language, which translations are behind their original, and where to start a new one.",
    /** Links to the translators' guide, "Translating the site" in CONTRIBUTING.md. */
    guide: "How to translate a page",
    /** The links to each language's section, for screen readers. */
    languages: "Languages",
    /** Under a language's heading; `translated` counts the outdated translations too. */
    summary: (translated: number, records: number, outdated: number) =>
      `${translated} of ${plural(records, "page")} translated${outdated > 0 ? `, ${outdated} of them out of date` : ""}.`,
    /** The label of one language's table; `language` is that language's name in this one. */
    table: (language: string) => `Pages and their translation into ${language}`,
    /** On a site published in the original's language only. */
    none: "The site is published in one language only: add another to languages in _data/site.yaml to translate it.",
    columns: {
      page: "Page",
      state: "State",
      file: "Translation",
    },
    state: {
      current: "Translated",
      outdated: "Out of date",
      missing: "Not translated",
    },
    /** Before the original's commits that an outdated translation has not caught up with. */
    changes: "Changes to the original since it was translated:",
    /** Links to GitHub's editor: the translation's file, or a new one. */
    edit: "Edit",
    create: "Create",
  },
};
