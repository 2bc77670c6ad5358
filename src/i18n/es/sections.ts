// Spanish strings: the pages of the site's sections (workshops, materials, partners, projects), page by page.
import type { sections as english } from "../en/sections.ts";
import type { Translation } from "../translation.ts";

const rules = new Intl.PluralRules("es");
/** "1 taller", "3 talleres". */
const count = (n: number, one: string, other: string) => `${n} ${rules.select(n) === "one" ? one : other}`;
// The kind label starts a sentence in labels.partnerKind and sits mid-sentence here; "GBIF" keeps its capitals.
const midSentence = (label: string) => label.charAt(0).toLocaleLowerCase("es") + label.slice(1);

export const sections: Translation<typeof english> = {
  workshops: {
    title: "Talleres y eventos",
    description: (n: number, since: number | undefined) =>
      `${count(n, "taller, congreso o reunión", "talleres, congresos y reuniones")} de la comunidad Living Atlases${since ? ` desde ${since}` : ""}, con sus materiales y participantes.`,
    allMaterials: "Todos los materiales de los talleres en una sola tabla",
    searchMaterials: "Buscar en los materiales",
    calendar: "Suscribirse al calendario de eventos (.ics)",
    upcoming: "Próximos eventos",
  },
  workshop: {
    breadcrumb: "Talleres",
    facts: {
      when: "Fecha",
      where: "Lugar",
      online: "En línea",
      fundedBy: "Con financiación de",
      participants: "Participantes",
      participantCount: (n: number) => count(n, "persona", "personas"),
      calendar: "Calendario",
      addToCalendar: "Añadir al calendario (.ics)",
    },
    materials: "Materiales",
    participants: "Participantes",
  },
  materials: {
    title: "Materiales de los talleres",
    description: (n: number) =>
      `${count(n, "presentación, póster, vídeo o documento", "presentaciones, pósteres, vídeos y documentos")} de los talleres y congresos de la comunidad, año por año.`,
    search: "Buscar en su contenido",
    table: (year: string) => `Materiales de ${year}`,
    columns: {
      material: "Material",
      kind: "Tipo",
      authors: "Autores",
      format: "Formato",
      event: "Evento",
    },
  },
  partners: {
    title: "Socios",
    description: (organisations: number, places: number) =>
      `${count(organisations, "organización", "organizaciones")} de ${count(places, "país o región", "países y regiones")} ${
        rules.select(organisations) === "one"
          ? "mantiene portales Living Atlases, organiza talleres o financia"
          : "mantienen portales Living Atlases, organizan talleres o financian"
      } trabajo en común.`,
    portalCount: (n: number) => count(n, "portal", "portales"),
  },
  partner: {
    breadcrumb: "Socios",
    description: (name: string, kind: string, place: string) => `${name} (${place}): ${midSentence(kind)} que forma parte de la comunidad Living Atlases.`,
    logo: (name: string) => `Logotipo de ${name}`,
    facts: {
      website: "Sitio web",
      memberSince: "Miembro desde",
    },
    portals: "Portales",
    portalsCaption: (name: string) => `Portales Living Atlases gestionados por ${name}`,
    projects: "Proyectos",
    asLead: ", al frente del proyecto",
  },
  projects: {
    title: "Proyectos",
    description: "Los proyectos que financiaron los talleres, las traducciones y la documentación de la comunidad, y las organizaciones que los coordinaron.",
    ledBy: (lead: string) => `coordinado por ${lead}`,
  },
  project: {
    breadcrumb: "Proyectos",
    description: (title: string, code: string, period: string, funding: string, lead: string) =>
      `${title}: ${code}, ${period}, financiado por ${funding} y coordinado por ${lead}.`,
    facts: {
      code: "Código",
      period: "Período",
      funding: "Financiación",
      lead: "Coordinación",
    },
    partners: "Socios",
    events: "Eventos",
  },
  translations: {
    title: "Traducciones",
    description:
      "Qué páginas del sitio están traducidas a cada idioma, qué traducciones se han quedado atrás respecto a su original y dónde empezar una nueva.",
    guide: "Cómo traducir una página",
    languages: "Idiomas",
    summary: (translated: number, records: number, outdated: number) =>
      `${translated} de ${count(records, "página traducida", "páginas traducidas")}${
        outdated > 0 ? `, ${outdated} ${rules.select(outdated) === "one" ? "de ellas desactualizada" : "de ellas desactualizadas"}` : ""
      }.`,
    table: (language: string) => `Páginas y su traducción al ${language}`,
    none: "El sitio se publica en un solo idioma: añada otro en languages, en _data/site.yaml, para traducirlo.",
    columns: {
      page: "Página",
      state: "Estado",
      file: "Traducción",
    },
    state: {
      current: "Traducida",
      outdated: "Desactualizada",
      missing: "Sin traducir",
    },
    changes: "Cambios en el original desde que se tradujo:",
    edit: "Editar",
    create: "Crear",
  },
};
