// Portuguese (Brazilian) strings: the pages of the site's sections (workshops, materials, partners, projects), page by page.
import type { sections as english } from "../en/sections.ts";
import type { Translation } from "../translation.ts";

const rules = new Intl.PluralRules("pt-BR");
const singular = (n: number) => rules.select(n) === "one";
/** "1 oficina", "3 oficinas". */
const count = (n: number, one: string, other: string) => `${n} ${singular(n) ? one : other}`;
// The kind label starts a sentence in labels.partnerKind and sits mid-sentence here; "GBIF" keeps its capitals.
const midSentence = (label: string) => label.charAt(0).toLocaleLowerCase("pt-BR") + label.slice(1);

export const sections: Translation<typeof english> = {
  workshops: {
    title: "Oficinas e eventos",
    description: (n: number, since: number | undefined) =>
      `${count(n, "oficina, conferência ou reunião", "oficinas, conferências e reuniões")} da comunidade Living Atlases${since ? ` desde ${since}` : ""}, com seus materiais e participantes.`,
    allMaterials: "Todos os materiais das oficinas em uma única tabela",
    searchMaterials: "Pesquisar nos materiais",
    calendar: "Assinar a agenda de eventos (.ics)",
    upcoming: "Próximos eventos",
  },
  workshop: {
    breadcrumb: "Oficinas",
    facts: {
      when: "Data",
      where: "Local",
      online: "On-line",
      fundedBy: "Financiamento",
      participants: "Participantes",
      participantCount: (n: number) => count(n, "pessoa", "pessoas"),
      calendar: "Agenda",
      addToCalendar: "Adicionar à sua agenda (.ics)",
    },
    materials: "Materiais",
    participants: "Participantes",
  },
  materials: {
    title: "Materiais das oficinas",
    description: (n: number) =>
      `${count(n, "apresentação, pôster, vídeo ou documento", "apresentações, pôsteres, vídeos e documentos")} das oficinas e conferências da comunidade, ano a ano.`,
    search: "Pesquisar no conteúdo dos materiais",
    table: (year: string) => `Materiais de ${year}`,
    columns: {
      material: "Material",
      kind: "Tipo",
      authors: "Autores",
      format: "Formato",
      event: "Evento",
    },
  },
  partners: {
    title: "Parceiros",
    description: (organisations: number, places: number) =>
      `${count(organisations, "organização", "organizações")} de ${count(places, "país ou região", "países e regiões")} ${
        singular(organisations) ? "mantém portais Living Atlases, sedia oficinas ou financia" : "mantêm portais Living Atlases, sediam oficinas ou financiam"
      } trabalhos em comum.`,
    portalCount: (n: number) => count(n, "portal", "portais"),
  },
  partner: {
    breadcrumb: "Parceiros",
    description: (name: string, kind: string, place: string) => `${name} (${place}): ${midSentence(kind)} que faz parte da comunidade Living Atlases.`,
    logo: (name: string) => `Logotipo de ${name}`,
    facts: {
      website: "Site",
      memberSince: "Membro desde",
    },
    portals: "Portais",
    portalsCaption: (name: string) => `Portais Living Atlases mantidos por ${name}`,
    projects: "Projetos",
    asLead: ", à frente do projeto",
  },
  projects: {
    title: "Projetos",
    description: "Os projetos que financiaram as oficinas, as traduções e a documentação da comunidade, e as organizações que os coordenaram.",
    ledBy: (lead: string) => `coordenado por ${lead}`,
  },
  project: {
    breadcrumb: "Projetos",
    description: (title: string, code: string, period: string, funding: string, lead: string) =>
      `${title}: ${code}, ${period}, financiado por ${funding} e coordenado por ${lead}.`,
    facts: {
      code: "Código",
      period: "Período",
      funding: "Financiamento",
      lead: "Coordenação",
    },
    partners: "Parceiros",
    events: "Eventos",
  },
  translations: {
    title: "Traduções",
    description: "Quais páginas do site estão traduzidas para cada idioma, quais traduções ficaram defasadas em relação ao original e onde começar uma nova.",
    guide: "Como traduzir uma página",
    languages: "Idiomas",
    summary: (translated: number, records: number, outdated: number) =>
      `${translated} de ${count(records, "página traduzida", "páginas traduzidas")}${
        outdated > 0 ? `, ${outdated} ${singular(outdated) ? "delas desatualizada" : "delas desatualizadas"}` : ""
      }.`,
    table: (language: string) => `Páginas e sua tradução para o ${language}`,
    none: "O site é publicado em um só idioma: adicione outro em languages, no _data/site.yaml, para traduzi-lo.",
    columns: {
      page: "Página",
      state: "Situação",
      file: "Tradução",
    },
    state: {
      current: "Traduzida",
      outdated: "Desatualizada",
      missing: "Sem tradução",
    },
    changes: "Alterações no original desde a tradução:",
    edit: "Editar",
    create: "Criar",
  },
};
