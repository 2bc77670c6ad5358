// Pagefind processes, one per language and part of the index, several at once. Pagefind's service takes one message
// at a time and builds an index on one core, and each language's index is built apart from the others', with files
// named by its language: so the languages can be built by processes of their own, side by side on the machine's
// cores, and their files written into one bundle whose entry file lists them all, as one process would have written it.
import { createHash } from "node:crypto";
import { mkdir, writeFile } from "node:fs/promises";
import { availableParallelism } from "node:os";
import { dirname, join } from "node:path";
import type { CustomRecord, IndexFile, PagefindIndex } from "pagefind";
import { importPackage } from "../packages.ts";
import type { RenderedPage } from "./pages.ts";

/** One record for Pagefind: a workshop material, or a rendered page in its <html lang>. */
export type SearchRecord = { material: string; record: CustomRecord } | { page: RenderedPage };

/** Pagefind's Node API, as one module instance gives it: each instance runs a service process of its own. */
type PagefindApi = typeof import("pagefind");

/** How many Pagefind processes build at once: one per core, since each builds on one. */
export const PROCESSES_AT_ONCE = Math.max(1, availableParallelism());

/**
 * Instances of Pagefind's Node API whose process has ended, free for another. The API starts one process per
 * instance of its module, and an ES module imported under another address is another instance: the query in the
 * address only names it. Instances are reused, so a preview's rebuilds do not add one each. Imported when first
 * needed, with import(): Pagefind is an ES module only, and a build that reuses every index starts none.
 */
const idle: PagefindApi[] = [];
let instances = 0;
const pagefindProcess = async (): Promise<PagefindApi> =>
  idle.pop() ?? ((await importPackage(`${import.meta.resolve("pagefind")}?instance=${++instances}`)) as PagefindApi);

/** Runs `work` over `items`, a few at a time: PDF parsing is CPU-bound, and unbounded parallelism only adds memory. */
export async function inBatches<T, R>(items: readonly T[], size: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  for (let start = 0; start < items.length; start += size) results.push(...(await Promise.all(items.slice(start, start + size).map(work))));
  return results;
}

