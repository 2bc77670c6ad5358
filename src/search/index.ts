// The search index, built with Pagefind's Node API: one index per language of the site, which Pagefind keeps apart
// by each record's language. First one record per workshop material in every language, with the text inside the
// file when it has one, added while the pages render; then the pages Eleventy rendered, from the HTML it rendered
// (their marked main content only), each in its <html lang>'s index. Only those: an HTML file among the materials is
// never read as a page, so it cannot add results or metadata of its own.
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { performance } from "node:perf_hooks";
import * as pagefind from "pagefind";
import type { IndexFile } from "pagefind";
import type { Community } from "../collections/community.ts";
import { MaterialTextCache } from "./extract.ts";
import { materialRecords, materialsByAddress } from "./materials.ts";
import { asksNotToBeIndexed, type RenderedPage } from "./pages.ts";
import { siteFile } from "../schema/addresses.ts";
import { printable } from "../content/problems.ts";

export { pagesToIndex, type RenderedPage } from "./pages.ts";

export interface SearchIndexReport {
  /** Each language's index, in the site's order: the pages in it; every language holds every material. */
  languages: Array<{ code: string; pages: number }>;
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

/** Writes Pagefind's files, each folder created once before its files. */
async function writeIndexFiles(folder: string, files: readonly IndexFile[]): Promise<void> {
  const folders = [...new Set(files.map((file) => dirname(join(folder, file.path))))].sort();
  for (const path of folders) await mkdir(path, { recursive: true });
  await inBatches(files, 64, (file) => writeFile(join(folder, file.path), file.content));
}

/** An index being built: the materials go in first, the rendered pages when `finish` is called. */
export interface SearchIndexing {
  finish(output: string, pages: readonly RenderedPage[]): Promise<SearchIndexReport>;
}

/**
 * Starts the index with the workshop materials, which do not depend on the built pages: once their text is read,
 * Pagefind, a separate process, takes them in, in every language of the site, while the build renders the pages.
 * `communities` are the site's languages in order, the one content is written in first.
 */
export async function startSearchIndex(communities: readonly Community[], root: string): Promise<SearchIndexing> {
  const inEachLanguage = communities.map((community) => ({ community, byAddress: materialsByAddress(community) }));
  const materials = [...inEachLanguage[0]!.byAddress.values()].flat();
  const files = [...new Set(materials.filter(({ material }) => material.local).map(({ material }) => siteFile(material.url)))].sort();
  const texts = await MaterialTextCache.open(join(root, ".cache", "material-text"));
  const extractions = new Map(await inBatches(files, 4, async (file) => [file, await texts.extract(root, file)] as const));
  await texts.save();

  const materialsAdded = (async () => {
    // No forced language: Pagefind keeps each language's records in an index of their own, stemmed for that language.
    const { index, errors } = await pagefind.createIndex({});
    if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
    const records = inEachLanguage.flatMap(({ community, byAddress }) => {
      const record = materialRecords(community);
      return [...byAddress].map(([address, uses]) => {
        const material = uses[0]!.material;
        return { address, record: record(uses, material.local ? extractions.get(siteFile(material.url)) : undefined) };
      });
    });
    // Sent all at once, in a fixed order: Pagefind answers them together, four times faster than one by one.
    const responses = await Promise.all(records.map(({ record }) => index.addCustomRecord(record)));
    const refused = responses.flatMap((response, position) => response.errors.map((error) => `${records[position]!.address}: ${error}`));
    if (refused.length > 0) throw new Error(`Pagefind could not index ${refused.join("; ")}`);
    return index;
  })();
  // A failure is reported by finish(); until then it must not end the process as an unhandled rejection.
  materialsAdded.catch(() => undefined);

  return {
    async finish(output, rendered) {
      // The time a build waits for search once its pages are written.
      const started = performance.now();
      try {
        const index = await materialsAdded;
        // Only pages with a marked body reach Pagefind, which ignores the rest (home, lists, map): sending those cost 0.2 s.
        const pages = rendered.filter((page) => page.content.includes("data-pagefind-body") && !asksNotToBeIndexed(page.content));
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
        return {
          // Pagefind counts the records it kept: pages without marked content (home, lists, 404) are left out.
          languages: inEachLanguage.map(({ community, byAddress }) => {
            const code = community.language.code;
            return { code, pages: (entry.languages[code]?.page_count ?? byAddress.size) - byAddress.size };
          }),
          materials: inEachLanguage[0]!.byAddress.size,
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

/** "12 pages and 3 workshop materials", and with several languages each one's pages and the materials in each. */
function indexed({ languages, materials }: SearchIndexReport): string {
  const pages = languages.reduce((sum, language) => sum + language.pages, 0);
  if (languages.length === 1) return `${pages} pages and ${materials} workshop materials`;
  const each = languages.map(({ code, pages }) => `${code} ${pages}`).join(", ");
  return `${pages} pages (${each}) and ${materials} workshop materials in each of ${languages.length} languages`;
}

export function describeReport(report: SearchIndexReport): string[] {
  const warnings = report.unreadable.map(
    ({ file, reason }) => `Search: could not read the text of ${file.slice(1)} (${reason}); it is indexed by its title only.`,
  );
  // A file name or a reader's message may hold anything; each stays one plain line.
  return [
    ...warnings.map(printable),
    `Search: indexed ${indexed(report)} (text read from ${report.read} files, ${report.cached} from the cache) in ${report.seconds.toFixed(2)} s.`,
  ];
}
