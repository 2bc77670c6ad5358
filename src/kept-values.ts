// What a compiled run keeps for the next one, in the content's .cache/: each value under the version of the code that
// worked it out, read back whole or not at all. Apart from the tools' other modules, so that the search thread's
// bundle (src/search/pagefind-worker.ts) holds only this.
import { closeSync, mkdirSync, openSync, readFileSync, readSync, renameSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { deserialize, serialize } from "node:v8";

/**
 * Set by src/cli/launch.mjs to the version of the compiled code it runs: what a tool works out from a file can then be
 * kept between runs in the content's .cache/, until the code changes.
 */
export const CODE_VERSION_VARIABLE = "LIVING_ATLASES_CODE_VERSION";

/** The running code's version, when it runs compiled; undefined through tsx, which keeps nothing between runs. */
export const keptCodeVersion = (): string | undefined => process.env[CODE_VERSION_VARIABLE] || undefined;

/**
 * One value kept in `file` by a run of this version of the code (the search index of a language, the bundled styles),
 * or nothing: through tsx, which keeps nothing; when another version wrote it; when it cannot be read.
 */
export function readKeptValue(file: string): unknown {
  const version = keptCodeVersion();
  if (!version) return undefined;
  const header = Buffer.from(`${version}\n`);
  try {
    const descriptor = openSync(file, "r");
    try {
      // Another version's file is not read further than its first line.
      const start = Buffer.alloc(header.length);
      if (readSync(descriptor, start, 0, header.length, 0) !== header.length || !start.equals(header)) return undefined;
      // A position given to readSync leaves the file's own at its start, where readFileSync reads from.
      return deserialize(readFileSync(descriptor).subarray(header.length));
    } finally {
      closeSync(descriptor);
    }
  } catch {
    return undefined;
  }
}

/** Keeps `value` in `file` for the next run of this version of the code, whole or not at all; through tsx, nothing. */
export function writeKeptValue(file: string, value: unknown): void {
  const version = keptCodeVersion();
  if (!version) return;
  try {
    mkdirSync(dirname(file), { recursive: true });
    const partial = `${file}.${process.pid}`;
    writeFileSync(partial, Buffer.concat([Buffer.from(`${version}\n`), serialize(value)]));
    renameSync(partial, file);
  } catch {
    // A folder that cannot be written only means the next run works it out again.
  }
}

/**
 * Whether a path a kept value names for a file to write is a plain relative path, which stays inside the folder it
 * is written under: a kept file is read back, not trusted, since a repository could hold one under .cache/.
 */
export const isPlainRelativePath = (path: string): boolean =>
  path !== "" && !path.startsWith("/") && !/[\\:]/.test(path) && path.split("/").every((segment) => segment !== "" && segment !== "." && segment !== "..");

/**
 * Whether a kept value is an array with every element in place: a kept file is read back, not trusted, and an array
 * of a huge length with nearly nothing in it (a few bytes to serialize) would take minutes to walk.
 */
export const isDenseArray = (value: unknown): value is unknown[] => Array.isArray(value) && Object.keys(value).length === value.length;
