// English strings: how each value of the content model's enumerations reads on a page.
import type { InstallationStatus } from "../../schema/installation.ts";
import type { PartnerKind } from "../../schema/partner.ts";
import type { EventStatus, MaterialKind, WorkshopKind } from "../../schema/workshop.ts";

export const labels: {
  eventKind: Record<WorkshopKind, string>;
  eventStatus: Record<EventStatus, string>;
  materialKind: Record<MaterialKind, string>;
  partnerKind: Record<PartnerKind, string>;
  installationStatus: Record<InstallationStatus, string>;
  fileFormat: Record<"pdf" | "pptx" | "ppt" | "odp" | "docx" | "doc" | "odt" | "html", string>;
} = {
  eventKind: {
    workshop: "Workshop",
    conference: "Conference",
    training: "Training",
    online: "Online session",
    meeting: "Meeting",
  },
  eventStatus: { upcoming: "Upcoming", ongoing: "Happening now", past: "Past" },
  materialKind: {
    slides: "Slides",
    poster: "Poster",
    video: "Video",
    abstract: "Abstract",
    agenda: "Agenda",
    exercise: "Exercise",
    notes: "Notes",
    document: "Document",
  },
  partnerKind: {
    "gbif-node": "GBIF node",
    institution: "Institution",
    network: "Network",
    company: "Company",
  },
  installationStatus: {
    live: "Live",
    "in-development": "In development",
    "in-discussion": "In discussion",
    offline: "Offline",
    moved: "Moved to other software",
    discontinued: "Discontinued",
  },
  /** A material's format, from its file name's extension, where the editor gave none. */
  fileFormat: {
    pdf: "PDF",
    pptx: "PowerPoint",
    ppt: "PowerPoint",
    odp: "OpenDocument slides",
    docx: "Word",
    doc: "Word",
    odt: "OpenDocument text",
    html: "Web page",
  },
};
