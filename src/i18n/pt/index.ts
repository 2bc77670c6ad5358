// The Portuguese catalogue, by part of the interface, typed against the English one.
import type { en } from "../en/index.ts";
import type { Translation } from "../translation.ts";
import { dates } from "./dates.ts";
import { labels } from "./labels.ts";
import { map } from "./map.ts";
import { search } from "./search.ts";
import { sections } from "./sections.ts";
import { site } from "./site.ts";

export const pt: Translation<typeof en> = {
  locale: "pt-BR",
  dates,
  labels,
  site,
  sections,
  map,
  search,
};
