// The search index, built with Pagefind's Node API: one index per language of the site, which Pagefind keeps apart
// by each record's language. First one record per workshop material in every language, with the text inside the
// file when it has one, which reach Pagefind while the pages render (src/search/pagefind-thread.ts); then the pages
// Eleventy rendered, from the HTML it rendered (their marked main content only), each in its <html lang>'s index,
// each given to its language's process as it renders, in the order of their addresses (AddressOrder). Only those:
// an HTML file among the materials is never read as a page, so it cannot add results or metadata of its own. Each
// language is built by a Pagefind process of its own, several at once (src/search/processes.ts), and a language with
// more records than a part holds is dealt out over several parts (src/search/parts.ts). A language given the same
// records as in the last compiled build takes the index that build kept (src/search/kept-indexes.ts); a build that goes
// on from the last one gives each page unchanged since the record read from it then (src/search/kept-records.ts).
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import type { Community } from "../collections/community.ts";
import { MaterialTextCache } from "./extract.ts";
import { materialRecords, materialsByAddress } from "./materials.ts";
import { AddressOrder, pageLanguage, reachesTheIndex, type RenderedPage } from "./pages.ts";
import { PARTS_FILE, partFolder, type SearchParts } from "./parts.ts";
import { atMost, Bundle, ENTRY_FILE, IN_LANGUAGE_FOLDER, inBatches, PROCESSES_AT_ONCE } from "./processes.ts";
import { IndexUnit, keepPageRecords, startPagefindThread, type SearchRecord } from "./pagefind-thread.ts";
import { KeptIndexes, materialsDigest, pageDigest } from "./kept-indexes.ts";
import { KEPT_RECORDS_FILE } from "./kept-records.ts";
import type { IndexFile } from "pagefind";
import { siteFile } from "../schema/addresses.ts";
import { printable } from "../content/problems.ts";

export { inAddressOrder, isIndexable, pagesToIndex, type RenderedPage } from "./pages.ts";

export interface SearchIndexReport {
  /** Each language's index, in the site's order: the pages in it; every language holds every material. */
  languages: Array<{ code: string; pages: number }>;
  materials: number;
  /** The parts the index was built in (src/search/parts.ts). */
  parts: number;
  /** Languages whose index is the last build's, given the same records (src/search/kept-indexes.ts), in the site's order. */
  reused: string[];
  /** Files whose text was read in this build, and files whose text came from the cache. */
  read: number;
  cached: number;
  /** Files that could not be read, with why; they are still indexed by title. */
  unreadable: Array<{ file: string; reason: string }>;
  seconds: number;
}

/**
 * An index being built: the materials go in first, then the pages as they render, in the order of their addresses;
 * once they are all known, Pagefind builds the index and writes it, while Eleventy writes the site.
 */
export interface SearchIndexing {
  /**
   * Names the addresses of the pages about to render, each language's apart, so that each page can go to Pagefind as
   * soon as those before it in its language have rendered.
   */
  expect(languages: Iterable<Iterable<string>>): void;
  /**
   * Gives the index a page as soon as it is rendered: to its language's process if it has started, once the expected
   * pages before it have rendered; one that differs from the last build's starts a waiting translation's.
   */
  rendered(page: RenderedPage): void;
  /** Gives Pagefind every rendered page, in a fixed order, and starts building and writing the index into `output`. */
  complete(output: string, pages: readonly RenderedPage[]): void;
  /** Waits for the index to be written. */
  finish(): Promise<SearchIndexReport>;
  /**
   * Stops building the index and ends its Pagefind processes, unless it is already writing its entry files: a preview
   * gives up an index that a later save has made old. finish() then fails.
   */
  cancel(): Promise<void>;
}

/**
 * Records of one language a part of the index holds at most (src/search/parts.ts): Pagefind took 420 MB for parts of
 * 3,700 records of the 10,000-page benchmark site. LIVING_ATLASES_SEARCH_PART sets another size, so tests can split a small site.
 */
function recordsPerPart(): number {
  const size = Number(process.env.LIVING_ATLASES_SEARCH_PART ?? 4000);
  return Number.isInteger(size) && size > 0 ? size : 4000;
}

