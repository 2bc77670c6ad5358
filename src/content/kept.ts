// What was worked out from each editor's file (read, validated, rendered), kept while the file stays the same: in
// memory while `npm start` rebuilds after a save, and between runs of the compiled check and build in the content's
// .cache/, so a run reads again only the files changed since the last one.
import { createHash } from "node:crypto";
import { rmSync, statSync } from "node:fs";
import { join } from "node:path";
import { isDenseArray, keptCodeVersion, readKeptValue, writeKeptValue } from "../kept-values.ts";
import { stampText, type EditorFiles, type FileStamp } from "./files.ts";

/**
 * A file's size, modification and change times and inode number, which change when an editor saves it or git writes
 * it: as the walk of the editors' folders found them, or read now; empty when it is gone (reading it reports why). A
 * kept result from another copy of the repository, or one committed into it, names another file by this.
 */
function fileStamp(root: string, source: string, files?: EditorFiles): string {
  const stats: FileStamp | undefined = files?.stats.get(source) ?? statSync(join(root, source), { throwIfNoEntry: false });
  return stats ? stampText(stats) : "";
}

/** How a kept result is written between runs, and read back for `source`: without the functions it holds. */
export interface Stored<T> {
  name: string;
  store(value: T): unknown;
  restore(stored: unknown, root: string, source: string): T;
}

/**
 * Files beyond which no result is kept between runs: reading back what a build of 10,000 Markdown files kept (80 MB)
 * raised its peak from 0.85 to 0.94 GB, where its memory, not its time, is what is short (see src/eleventy/heap.ts).
 */
export const KEPT_FILES_AT_MOST = 5000;

/** Every result kept between runs, so that one call writes them all at the end of a load. */
const storedKinds = new Set<{ keep(root: string): Array<[string, string]> | undefined }>();

export class KeptWhileUnchanged<T> {
  #kept = new Map<string, { stamp: string; value: T }>();
  /** Per root: the results an earlier run wrote, the ones this run used, and whether it worked any out anew. */
  #runs = new Map<string, { earlier: Map<string, { stamp: string; stored: unknown }>; used: Map<string, { stamp: string; value: T }>; changed: boolean }>();

  constructor(private readonly between?: Stored<T>) {
    if (between) storedKinds.add(this);
  }

  get(root: string, source: string, files: EditorFiles | undefined, work: () => T): T {
    const stamp = fileStamp(root, source, files);
    const path = join(root, source);
    let entry = this.#kept.get(path);
    const run = this.#run(root);
    if (entry?.stamp !== stamp) {
      const earlier = run?.earlier.get(source);
      entry = { stamp, value: earlier?.stamp === stamp && stamp !== "" ? this.between!.restore(earlier.stored, root, source) : work() };
      if (run && earlier?.stamp !== stamp) run.changed = true;
      this.#kept.set(path, entry);
    }
    run?.used.set(source, entry);
    return entry.value;
  }

  /** What was worked out from the file when it was last read, whatever it holds now. */
  kept(root: string, source: string): T | undefined {
    return this.#kept.get(join(root, source))?.value;
  }

  /**
   * Writes the results this run used into .cache/ for the next run, when any is new or one is no longer used; for
   * more files than KEPT_FILES_AT_MOST, none, so that the next run works them all out. Gives each file this run
   * used, with its stamp; nothing when it keeps nothing.
   */
  keep(root: string): Array<[string, string]> | undefined {
    const run = this.#runs.get(root);
    const version = keptCodeVersion();
    if (!version || !this.between) return undefined;
    // A run that used no file of this kind.
    if (!run) return [];
    if (run.used.size > KEPT_FILES_AT_MOST) removeKept(root, this.between.name);
    else if (run.changed || run.earlier.size !== run.used.size) {
      writeKept(root, this.between.name, [...run.used].map(([source, { stamp, value }]) => [source, stamp, this.between!.store(value)]));
    }
    this.#runs.delete(root);
    return [...run.used].map(([source, { stamp }]) => [`${this.between!.name}:${source}`, stamp]);
  }

