// Pagefind processes, one per language and part of the index, several at once. Pagefind's service takes one message
// at a time and builds an index on one core, and each language's index is built apart from the others', with files
// named by its language: so the languages can be built by processes of their own, side by side on the machine's
// cores, and their files written into one bundle whose entry file lists them all, as one process would have written it.
import { mkdir, writeFile } from "node:fs/promises";
import { availableParallelism } from "node:os";
import { dirname, join } from "node:path";
import type { IndexFile } from "pagefind";

/** How many Pagefind processes build at once: one per core, since each builds on one. */
export const PROCESSES_AT_ONCE = Math.max(1, availableParallelism());

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
  /** Each file written outside the language folders, to compare with the same file from another process. */
  #written = new Map<string, Uint8Array>();
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
    const earlier = this.#written.get(file.path);
    if (earlier === undefined) {
      this.#written.set(file.path, file.content);
      return false;
    }
    // Compared byte for byte: hashing the 0.6 MB of scripts and WebAssembly each process gives took longer.
    if (!Buffer.from(earlier.buffer, earlier.byteOffset, earlier.byteLength).equals(file.content))
      throw new Error(`Pagefind's processes wrote different ${file.path} files for ${this.folder}`);
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