/**
 * How many parts hold `records` records of one language: none with more than `perPart`, and, beyond one, an even
 * number. Two processes build at once on the smallest machines (2 cores), and three parts left one of them idle
 * while the third was built: 5,000 synthetic pages waited 10.0–10.8 s for search in 3 parts, 7.4–8.8 s in 4.
 */
export function partsFor(records: number, perPart: number): number {
  const parts = Math.ceil(records / perPart);
  return parts <= 1 ? 1 : parts + (parts % 2);
}

/** The files a further part needs: a search merging it loads its index, never its scripts or WebAssembly. */
const isIndexData = (path: string) => path === ENTRY_FILE || path.endsWith(".pf_meta") || IN_LANGUAGE_FOLDER.test(path);

/**
 * Starts the index with the workshop materials, which do not depend on the built pages: once their text is read,
 * each language's Pagefind process takes them in while the build renders the pages. `communities` are the site's
 * languages in order, the one content is written in first; `filesRead`, the digest of the editors' files the build
 * read (src/content/kept.ts), if it could tell; `keepRecords`, whether the build keeps what it works out for the next
 * one (src/eleventy/last-build.ts): it then gives each page the last build gave the same the record read from it then
 * (src/search/kept-records.ts), and keeps its own.
 */
export async function startSearchIndex(
  communities: readonly Community[],
  root: string,
  { filesRead, keepRecords = false }: { filesRead?: string | undefined; keepRecords?: boolean } = {},
): Promise<SearchIndexing> {
  const inEachLanguage = communities.map((community) => ({ community, byAddress: materialsByAddress(community) }));
  const materials = [...inEachLanguage[0]!.byAddress.values()].flat();
  const files = [...new Set(materials.filter(({ material }) => material.local).map(({ material }) => siteFile(material.url)))].sort();
  const thread = startPagefindThread();
  // A failure is reported where it is awaited, below; until then it must not end the process as an unhandled rejection.
  thread.catch(() => undefined);
  const texts = await MaterialTextCache.open(join(root, ".cache", "material-text"));
  const extractions = new Map(await inBatches(files, 4, async (file) => [file, await texts.extract(root, file)] as const));
  await texts.save();
  const perPart = recordsPerPart();
  // Each language's material records, in a fixed order.
  const materialRecordsIn = new Map<string, SearchRecord[]>(
    inEachLanguage.map(({ community, byAddress }) => {
      const record = materialRecords(community);
      const records = [...byAddress].map(([address, uses]): SearchRecord => {
        const material = uses[0]!.material;
        return { material: address, record: record(uses, material.local ? extractions.get(siteFile(material.url)) : undefined) };
      });
      return [community.language.code, records] as const;
    }),
  );
  await thread;
  const kept = new KeptIndexes(root);
  const recordsFile = keepRecords ? join(root, ".cache", "search-index", KEPT_RECORDS_FILE) : undefined;
  const materialsIn = new Map(
    [...materialRecordsIn].map(([code, records]) => [code, materialsDigest(records.flatMap((record) => ("record" in record ? [record.record] : [])))]),
  );
  /**
   * The pages handed on in address order (AddressOrder) so far, of each language with a process started early or
   * waiting to start one: a started process is given each as it is handed on, and one that starts later those before.
   */
  const given = new Map<string, RenderedPage[]>();
  /** Starts a language's process, which takes its materials in, and the pages handed on so far, while the others render. */
  const startEarly = (code: string) => {
    const unit = new IndexUnit(code, 0, recordsFile);
    unit.add(materialRecordsIn.get(code)!);
    const pages = given.get(code);
    if (pages) unit.add(pages.map((page) => ({ page })));
    early.set(code, unit);
    units.add(unit);
    waiting.delete(code);
  };
  // A language whose materials fit in one part starts its process now; one with more is built in parts once its pages
  // are known. A translation whose last index was built from the same materials waits instead: if its pages render
  // the same as they were, that index serves again, and no process starts; the first page that differs starts it.
  // The language content is written in waits only when the editors' files are also the same as in the build that
  // kept its index: nearly every save changes one of its pages, and a process started at once takes its materials in,
  // then each page, while the pages render.
  const early = new Map<string, IndexUnit>();
  /** Every process started for this index, to end when it is cancelled. */
  const units = new Set<IndexUnit>();
  const waiting = new Set<string>();
  const original = communities[0]!.language.code;
  for (const [code, records] of materialRecordsIn) {
    if (records.length > perPart) continue;
    const materials = materialsIn.get(code)!;
    if (code === original ? kept.likelyToServe(code, materials, filesRead) : kept.mayServe(code, materials)) waiting.add(code);
    else startEarly(code);
  }
  const order = new AddressOrder((page) => {
    if (early.size === 0 && waiting.size === 0) return;
    // The language first: reading a page's meta tags for every page took 40 ms of a build of the community's site.
    const language = pageLanguage(page.content);
    const unit = early.get(language);
    if ((!unit && !waiting.has(language)) || !reachesTheIndex(page)) return;
    const pages = given.get(language) ?? [];
    if (pages.length === 0) given.set(language, pages);
    pages.push(page);
    // A language whose records outgrow one part is dealt out over parts once its pages are all known: a process
    // given them as they render would index them, and hold them, for nothing.
    if (materialRecordsIn.get(language)!.length + pages.length > perPart) {
      void unit?.stop();
      for (const set of [early, waiting, given]) set.delete(language);
      return;
    }
    if (unit) unit.add([{ page }]);
    else if (!kept.hadPage(language, page)) startEarly(language);
  });
  let written: Promise<{ counts: Record<string, number>; partsIn: Map<string, number>; reused: string[]; ended: number }> | undefined;
  let cancelled = false;
  const unlessCancelled = () => {
    if (cancelled) throw new Error("the index was cancelled");
  };

  return {
    expect(languages) {
      order.expect(languages);
    },
    rendered(page) {
      if (!written) order.rendered(page);
    },
    complete(output, rendered) {
      if (written) throw new Error("The search index was given its pages twice");
      written = (async () => {
        // Only pages with a marked body reach Pagefind, which ignores the rest (home, lists, map): sending those cost 0.2 s.
        const pages = order.finalOrder(rendered).filter(reachesTheIndex);
        // Each page's digest, worked out once if at all: the kept indexes and the kept records are named by it.
        const digests = new Map<RenderedPage, string>();
        const digestOf = (page: RenderedPage) => digests.get(page) ?? digests.set(page, pageDigest(page)).get(page)!;
        // Each language's records in a fixed order, materials first, then its pages in the order they were handed on,
        // the expected ones by address: Pagefind's files depend on the order, and the order pages render in is not the
        // same from build to build.
        const recordsIn = new Map<string, SearchRecord[]>([...materialRecordsIn].map(([code, records]) => [code, [...records]]));
        for (const page of pages) {
          const language = pageLanguage(page.content);
          if (!recordsIn.has(language)) recordsIn.set(language, []);
          recordsIn.get(language)!.push({ page });
        }
        const partsIn = new Map([...recordsIn].map(([code, records]) => [code, partsFor(records.length, perPart)]));
        // Each process's records: a language's early process takes its pages; a language in parts has them dealt out
        // in turn, so that every part holds the same mix of pages and materials (Pagefind scores a result against its
        // own part's words and lengths, and like parts score alike).
        const reused: string[] = [];
        const jobs = [...recordsIn].flatMap(([code, records]): Job[] => {
          const parts = partsIn.get(code)!;
          const materials = materialsIn.get(code);
          // A language in one part keeps its index for the next build, unless it has no materials of its own to name it by.
          const keep =
            parts === 1 && materials !== undefined
              ? {
                  materials,
                  pages: records.flatMap((record): Array<[string, string]> => ("page" in record ? [[record.page.url, digestOf(record.page)]] : [])),
                }
              : undefined;
          const files = keep && kept.files(code, keep.materials, keep.pages);
          const started = early.get(code);
          if (files) {
            void started?.stop();
            reused.push(code);
            return [{ files }];
          }
          // The pages it was given are the first of its pages, as AddressOrder hands them on; a process given others
          // (pages left out of those complete() was given) is built again, rather than from records in another order.
          const first = given.get(code) ?? [];
          const after = materialRecordsIn.get(code)?.length ?? 0;
          const givenFirst = first.every((page, position) => {
            const record = records[after + position];
            return record !== undefined && "page" in record && record.page.url === page.url && record.page.content === page.content;
          });
          if (started && parts === 1 && givenFirst) return [{ unit: started, records: records.slice(after + first.length), keep }];
          void started?.stop();
          return Array.from({ length: parts }, (_, part) => ({
            unit: new IndexUnit(code, part, recordsFile),
            records: records.filter((_, position) => position % parts === part),
            keep,
          }));
        });
        const bundles = Array.from(
          { length: Math.max(...partsIn.values()) },
          (_, part) => new Bundle(join(output, "pagefind", part === 0 ? "" : partFolder(part + 1)), part === 0 ? undefined : isIndexData),
        );
        for (const job of jobs) if ("unit" in job) units.add(job.unit);
        const counts: Record<string, number> = {};
        await atMost(jobs, PROCESSES_AT_ONCE, async (job) => {
          unlessCancelled();
          let files: IndexFile[];
          if ("files" in job) files = job.files;
          else {
            job.unit.add(job.records);
            files = await job.unit.build();
            if (job.keep) kept.keep(job.unit.language, job.keep.materials, job.keep.pages, files, filesRead);
          }
          const part = "unit" in job ? job.unit.part : 0;
          for (const [code, count] of Object.entries(await bundles[part]!.write(files))) counts[code] = (counts[code] ?? 0) + count;
        });
        // Every unit is built, so every page's record is known; one that cannot be kept is only read again next time.
        if (recordsFile) await keepPageRecords(recordsFile, pages.map(digestOf)).catch(() => undefined);
        // From here on the index is written whole: a cancel no longer leaves one part's entry older than another's.
        unlessCancelled();
        for (const bundle of bundles) await bundle.close();
        const manifest: SearchParts = Object.fromEntries(partsIn);
        await writeFile(join(output, "pagefind", PARTS_FILE), `${JSON.stringify(manifest)}\n`);
        return { counts, partsIn, reused, ended: performance.now() };
      })();
      // A failure is reported by finish(); until then it must not end the process as an unhandled rejection.
      written.catch(() => undefined);
    },
    async cancel() {
      if (cancelled) return;
      cancelled = true;
      await Promise.all([...units].map((unit) => unit.stop()));
    },
    async finish() {
      // The time a build waits for search once its pages are written.
      const waited = performance.now();
      if (!written) throw new Error("The search index was not given the rendered pages");
      const { counts, partsIn, reused, ended } = await written;
      const results = [...extractions];
      return {
        // Pagefind counts the records it kept: pages without marked content (home, lists, 404) are left out.
        languages: inEachLanguage.map(({ community, byAddress }) => {
          const code = community.language.code;
          return { code, pages: (counts[code] ?? byAddress.size) - byAddress.size };
        }),
        materials: inEachLanguage[0]!.byAddress.size,
        parts: Math.max(...partsIn.values()),
        reused: inEachLanguage.map(({ community }) => community.language.code).filter((code) => reused.includes(code)),
        read: results.filter(([, result]) => "text" in result && result.from === "file").length,
        cached: results.filter(([, result]) => "text" in result && result.from === "cache").length,
        unreadable: results.flatMap(([file, result]) => ("error" in result ? [{ file, reason: result.error }] : [])),
        seconds: Math.max(0, ended - waited) / 1000,
      };
    },
  };
}

/** One language's part of the index: built by a Pagefind process, and kept for the next build if `keep` says from what; or kept from the last. */
type Job = { unit: IndexUnit; records: SearchRecord[]; keep?: { materials: string; pages: Array<[string, string]> } } | { files: IndexFile[] };

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
    `Search: indexed ${indexed(report)}${report.parts > 1 ? ` in ${report.parts} parts` : ""} (text read from ${report.read} files, ${report.cached} from the cache${report.reused.length > 0 ? `; ${report.reused.join(", ")} as in the last build` : ""}) in ${report.seconds.toFixed(2)} s.`,
  ];
}
