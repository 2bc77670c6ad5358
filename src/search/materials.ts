// The workshop materials as search records: one per material address and per language of the site, each in its
// language's index with that language's labels, filters and addresses, and the same text read from the file.
import type { CustomRecord } from "pagefind";
import type { Community, MaterialView, WorkshopView } from "../collections/community.ts";
import { CATALOGUES } from "../i18n/catalogues.ts";
import { localizedRoutes, localPath, withBasePath } from "../routes.ts";
import type { Extraction } from "./extract.ts";

/** A material as one or more workshops list it: a file shown at several events (the same slides) names them all. */
export type MaterialUses = Array<{ workshop: WorkshopView; material: MaterialView }>;

/** The community's materials by address, in a fixed order: the workshops' (newest first), then each workshop's list. */
export function materialsByAddress(community: Community): Map<string, MaterialUses> {
  const byAddress = new Map<string, MaterialUses>();
  for (const workshop of community.workshops) {
    for (const material of workshop.materialList) byAddress.set(material.href, [...(byAddress.get(material.href) ?? []), { workshop, material }]);
  }
  return byAddress;
}

/** The site paths that have a page in every language: the generated pages and every record's page. */
function pagesInEveryLanguage(community: Community): Set<string> {
  const records = [...community.pages, ...community.workshops, ...community.partners, ...community.news, ...community.projects];
  return new Set([...localizedRoutes, ...records.map(({ url }) => url)]);
}

/** Turns each material of a community into its record in that community's language. */
export function materialRecords(community: Community): (uses: MaterialUses, extraction: Extraction | undefined) => CustomRecord {
  const language = community.language.code;
  const original = community.languages[0]!.code;
  const strings = CATALOGUES[language];
  const names = strings.search.filters;
  const type = strings.search.types.material;
  const pages = pagesInEveryLanguage(community);
  const unique = (values: Array<string | undefined>) => [...new Set(values.filter((value): value is string => Boolean(value)))].sort();

  return (uses, extraction) => {
    const [{ workshop, material }] = uses as [MaterialUses[number]];
    const authors = material.authors?.join("; ") ?? "";
    const kind = strings.labels.materialKind[material.kind];
    const text = extraction && "text" in extraction ? extraction.text : "";
    const events = [...new Set(uses.map((use) => use.workshop.title))];
    const meta: Record<string, string> = {
      title: material.title,
      type,
      date: workshop.dates,
      event: events.join("; "),
      // Pagefind adds the base path to result addresses, but not to metadata.
      event_url: withBasePath(community.site, localPath(workshop.url, language, original)),
      kind,
    };
    if (authors) meta.authors = authors;
    if (material.formatLabel) meta.format = material.formatLabel;
    const filters: Record<string, string[]> = {
      [names.type]: [type],
      [names.year]: unique(uses.map((use) => String(use.workshop.year))),
      [names.kind]: [kind],
    };
    const countries = unique(uses.map((use) => use.workshop.countryName));
    if (countries.length > 0) filters[names.country] = countries;
    // Pagefind keeps one record per address, across all its languages, and a page of this site is indexed as itself
    // too: a material that links to one (a project's page) points at it with an empty fragment, and a record whose
    // address is the same in every language names its language in the fragment. Results link to meta.url then.
    const path = material.href.split(/[?#]/)[0]!;
    const page = material.href.startsWith("/") && !material.href.startsWith("/assets/") && !material.href.includes("#");
    const address = page && pages.has(path) ? localPath(material.href, language, original) : material.href;
    const url = page ? `${address}#` : address;
    const ownAddress = language === original || address !== material.href;
    if (!ownAddress) meta.url = withBasePath(community.site, address);
    return {
      url: ownAddress ? url : `${url}${url.includes("#") ? "-" : "#"}${language}`,
      language,
      content: [material.title, authors, ...events, text].filter(Boolean).join("\n"),
      meta,
      filters,
    };
  };
}
