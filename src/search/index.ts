// The search index, built with Pagefind's Node API: one record per workshop material, with the text inside the
// file when it has one, added while the pages render; then the pages Eleventy rendered, from the HTML it rendered
// (their marked main content only). Only those: an HTML file among the materials is never read as a page, so it
// cannot add results or metadata of its own.
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { performance } from "node:perf_hooks";
import * as pagefind from "pagefind";
import type { CustomRecord, IndexFile } from "pagefind";
import type { Community, MaterialView, WorkshopView } from "../collections/community.ts";
import { MATERIAL_KIND_LABELS } from "../schema/labels.ts";
import { MaterialTextCache, type Extraction } from "./extract.ts";
import { SEARCH_TYPES } from "./types.ts";
import { siteFile } from "../schema/addresses.ts";
import { printable } from "../content/problems.ts";
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
function materialRecord(
  uses: Array<{ workshop: WorkshopView; material: MaterialView }>,
  extraction: Extraction | undefined,
  site: PublicationAddress,
): CustomRecord {
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
  // Pagefind keeps one record per address, and a page of this site is indexed as itself too: a material that links
  // to one (a project's page) points at it with an empty fragment, so the page and the material are both found.
  const page = material.href.startsWith("/") && !material.href.startsWith("/assets/") && !material.href.includes("#");
  return {
    url: page ? `${material.href}#` : material.href,
    language: "en",
    content: [material.title, authors, ...events, text].filter(Boolean).join("\n"),
    meta,
    filters,
  };
}

/** Writes Pagefind's files, each folder created once before its files. */
async function writeIndexFiles(folder: string, files: readonly IndexFile[]): Promise<void> {
  const folders = [...new Set(files.map((file) => dirname(join(folder, file.path))))].sort();
  for (const path of folders) await mkdir(path, { recursive: true });
  await inBatches(files, 64, (file) => writeFile(join(folder, file.path), file.content));
}

/** A page Eleventy rendered: its address on the site and its HTML, as Eleventy's after-build event gives them. */
export interface RenderedPage {
  url: string;
  content: string;
}

/** Of what Eleventy wrote, the pages to index: HTML files outside /assets/, in a fixed order. */
export function pagesToIndex(results: ReadonlyArray<{ url?: string | false; outputPath?: string | false; content?: unknown }>): RenderedPage[] {
  return results
    .flatMap(({ url, outputPath, content }) =>
      typeof url === "string" && typeof outputPath === "string" && outputPath.endsWith(".html") && !url.startsWith("/assets/") && typeof content === "string"
        ? [{ url, content }]
        : [],
    )
    .sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
}

/** An index being built: the materials go in first, the rendered pages when `finish` is called. */
export interface SearchIndexing {
  finish(output: string, pages: readonly RenderedPage[]): Promise<SearchIndexReport>;
}

/**
 * Starts the index with the workshop materials, which do not depend on the built pages: once their text is read,
 * Pagefind, a separate process, takes them in while the build renders the pages.
 */
export async function startSearchIndex(community: Community, root: string): Promise<SearchIndexing> {
  const materials = community.workshops.flatMap((workshop) => workshop.materialList.map((material) => ({ workshop, material })));
  const byAddress = new Map<string, typeof materials>();
  for (const use of materials) byAddress.set(use.material.href, [...(byAddress.get(use.material.href) ?? []), use]);
  const files = [...new Set(materials.filter(({ material }) => material.local).map(({ material }) => siteFile(material.url)))].sort();
  const texts = await MaterialTextCache.open(join(root, ".cache", "material-text"));
  const extractions = new Map(await inBatches(files, 4, async (file) => [file, await texts.extract(root, file)] as const));
  await texts.save();

  const materialsAdded = (async () => {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: "en" });
    if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
    // Sent all at once, in a fixed order: Pagefind answers them together, four times faster than one by one.
    const responses = await Promise.all(
      [...byAddress.values()].map((uses) => {
        const material = uses[0]!.material;
        const extraction = material.local ? extractions.get(siteFile(material.url)) : undefined;
        return index.addCustomRecord(materialRecord(uses, extraction, community.site));
      }),
    );
    const refused = responses.flatMap((response, position) => response.errors.map((error) => `${[...byAddress.keys()][position]}: ${error}`));
    if (refused.length > 0) throw new Error(`Pagefind could not index ${refused.join("; ")}`);
    return index;
  })();
  // A failure is reported by finish(); until then it must not end the process as an unhandled rejection.
  materialsAdded.catch(() => undefined);

  return {
    async finish(output, pages) {
      // The time a build waits for search once its pages are written.
      const started = performance.now();
      try {
        const index = await materialsAdded;
        const added = await Promise.all(pages.map((page) => index.addHTMLFile({ url: page.url, content: page.content })));
        const refused = added.flatMap((response, position) => response.errors.map((error) => `${pages[position]!.url}: ${error}`));
        if (refused.length > 0) throw new Error(`Pagefind could not index the pages: ${refused.join("; ")}`);
        // Pagefind 1.5's writeFiles can answer before its last file is flushed, so the build was seen reading
        // an empty pagefind-entry.json; taking the files and writing them here leaves no such race.
        const built = await index.getFiles();
        if (built.errors.length > 0) throw new Error(`Pagefind could not build the index: ${built.errors.join("; ")}`);
        await writeIndexFiles(join(output, "pagefind"), built.files);
        const results = [...extractions];
        const entryFile = built.files.find((file) => file.path === "pagefind-entry.json");
        if (!entryFile) throw new Error("Pagefind built no pagefind-entry.json");
        const entry = JSON.parse(Buffer.from(entryFile.content).toString("utf8")) as { languages: Record<string, { page_count: number }> };
        const records = Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
        return {
          // Pagefind counts the records it kept: pages without marked content (home, lists, 404) are left out.
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
    },
  };
}

export function describeReport(report: SearchIndexReport): string[] {
  const warnings = report.unreadable.map(
    ({ file, reason }) => `Search: could not read the text of ${file.slice(1)} (${reason}); it is indexed by its title only.`,
  );
  // A file name or a reader's message may hold anything; each stays one plain line.
  return [
    ...warnings.map(printable),
    `Search: indexed ${report.pages} pages and ${report.materials} workshop materials (text read from ${report.read} files, ${report.cached} from the cache) in ${report.seconds.toFixed(2)} s.`,
  ];
}
