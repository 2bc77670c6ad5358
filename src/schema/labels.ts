// How each value of the content model's enumerations reads on a page.
import type { InstallationStatus } from "./installation.ts";
import type { PartnerKind } from "./partner.ts";
import type { EventStatus, MaterialKind, WorkshopKind } from "./workshop.ts";

export const EVENT_KIND_LABELS: Record<WorkshopKind, string> = {
  workshop: "Workshop",
  conference: "Conference",
  training: "Training",
  online: "Online session",
  meeting: "Meeting",
};

export const EVENT_STATUS_LABELS: Record<EventStatus, string> = { upcoming: "Upcoming", ongoing: "Happening now", past: "Past" };

export const MATERIAL_KIND_LABELS: Record<MaterialKind, string> = {
  slides: "Slides",
  poster: "Poster",
  video: "Video",
  abstract: "Abstract",
  agenda: "Agenda",
  exercise: "Exercise",
  notes: "Notes",
  document: "Document",
};

export const PARTNER_KIND_LABELS: Record<PartnerKind, string> = {
  "gbif-node": "GBIF node",
  institution: "Institution",
  network: "Network",
  company: "Company",
};

export const STATUS_LABELS: Record<InstallationStatus, string> = {
  live: "Live",
  "in-development": "In development",
  "in-discussion": "In discussion",
  offline: "Offline",
  moved: "Moved to other software",
  discontinued: "Discontinued",
};
