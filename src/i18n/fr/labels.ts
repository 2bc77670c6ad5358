// French strings: how each value of the content model's enumerations reads on a page.
import type { labels as english } from "../en/labels.ts";
import type { Translation } from "../translation.ts";

export const labels: Translation<typeof english> = {
  eventKind: {
    workshop: "Atelier",
    conference: "Conférence",
    training: "Formation",
    online: "Session en ligne",
    meeting: "Réunion",
  },
  eventStatus: { upcoming: "À venir", ongoing: "En cours", past: "Passé" },
  materialKind: {
    slides: "Diaporama",
    poster: "Affiche",
    video: "Vidéo",
    abstract: "Résumé",
    agenda: "Programme",
    exercise: "Exercice",
    notes: "Notes",
    document: "Document",
  },
  partnerKind: {
    "gbif-node": "Nœud du GBIF",
    institution: "Institution",
    network: "Réseau",
    company: "Entreprise",
  },
  installationStatus: {
    live: "En service",
    "in-development": "En développement",
    "in-discussion": "En discussion",
    offline: "Hors ligne",
    moved: "Passé à un autre logiciel",
    discontinued: "Arrêté",
  },
  fileFormat: {
    pdf: "PDF",
    pptx: "PowerPoint",
    ppt: "PowerPoint",
    odp: "Présentation OpenDocument",
    docx: "Word",
    doc: "Word",
    odt: "Texte OpenDocument",
    html: "Page web",
  },
};
