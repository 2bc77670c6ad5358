// The French catalogue, by part of the interface, typed against the English one.
import type { en } from "../en/index.ts";
import type { Translation } from "../translation.ts";
import { dates } from "./dates.ts";
import { labels } from "./labels.ts";
import { map } from "./map.ts";
import { search } from "./search.ts";
import { sections } from "./sections.ts";
import { site } from "./site.ts";

export const fr: Translation<typeof en> = {
  locale: "fr",
  dates,
  labels,
  site,
  sections,
  map,
  search,
};
