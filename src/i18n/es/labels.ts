// Spanish strings: how each value of the content model's enumerations reads on a page.
import type { labels as english } from "../en/labels.ts";
import type { Translation } from "../translation.ts";

export const labels: Translation<typeof english> = {
  eventKind: {
    workshop: "Taller",
    conference: "Congreso",
    training: "Formación",
    online: "Sesión en línea",
    meeting: "Reunión",
  },
  eventStatus: { upcoming: "Próximamente", ongoing: "En curso", past: "Finalizado" },
  materialKind: {
    slides: "Diapositivas",
    poster: "Póster",
    video: "Vídeo",
    abstract: "Resumen",
    agenda: "Programa",
    exercise: "Ejercicio",
    notes: "Apuntes",
    document: "Documento",
  },
  partnerKind: {
    "gbif-node": "Nodo de GBIF",
    institution: "Institución",
    network: "Red",
    company: "Empresa",
  },
  installationStatus: {
    live: "En funcionamiento",
    "in-development": "En desarrollo",
    "in-discussion": "En estudio",
    offline: "Fuera de línea",
    moved: "Migrado a otro software",
    discontinued: "Cerrado",
  },
  fileFormat: {
    pdf: "PDF",
    pptx: "PowerPoint",
    ppt: "PowerPoint",
    odp: "Presentación OpenDocument",
    docx: "Word",
    doc: "Word",
    odt: "Texto OpenDocument",
    html: "Página web",
  },
};
