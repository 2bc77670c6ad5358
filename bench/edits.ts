// The save an editor makes between two runs of a tool: each timed check and build of the real content reads one
// Markdown file again, and takes the other files' readings that the run before kept in .cache/ (src/content/kept.ts).
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/** The file saved, with its text changed, before each timed run. */
export const EDITED_BETWEEN_RUNS = "content/workshops/workshop-2016.md";

/** Saves the file with its text changed for run `run` (every other run back as it was); `restore` puts it back. */
export function editsBetweenRuns(repository: string): { save(run: number): void; restore(): void } {
  const path = join(repository, EDITED_BETWEEN_RUNS);
  const original = readFileSync(path, "utf8");
  return {
    save: (run) => writeFileSync(path, run % 2 === 0 ? `${original.trimEnd()}\n\nSaved again before run ${run + 1}.\n` : original),
    restore: () => writeFileSync(path, original),
  };
}
