// Eleventy 3.1 rebuilds when a watched file is added or changed, but not when one is deleted: an editor who deletes
// the file a problem was in would keep seeing that problem. Deletions under the editors' folders are noted in a file
// Eleventy watches, so its ordinary rebuild runs.
import type UserConfig from "@11ty/eleventy/UserConfig";
import { existsSync, mkdirSync, watch, writeFileSync } from "node:fs";
import { join } from "node:path";
import { EDITOR_FOLDERS } from "../content/files.ts";

export function rebuildOnDeletion(config: UserConfig, root: string): void {
  const signal = join(root, ".cache", "preview", "deleted");
  mkdirSync(join(signal, ".."), { recursive: true });
  writeFileSync(signal, "");
  config.addWatchTarget(signal);
  let deletions = 0;
  for (const folder of EDITOR_FOLDERS) {
    const path = join(root, folder);
    if (!existsSync(path)) continue;
    // Recursive watching is native on Linux, macOS and Windows from Node 20; a deletion arrives as a "rename".
    watch(path, { recursive: true, persistent: false }, (event, name) => {
      if (event !== "rename" || !name || existsSync(join(path, name))) return;
      try {
        writeFileSync(signal, String(++deletions));
      } catch (error) {
        // The whole repository is gone (a test's temporary copy, removed): there is nothing left to rebuild.
        if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
      }
    });
  }
}
