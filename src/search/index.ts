// The search index, built with Pagefind's Node API after every build: the site's pages (their marked
// main content only) plus one record per workshop material, with the text inside the file when it has one.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import * as pagefind from "pagefind";
import type { CustomRecord } from "pagefind";
import type { Community, MaterialView, WorkshopView } from "../collections/community.ts";
import { MATERIAL_KIND_LABELS } from "../layouts/labels.ts";
import { extractMaterialText, type Extraction } from "./extract.ts";
import { SEARCH_TYPES } from "./types.ts";
import { withBasePath, type PublicationAddress } from "../routes.ts";

export interface SearchIndexReport {
  pages: number;
  materials: number;
  /** Files whose text was read in this build, and files whose text came from the cache. */
  read: number;
  cached: number;
  /** Files that could not be read, with why; they are still indexed by title. */
  unreadable: Array<{ file: string; reason: string }>;
  seconds: number;
}

/** Runs `work` over `items`, a few at a time: PDF parsing is CPU-bound, and unbounded parallelism only adds memory. */
async function inBatches<T, R>(items: readonly T[], size: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  for (let start = 0; start < items.length; start += size) results.push(...(await Promise.all(items.slice(start, start + size).map(work))));
  return results;
}

/** One record per material address; a file shown at several events (the same slides, the same folder) names them all. */
function materialRecord(uses: Array<{ workshop: WorkshopView; material: MaterialView }>, extraction: Extraction | undefined, site: PublicationAddress): CustomRecord {
  const [{ workshop, material }] = uses as [{ workshop: WorkshopView; material: MaterialView }];
  const authors = material.authors?.join("; ") ?? "";
  const kind = MATERIAL_KIND_LABELS[material.kind];
  const text = extraction && "text" in extraction ? extraction.text : "";
  const events = [...new Set(uses.map((use) => use.workshop.title))];
  const meta: Record<string, string> = {
    title: material.title,
    type: SEARCH_TYPES.material,
    date: workshop.dates,
    event: events.join("; "),
    // Pagefind adds the base path to result addresses, but not to metadata.
    event_url: withBasePath(site, workshop.url),
    kind,
  };
  if (authors) meta.authors = authors;
  if (material.formatLabel) meta.format = material.formatLabel;
  const unique = (values: Array<string | undefined>) => [...new Set(values.filter((value): value is string => Boolean(value)))].sort();
  const filters: Record<string, string[]> = {
    type: [SEARCH_TYPES.material],
    year: unique(uses.map((use) => String(use.workshop.year))),
    kind: [kind],
  };
  const countries = unique(uses.map((use) => use.workshop.countryName));
  if (countries.length > 0) filters.country = countries;
  return { url: material.href, language: "en", content: [material.title, authors, ...events, text].filter(Boolean).join("\n"), meta, filters };
}

export async function buildSearchIndex(output: string, community: Community, root: string): Promise<SearchIndexReport> {
  const started = performance.now();
  const materials = community.workshops.flatMap((workshop) => workshop.materialList.map((material) => ({ workshop, material })));
  const byAddress = new Map<string, typeof materials>();
  for (const use of materials) byAddress.set(use.material.href, [...(byAddress.get(use.material.href) ?? []), use]);
  const files = [...new Set(materials.filter(({ material }) => material.local).map(({ material }) => decodeURI(material.url)))].sort();
  const cache = join(root, ".cache", "material-text");
  const extractions = new Map(await inBatches(files, 4, async (file) => [file, await extractMaterialText(join(root, file), cache)] as const));

  const { index, errors } = await pagefind.createIndex({ forceLanguage: "en" });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
  try {
    const added = await index.addDirectory({ path: output });
    if (added.errors.length > 0) throw new Error(`Pagefind could not index the pages: ${added.errors.join("; ")}`);
    for (const [address, uses] of byAddress) {
      const material = uses[0]!.material;
      const extraction = material.local ? extractions.get(decodeURI(material.url)) : undefined;
      const response = await index.addCustomRecord(materialRecord(uses, extraction, community.site));
      if (response.errors.length > 0) throw new Error(`Pagefind could not index ${address}: ${response.errors.join("; ")}`);
    }
    const written = await index.writeFiles({ outputPath: join(output, "pagefind") });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write the index: ${written.errors.join("; ")}`);
    const results = [...extractions];
    const entry = JSON.parse(await readFile(join(output, "pagefind", "pagefind-entry.json"), "utf8")) as { languages: Record<string, { page_count: number }> };
    const records = Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
    return {
      // Pagefind counts every HTML file it opened; those without marked content are left out of the index.
      pages: records - byAddress.size,
      materials: byAddress.size,
      read: results.filter(([, result]) => "text" in result && result.from === "file").length,
      cached: results.filter(([, result]) => "text" in result && result.from === "cache").length,
      unreadable: results.flatMap(([file, result]) => ("error" in result ? [{ file, reason: result.error }] : [])),
      seconds: (performance.now() - started) / 1000,
    };
  } finally {
    await pagefind.close();
  }
}

export function describeReport(report: SearchIndexReport): string[] {
  const warnings = report.unreadable.map(({ file, reason }) => `Search: could not read the text of ${file.slice(1)} (${reason}); it is indexed by its title only.`);
  return [
    ...warnings,
    `Search: indexed ${report.pages} pages and ${report.materials} workshop materials (text read from ${report.read} files, ${report.cached} from the cache) in ${report.seconds.toFixed(2)} s.`,
  ];
}
