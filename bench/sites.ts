// Counting what a site holds: bytes, HTML pages written, Markdown files to build.
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";

export function sizeOf(path: string): number {
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat) return 0;
  return stat.isDirectory() ? readdirSync(path).reduce((sum, name) => sum + sizeOf(join(path, name)), 0) : stat.size;
}

/** Files under `folder` whose name `matches`, leaving out the folders `skip` names. */
const countFiles = (folder: string, matches: (name: string) => boolean, skip: string[] = []): number =>
  readdirSync(folder, { withFileTypes: true }).reduce(
    (sum, entry) =>
      sum + (entry.isDirectory() ? (skip.includes(entry.name) ? 0 : countFiles(join(folder, entry.name), matches, skip)) : matches(entry.name) ? 1 : 0),
    0,
  );

/** HTML pages in a built site, leaving out Pagefind's and the assets' folders. */
export const countHtml = (site: string) => countFiles(site, (name) => name.endsWith(".html"), ["pagefind", "assets"]);

/** Markdown files under a repository's content/, translations included. */
export const countMarkdown = (root: string) => countFiles(join(root, "content"), (name) => name.endsWith(".md"));
