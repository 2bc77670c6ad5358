// Portuguese strings: how each value of the content model's enumerations reads on a page.
import type { labels as english } from "../en/labels.ts";
import type { Translation } from "../translation.ts";

export const labels: Translation<typeof english> = {
  eventKind: {
    workshop: "Oficina",
    conference: "Conferência",
    training: "Capacitação",
    online: "Sessão on-line",
    meeting: "Reunião",
  },
  eventStatus: { upcoming: "Em breve", ongoing: "Acontecendo agora", past: "Encerrado" },
  materialKind: {
    slides: "Apresentação",
    poster: "Pôster",
    video: "Vídeo",
    abstract: "Resumo",
    agenda: "Programação",
    exercise: "Exercício",
    notes: "Anotações",
    document: "Documento",
  },
  partnerKind: {
    "gbif-node": "Nó do GBIF",
    institution: "Instituição",
    network: "Rede",
    company: "Empresa",
  },
  installationStatus: {
    live: "Em funcionamento",
    "in-development": "Em desenvolvimento",
    "in-discussion": "Em discussão",
    offline: "Fora do ar",
    moved: "Migrado para outro software",
    discontinued: "Desativado",
  },
  fileFormat: {
    pdf: "PDF",
    pptx: "PowerPoint",
    ppt: "PowerPoint",
    odp: "Apresentação OpenDocument",
    docx: "Word",
    doc: "Word",
    odt: "Texto OpenDocument",
    html: "Página web",
  },
};
