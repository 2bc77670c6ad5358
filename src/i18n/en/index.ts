// The English catalogue, by part of the interface.
import { dates } from "./dates.ts";
import { labels } from "./labels.ts";
import { map } from "./map.ts";
import { search } from "./search.ts";
import { sections } from "./sections.ts";
import { site } from "./site.ts";

export const en = {
  /** The locale Intl formats dates and numbers in. */
  locale: "en-GB",
  dates,
  labels,
  site,
  sections,
  map,
  search,
};
