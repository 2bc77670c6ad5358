// The search index, built with Pagefind's Node API: one index per language of the site, which Pagefind keeps apart
// by each record's language. First one record per workshop material in every language, with the text inside the
// file when it has one, added while the pages render; then the pages Eleventy rendered, from the HTML it rendered
// (their marked main content only), each in its <html lang>'s index. Only those: an HTML file among the materials is
// never read as a page, so it cannot add results or metadata of its own. A language with more records than a part
// holds is dealt out over several parts, built one after another (src/search/parts.ts).
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { performance } from "node:perf_hooks";
import * as pagefind from "pagefind";
import type { CustomRecord, IndexFile, PagefindIndex } from "pagefind";
import type { Community } from "../collections/community.ts";
import { MaterialTextCache } from "./extract.ts";
import { materialRecords, materialsByAddress } from "./materials.ts";
import { asksNotToBeIndexed, pageLanguage, type RenderedPage } from "./pages.ts";
import { PARTS_FILE, partFolder, type SearchParts } from "./parts.ts";
import { siteFile } from "../schema/addresses.ts";
import { printable } from "../content/problems.ts";

export { pagesToIndex, type RenderedPage } from "./pages.ts";

export interface SearchIndexReport {
  /** Each language's index, in the site's order: the pages in it; every language holds every material. */
  languages: Array<{ code: string; pages: number }>;
  materials: number;
  /** The parts the index was built in, one after another (src/search/parts.ts). */
  parts: number;
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
 * Records of one language a part of the index holds at most (src/search/parts.ts): Pagefind took 420 MB for parts of
 * 3,700 records of the 10,000-page benchmark site. LIVING_ATLASES_SEARCH_PART sets another size, so tests can split a small site.
 */
function recordsPerPart(): number {
  const size = Number(process.env.LIVING_ATLASES_SEARCH_PART ?? 4000);
  return Number.isInteger(size) && size > 0 ? size : 4000;
}

/** One record for Pagefind: a workshop material, or a rendered page in its <html lang>. */
type SearchRecord = { material: string; record: CustomRecord } | { page: RenderedPage };

/** The files a further part needs: a search merging it loads its index, never its scripts or WebAssembly. */
const isIndexData = (path: string) => path === "pagefind-entry.json" || path.endsWith(".pf_meta") || /^(index|filter|fragment)\//.test(path);

/**
 * Adds `records` to `index` in their order, a batch at a time: Pagefind answers a batch together, four times faster
 * than one by one, and a batch bounds the messages waiting in its pipe.
 */
async function addRecords(index: PagefindIndex, records: readonly SearchRecord[]): Promise<void> {
  const responses = await inBatches(records, 500, (record) =>
    "page" in record ? index.addHTMLFile({ url: record.page.url, content: record.page.content }) : index.addCustomRecord(record.record),
  );
  const refused = responses.flatMap((response, position) => {
    const record = records[position]!;
    return response.errors.map((error) => `${"page" in record ? record.page.url : record.material}: ${error}`);
  });
  if (refused.length > 0) throw new Error(`Pagefind could not index ${refused.join("; ")}`);
}

/** Builds `index`, writes its files into `folder` (all of them, or only its index data), and gives its languages' record counts. */
async function writePart(index: PagefindIndex, folder: string, only?: (path: string) => boolean): Promise<Record<string, { page_count: number }>> {
  // Pagefind 1.5's writeFiles can answer before its last file is flushed, so the build was seen reading
  // an empty pagefind-entry.json; taking the files and writing them here leaves no such race.
  const built = await index.getFiles();
  if (built.errors.length > 0) throw new Error(`Pagefind could not build the index: ${built.errors.join("; ")}`);
  await writeIndexFiles(folder, only ? built.files.filter((file) => only(file.path)) : built.files);
  const entryFile = built.files.find((file) => file.path === "pagefind-entry.json");
  if (!entryFile) throw new Error("Pagefind built no pagefind-entry.json");
  return (JSON.parse(Buffer.from(entryFile.content).toString("utf8")) as { languages: Record<string, { page_count: number }> }).languages;
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
  const perPart = recordsPerPart();
  // Each language's material records, in a fixed order.
  const materialRecordsIn = new Map(
    inEachLanguage.map(({ community, byAddress }) => {
      const record = materialRecords(community);
      const records = [...byAddress].map(([address, uses]): SearchRecord => {
        const material = uses[0]!.material;
        return { material: address, record: record(uses, material.local ? extractions.get(siteFile(material.url)) : undefined) };
      });
      return [community.language.code, records] as const;
    }),
  );

  // No forced language: Pagefind keeps each language's records in an index of their own, stemmed for that language.
  const newIndex = async () => {
    const { index, errors } = await pagefind.createIndex({});
    if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
    return index;
  };
  // A site with more materials in a language than a part holds is built in parts from the start (see finish).
  const inOnePart = [...materialRecordsIn.values()].every((records) => records.length <= perPart);
  const firstPart = (async () => {
    if (!inOnePart) return undefined;
    const index = await newIndex();
    await addRecords(index, [...materialRecordsIn.values()].flat());
    return index;
  })();
  // A failure is reported by finish(); until then it must not end the process as an unhandled rejection.
  firstPart.catch(() => undefined);

  return {
    async finish(output, rendered) {
      // The time a build waits for search once its pages are written.
      const started = performance.now();
      try {
        // Only pages with a marked body reach Pagefind, which ignores the rest (home, lists, map): sending those cost 0.2 s.
        const pages = rendered.filter((page) => page.content.includes("data-pagefind-body") && !asksNotToBeIndexed(page.content));
        // Each language's records in a fixed order, materials first.
        const recordsIn = new Map<string, SearchRecord[]>([...materialRecordsIn].map(([code, records]) => [code, [...records]]));
        for (const page of pages) {
          const language = pageLanguage(page.content);
          if (!recordsIn.has(language)) recordsIn.set(language, []);
          recordsIn.get(language)!.push({ page });
        }
        const partsIn = new Map([...recordsIn].map(([code, records]) => [code, Math.max(1, Math.ceil(records.length / perPart))]));
        const parts = Math.max(1, ...partsIn.values());
        // Dealt out in turn, so that every part of a language holds the same mix of pages and materials: Pagefind
        // scores a result against its own part's words and lengths, and like parts score alike.
        const inPart = (part: number) => [...recordsIn].flatMap(([code, records]) => records.filter((_, position) => position % partsIn.get(code)! === part));
        const early = await firstPart;
        if (early && parts > 1) await pagefind.close();
        const counts: Record<string, number> = {};
        for (let part = 0; part < parts; part++) {
          // One part at a time, each in a Pagefind process of its own, so that memory holds one part's words.
          const kept = part === 0 && parts === 1 ? early : undefined;
          const index = kept ?? (await newIndex());
          await addRecords(index, kept ? inPart(part).filter((record) => "page" in record) : inPart(part));
          const folder = join(output, "pagefind", part === 0 ? "" : partFolder(part + 1));
          const languages = await writePart(index, folder, part === 0 ? undefined : isIndexData);
          for (const [code, { page_count }] of Object.entries(languages)) counts[code] = (counts[code] ?? 0) + page_count;
          await pagefind.close();
        }
        const manifest: SearchParts = Object.fromEntries(partsIn);
        await writeFile(join(output, "pagefind", PARTS_FILE), `${JSON.stringify(manifest)}\n`);
        const results = [...extractions];
        return {
          // Pagefind counts the records it kept: pages without marked content (home, lists, 404) are left out.
          languages: inEachLanguage.map(({ community, byAddress }) => {
            const code = community.language.code;
            return { code, pages: (counts[code] ?? byAddress.size) - byAddress.size };
          }),
          materials: inEachLanguage[0]!.byAddress.size,
          parts,
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
    `Search: indexed ${indexed(report)}${report.parts > 1 ? ` in ${report.parts} parts` : ""} (text read from ${report.read} files, ${report.cached} from the cache) in ${report.seconds.toFixed(2)} s.`,
  ];
}