/** Runs `work` over `items` with at most `limit` running at a time, each starting as soon as one ends; none after a failure. */
export async function atMost<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  let failed = false;
  const worker = async () => {
    while (next < items.length && !failed) {
      try {
        await work(items[next++]!);
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

/**
 * Adds `records` to `index` in their order, a batch at a time: Pagefind answers a batch together, four times faster
 * than one by one, and a batch bounds the messages waiting in its pipe. Stops between batches once `stopped`.
 */
async function addRecords(index: PagefindIndex, records: readonly SearchRecord[], stopped: () => boolean): Promise<void> {
  for (let start = 0; start < records.length; start += 500) {
    if (stopped()) throw new Error("the index was cancelled");
    const batch = records.slice(start, start + 500);
    const answers = await Promise.all(
      batch.map((record) =>
        "page" in record ? index.addHTMLFile({ url: record.page.url, content: record.page.content }) : index.addCustomRecord(record.record),
      ),
    );
    const refused = answers.flatMap((answer, position) => {
      const record = batch[position]!;
      return answer.errors.map((error) => `${"page" in record ? record.page.url : record.material}: ${error}`);
    });
    if (refused.length > 0) throw new Error(`Pagefind could not index ${refused.join("; ")}`);
  }
}

/** One language's records in one part of the index, built by a Pagefind process of its own. */
export class IndexUnit {
  #pagefind: Promise<PagefindApi> | undefined;
  #index: Promise<PagefindIndex> | undefined;
  /** The records sent so far, in order: each addition waits for the one before. */
  #added: Promise<void> = Promise.resolve();
  /** Requests sent and not answered yet: a process is ended only between them (see stop). */
  #waiting = 0;
  #stopped = false;

  constructor(
    readonly language: string,
    readonly part: number,
  ) {}

  /** Runs one request, after which a stopped unit ends its process. */
  async #request<T>(send: () => Promise<T>): Promise<T> {
    if (this.#stopped) throw new Error("the index was cancelled");
    this.#waiting++;
    try {
      return await send();
    } finally {
      this.#waiting--;
      if (this.#stopped && this.#waiting === 0) await this.close();
    }
  }

  /** Starts the process, if it is not running yet, and sends it `records` after those sent before. */
  add(records: readonly SearchRecord[]): void {
    if (!this.#index) {
      this.#pagefind = pagefindProcess();
      // No forced language: Pagefind files each record under its own language, stemmed for it.
      this.#index = this.#pagefind.then(async ({ createIndex }) => {
        const { index, errors } = await createIndex({});
        if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
        return index;
      });
    }
    const index = this.#index;
    this.#added = this.#added.then(() => this.#request(async () => addRecords(await index, records, () => this.#stopped)));
    // A failure is reported by build(); until then it must not end the process as an unhandled rejection.
    this.#added.catch(() => undefined);
  }

  /** Builds the index of the records sent, and ends the process. */
  async build(): Promise<IndexFile[]> {
    try {
      await this.#added;
      if (!this.#index) throw new Error(`The search index of ${this.language} was given no records`);
      const index = await this.#index;
      // Pagefind 1.5's writeFiles can answer before its last file is flushed, so the build was seen reading
      // an empty pagefind-entry.json; taking the files and writing them here leaves no such race.
      const built = await this.#request(() => index.getFiles());
      if (built.errors.length > 0) throw new Error(`Pagefind could not build the index: ${built.errors.join("; ")}`);
      return built.files;
    } finally {
      await this.close();
    }
  }

  /**
   * Stops the unit: no request is sent any more, and its process ends now, or once the request it is working on is
   * answered. Killed in the middle of one, Pagefind prints a panic over the preview's terminal as it loses its pipes.
   */
  async stop(): Promise<void> {
    this.#stopped = true;
    if (this.#waiting === 0) await this.close();
  }

  /** Ends the process, with whatever it was given, and frees its instance of the API for another. */
  async close(): Promise<void> {
    // Taken before any wait, so that two closes never free one instance twice.
    const pending = this.#pagefind;
    this.#pagefind = undefined;
    const api = await pending?.catch(() => undefined);
    if (!api) return;
    await api.close();
    idle.push(api);
  }
}

/** What a bundle's pagefind-entry.json holds: each language's index, and what every language shares. */
interface Entry {
  languages: Record<string, { page_count: number }>;
  [shared: string]: unknown;
}

export const ENTRY_FILE = "pagefind-entry.json";

/** Pagefind's folders of index data, whose files it names by their language. */
export const IN_LANGUAGE_FOLDER = /^(index|filter|fragment)\//;

/**
 * The bundle in `folder` that several processes write their languages into. Their language files have names of
 * their own; the files every process writes (Pagefind's scripts and styles) are written once, and must be the same;
 * the entry file is written last, listing every language.
 */
export class Bundle {
  /** The digest of each file written outside the language folders, to compare with the same file from another process. */
  #written = new Map<string, string>();
  /** The first process's entry, with every process's languages. */
  #entry: Entry | undefined;

  constructor(
    readonly folder: string,
    /** Which of Pagefind's files this bundle keeps. */
    readonly keeps: (path: string) => boolean = () => true,
  ) {}

  /** Writes one process's files, and gives the number of records in each of its languages. */
  async write(files: readonly IndexFile[]): Promise<Record<string, number>> {
    const entryFile = files.find((file) => file.path === ENTRY_FILE);
    if (!entryFile) throw new Error(`Pagefind built no ${ENTRY_FILE}`);
    const entry = JSON.parse(Buffer.from(entryFile.content).toString("utf8")) as Entry;
    const sharedPart = (of: Entry) => JSON.stringify({ ...of, languages: undefined });
    if (this.#entry && sharedPart(this.#entry) !== sharedPart(entry))
      throw new Error(`Pagefind's processes wrote different ${ENTRY_FILE} files for ${this.folder}`);
    this.#entry = { ...(this.#entry ?? entry), languages: { ...this.#entry?.languages, ...entry.languages } };
    const fresh = files.filter((file) => file.path !== ENTRY_FILE && this.keeps(file.path) && !this.#writtenBefore(file));
    const folders = [...new Set(fresh.map((file) => dirname(join(this.folder, file.path))))].sort();
    for (const path of folders) await mkdir(path, { recursive: true });
    await inBatches(fresh, 64, (file) => writeFile(join(this.folder, file.path), file.content));
    return Object.fromEntries(Object.entries(entry.languages).map(([code, { page_count }]) => [code, page_count]));
  }

  /**
   * Whether another process wrote this file already: a file two processes write must hold the same bytes. Pagefind
   * names the files in index/, fragment/ and filter/ by their language, so only the others can be written twice.
   */
  #writtenBefore(file: IndexFile): boolean {
    if (IN_LANGUAGE_FOLDER.test(file.path)) return false;
    const digest = createHash("sha256").update(file.content).digest("hex");
    const earlier = this.#written.get(file.path);
    if (earlier === undefined) {
      this.#written.set(file.path, digest);
      return false;
    }
    if (earlier !== digest) throw new Error(`Pagefind's processes wrote different ${file.path} files for ${this.folder}`);
    return true;
  }

  /** Writes the entry file, its fields in Pagefind's order and its languages in the order of their codes, the same in every build. */
  async close(): Promise<void> {
    if (!this.#entry) return;
    const languages = Object.fromEntries(Object.entries(this.#entry.languages).sort(([a], [b]) => (a < b ? -1 : 1)));
    await mkdir(this.folder, { recursive: true });
    await writeFile(join(this.folder, ENTRY_FILE), JSON.stringify({ ...this.#entry, languages }));
  }
}