  /** This run's record for `root`, with what an earlier run of the same code kept; none through tsx, which keeps nothing. */
  #run(root: string) {
    const version = keptCodeVersion();
    if (!this.between || !version) return undefined;
    let run = this.#runs.get(root);
    if (!run) {
      run = { earlier: readKept(keptFile(root, this.between.name)), used: new Map(), changed: false };
      this.#runs.set(root, run);
    }
    return run;
  }
}

/**
 * Answers to a question that depends only on its key and the code, such as whether a point lies in a country, kept
 * between runs of the compiled check and build like the results above, in the content's .cache/.
 */
export class KeptAnswers<T> {
  #earlier = new Map<string, Map<string, { stamp: string; stored: unknown }>>();
  #used = new Map<string, Map<string, T>>();
  #changed = new Set<string>();

  constructor(private readonly name: string) {
    storedKinds.add(this);
  }

  /** The answer for `key`, kept or worked out now; one that `worthKeeping` refuses is not kept for the next run. */
  get(root: string, key: string, work: () => T, worthKeeping: (answer: T) => boolean = () => true): T {
    const version = keptCodeVersion();
    if (!version) return work();
    let earlier = this.#earlier.get(root);
    if (!earlier) this.#earlier.set(root, (earlier = readKept(keptFile(root, this.name))));
    const used = this.#used.get(root) ?? new Map<string, T>();
    this.#used.set(root, used);
    if (used.has(key)) return used.get(key)!;
    const kept = earlier.get(key);
    if (kept) {
      used.set(key, kept.stored as T);
      return kept.stored as T;
    }
    const answer = work();
    if (worthKeeping(answer)) {
      used.set(key, answer);
      this.#changed.add(root);
    }
    return answer;
  }

  /** Writes the answers used for the next run; they depend on no editor's file, so it gives none. */
  keep(root: string): Array<[string, string]> {
    const used = this.#used.get(root);
    const version = keptCodeVersion();
    if (used && version && (this.#changed.has(root) || used.size !== this.#earlier.get(root)?.size)) {
      writeKept(root, this.name, [...used].map(([key, answer]) => [key, "", answer]));
    }
    this.#earlier.delete(root);
    this.#used.delete(root);
    this.#changed.delete(root);
    return [];
  }
}

const keptFile = (root: string, name: string) => join(root, ".cache", `${name}.v8`);

/** Writes the entries, sorted, whole or not at all: another process may be reading the file. */
function writeKept(root: string, name: string, entries: Array<[string, string, unknown]>): void {
  writeKeptValue(keptFile(root, name), entries.sort(([a], [b]) => (a < b ? -1 : 1)));
}

function removeKept(root: string, name: string): void {
  try {
    rmSync(keptFile(root, name), { force: true });
  } catch {
    // A file that cannot be removed only costs the next run the time to read it; its results still name their files.
  }
}

/** What an earlier run of the same code kept, by key; nothing when another version of the code wrote it. */
function readKept(file: string): Map<string, { stamp: string; stored: unknown }> {
  const entries = readKeptValue(file);
  if (!isDenseArray(entries)) return new Map();
  return new Map((entries as Array<[string, string, unknown]>).map(([source, stamp, stored]) => [source, { stamp, stored }]));
}

/**
 * Writes every kind of result kept between runs, for the content under `root`, and gives the digest of every editor's
 * file this run read, with its size and time: two runs that give the same read the same files, unchanged. Nothing
 * when the run keeps nothing (through tsx), and cannot tell.
 */
export function keepForNextRun(root: string): string | undefined {
  const used: Array<[string, string]> = [];
  let known = true;
  for (const kind of storedKinds) {
    const files = kind.keep(root);
    if (files) used.push(...files);
    else known = false;
  }
  return known ? createHash("sha256").update(JSON.stringify(used.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))).digest("hex") : undefined;
}
